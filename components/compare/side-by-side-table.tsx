import { SourceRef } from '@/components/source-ref';
import type { ComparedRow, RoleSummary, Two } from '@/lib/guides/compare/view';
import { ScrollTable } from '@/components/scroll-table';

/** Rows from one article table, the two roles' cells side by side as the article writes them. */
export function SideBySideTable({
  rows,
  roles,
  caption,
}: {
  rows: readonly ComparedRow[];
  roles: Two<RoleSummary>;
  caption: string;
}) {
  const source = rows[0]?.source;
  if (!source) return null;
  return (
    <figure className="flex flex-col gap-2">
      <ScrollTable caption={caption}>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            {roles.map((role) => (
              <th key={role.slug} scope="col" className="min-w-40">
                {role.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.criterion}>
              <th scope="row" className="font-medium">
                {row.criterion}
              </th>
              {row.values.map((value, index) => (
                <td key={index}>{value}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <figcaption>
        <SourceRef source={source} />
      </figcaption>
    </figure>
  );
}

/** Rows grouped by the article section they come from, in reading order. */
export function groupBySource(rows: readonly ComparedRow[]): ComparedRow[][] {
  const groups = new Map<string, ComparedRow[]>();
  for (const row of rows) groups.set(row.source.href, [...(groups.get(row.source.href) ?? []), row]);
  return [...groups.values()];
}
