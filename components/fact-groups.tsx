import { Link } from '@/components/link';
import type { GuideFact } from '@/lib/content/schema';
import type { FactGroup } from '@/lib/guides/role/guide';

function SectionLink({ fact }: { fact: GuideFact }) {
  if (fact.section === null) return null;
  const href = fact.sectionId === null ? `/articles/${fact.article}` : `/articles/${fact.article}#${fact.sectionId}`;
  return (
    <span className="source-note">
      {' (in '}
      <Link href={href}>{fact.section}</Link>)
    </span>
  );
}

function GroupHeading({ group }: { group: FactGroup }) {
  return (
    <h3 className="text-lg font-semibold">
      From <Link href={`/articles/${group.article.slug}`}>{group.article.title}</Link>
    </h3>
  );
}

/**
 * Facts grouped by the article that states them, in its words, each with a
 * link to its section. `ordered` numbers them (career steps keep their order).
 */
export function FactGroups({ groups, ordered = false }: { groups: readonly FactGroup[]; ordered?: boolean }) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      {groups.map((group) => (
        <div key={group.article.slug} className="flex flex-col gap-2">
          <GroupHeading group={group} />
          <List className={`flex flex-col gap-2 pl-6 ${ordered ? 'list-decimal' : 'list-disc'}`}>
            {group.facts.map((fact, index) => (
              <li key={`${index}-${fact.text}`}>
                <span className={fact.detail === null ? undefined : 'font-semibold'}>{fact.text}</span>
                {fact.detail !== null && <span>: {fact.detail}</span>}
                <SectionLink fact={fact} />
              </li>
            ))}
          </List>
        </div>
      ))}
    </div>
  );
}

/** Questions and answers as disclosure widgets, so a long FAQ stays scannable. */
export function FaqGroups({ groups }: { groups: readonly FactGroup[] }) {
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      {groups.map((group) => (
        <div key={group.article.slug} className="flex flex-col gap-2">
          <GroupHeading group={group} />
          {group.facts.map((fact, index) => (
            <details key={`${index}-${fact.text}`} className="rounded border px-3 py-2 [border-color:var(--rule)]">
              <summary className="cursor-pointer font-semibold">{fact.text}</summary>
              <p className="mt-2">
                {fact.detail ?? 'The article states the question without an answer.'}
                <SectionLink fact={fact} />
              </p>
            </details>
          ))}
        </div>
      ))}
    </div>
  );
}
