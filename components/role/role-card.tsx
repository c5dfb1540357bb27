import { Link } from '@/components/link';
import { formatCount, formatList } from '@/lib/format';
import type { RoleCard as RoleCardData } from '@/lib/guides/role/guide';
import { describeLevelMedians, glanceEvidence } from '@/lib/guides/pay/summary-text';

const FIGURE = { one: 'figure', other: 'figures' };
const ARTICLE = { one: 'article', other: 'articles' };

/** A role at a glance: name, tagline, its yearly salary medians by level (computed, and saying so) and its most-cited skills. */
export function RoleCard({ card, headingLevel: Heading = 'h2' }: { card: RoleCardData; headingLevel?: 'h2' | 'h3' }) {
  const { role, glance } = card;
  const medians = describeLevelMedians(glance);
  const evidence = glance ? glanceEvidence(glance) : null;
  return (
    <li className="flex flex-col gap-2 rounded-lg border p-4 [border-color:var(--rule)]">
      <Heading className="text-xl font-bold">
        <Link href={`/roles/${role.slug}`}>{role.name}</Link>
      </Heading>
      <p className="text-zinc-700 dark:text-zinc-300">{role.tagline}</p>
      <dl className="mt-auto grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-zinc-600 dark:text-zinc-400">Yearly salary</dt>
        <dd>
          {medians === null || evidence === null ? (
            'No yearly salary in the sources yet'
          ) : (
            <>
              <span className="font-semibold">{medians}</span>{' '}
              <span className="text-zinc-600 dark:text-zinc-400">
                {`(computed from ${formatCount(evidence.figures, FIGURE)} in ${formatCount(evidence.articles, ARTICLE)})`}
              </span>
            </>
          )}
        </dd>
        {card.topSkills.length > 0 && (
          <>
            <dt className="text-zinc-600 dark:text-zinc-400">Top skills</dt>
            <dd>{formatList(card.topSkills)}</dd>
          </>
        )}
      </dl>
    </li>
  );
}
