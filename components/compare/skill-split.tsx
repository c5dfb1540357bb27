import { formatCount } from '@/lib/format';
import type { RoleSummary, SkillItem, SkillSplit, Two } from '@/lib/guides/compare/view';

const ARTICLE = { one: 'article', other: 'articles' };

/** Skills (or tools) both roles share, then those listed for one role only, with how many articles list each. */
export function SkillSplitList({ split, roles, noun }: { split: SkillSplit; roles: Two<RoleSummary>; noun: string }) {
  const columns = [
    { title: `Listed for both`, items: split.shared, both: true },
    { title: `Only for ${roles[0].name}`, items: split.only[0], both: false },
    { title: `Only for ${roles[1].name}`, items: split.only[1], both: false },
  ];
  return (
    <div className="grid gap-6 md:grid-cols-3">
      {columns.map((column) => (
        <div key={column.title}>
          <h4 className="font-semibold">{column.title}</h4>
          {column.items.length === 0 ? (
            <p className="mt-1 text-zinc-700 dark:text-zinc-300">{`No ${noun} the articles list here.`}</p>
          ) : (
            <ul className="mt-1 flex flex-col gap-1">
              {column.items.map((item) => (
                <li key={item.slug}>
                  {`${item.name} `}
                  <Counts item={item} roles={roles} both={column.both} />
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}

function Counts({ item, roles, both }: { item: SkillItem; roles: Two<RoleSummary>; both: boolean }) {
  const text = both
    ? `${roles[0].name}: ${formatCount(item.sources[0], ARTICLE)}; ${roles[1].name}: ${formatCount(item.sources[1], ARTICLE)}`
    : formatCount(Math.max(...item.sources), ARTICLE);
  return <span className="text-sm text-zinc-600 dark:text-zinc-400">{`(${text})`}</span>;
}
