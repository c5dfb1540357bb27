import { SourceRef } from '@/components/source-ref';
import type { RoleSummary, ScenarioGroup, Two } from '@/lib/guides/compare/view';
import { ScrollTable } from '@/components/scroll-table';

/** One article table of needs and the role it recommends for each, with the article's reason when it gives one. */
export function ScenarioTable({ group, roles }: { group: ScenarioGroup; roles: Two<RoleSummary> }) {
  const caption = group.section ?? 'Which role fits which need';
  const reasons = group.items.some((item) => item.reason !== null);
  return (
    <figure className="flex flex-col gap-2">
      <ScrollTable caption={caption}>
        <thead>
          <tr>
            <th scope="col">Need</th>
            <th scope="col">{group.ticks ? 'Role the article ticks' : 'Role the article recommends'}</th>
            {reasons && <th scope="col">The article&rsquo;s reason</th>}
          </tr>
        </thead>
        <tbody>
          {group.items.map((item) => (
            <tr key={`${item.need}-${item.side}`}>
              <th scope="row" className="font-medium">
                {item.need}
              </th>
              <td>
                {roles[item.side].name}
                {item.together && (
                  <span className="block text-zinc-600 dark:text-zinc-400">
                    with the {roles[item.side === 0 ? 1 : 0].name} (as written: &ldquo;{item.roleAsWritten}&rdquo;)
                  </span>
                )}
              </td>
              {reasons && <td>{item.reason ?? 'No reason given'}</td>}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <figcaption>
        <SourceRef source={group.source} />
      </figcaption>
    </figure>
  );
}
