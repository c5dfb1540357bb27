import { ScrollTable } from '@/components/scroll-table';
import { SourceRef } from '@/components/source-ref';
import { formatCount } from '@/lib/format';
import type { ArticleTable } from '@/lib/guides/compare/article-rows';
import type { RoleSummary, Two } from '@/lib/guides/compare/view';

const ROW = { one: 'row', other: 'rows' };

/**
 * The articles' own side-by-side tables for the two roles, as evidence: each
 * closed to one line (its heading, size and article) and opening to the rows
 * as the article writes them, narrowed to these two roles' columns.
 */
export function ArticleTables({ tables, roles }: { tables: readonly ArticleTable[]; roles: Two<RoleSummary> }) {
  return (
    <ul className="merged-list">
      {tables.map((table) => (
        <li key={table.key}>
          <details>
            <summary>
              <span className="font-medium">{table.caption}</span>
              <span className="source-note">{` · ${formatCount(table.rows.length, ROW)} · ${table.source.articleTitle}`}</span>
            </summary>
            <SideBySideTable table={table} roles={roles} />
          </details>
        </li>
      ))}
    </ul>
  );
}

/** Rows from one article table, the two roles' cells side by side as the article writes them. */
function SideBySideTable({ table, roles }: { table: ArticleTable; roles: Two<RoleSummary> }) {
  return (
    <figure className="mt-2 mb-4 flex flex-col gap-2">
      <ScrollTable caption={table.caption}>
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
          {table.rows.map((row) => (
            <tr key={row.criterion}>
              <th scope="row">{row.criterion}</th>
              {row.values.map((value, index) => (
                <td key={index}>{value}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <figcaption>
        <SourceRef source={table.source} />
      </figcaption>
    </figure>
  );
}
