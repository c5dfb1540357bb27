import { SourceRef } from '@/components/source-ref';
import type { RoleSummary, ScenarioGroup, Two } from '@/lib/guides/compare';

const CELL = 'border border-zinc-300 px-3 py-2 align-top dark:border-zinc-700';
const HEAD = `${CELL} bg-zinc-100 font-semibold dark:bg-zinc-900`;

/** One article table of needs and the role it recommends for each, with the article's reason when it gives one. */
export function ScenarioTable({ group, roles }: { group: ScenarioGroup; roles: Two<RoleSummary> }) {
  const caption = group.section ?? 'Which role fits which need';
  const reasons = group.items.some((item) => item.reason !== null);
  return (
    <figure className="flex flex-col gap-2">
      <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table className="w-full border-collapse text-left text-sm">
          <caption className="mb-2 text-left font-semibold">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className={HEAD}>
                Need
              </th>
              <th scope="col" className={HEAD}>
                {group.ticks ? 'Role the article ticks' : 'Role the article recommends'}
              </th>
              {reasons && (
                <th scope="col" className={HEAD}>
                  The article&rsquo;s reason
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {group.items.map((item) => (
              <tr key={`${item.need}-${item.side}`}>
                <th scope="row" className={`${CELL} font-medium`}>
                  {item.need}
                </th>
                <td className={CELL}>
                  {roles[item.side].name}
                  {item.together && (
                    <span className="block text-zinc-600 dark:text-zinc-400">
                      with the {roles[item.side === 0 ? 1 : 0].name} (as written: &ldquo;{item.roleAsWritten}&rdquo;)
                    </span>
                  )}
                </td>
                {reasons && <td className={CELL}>{item.reason ?? 'No reason given'}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption>
        <SourceRef source={group.source} />
      </figcaption>
    </figure>
  );
}
