import { Link } from '@/components/link';
import { ScrollTable } from '@/components/scroll-table';
import type { PayPeriod } from '@/lib/content/schema';
import { formatCount, formatPay } from '@/lib/format';
import type { PayCell, PayTable, RoleSummary, Two } from '@/lib/guides/compare/view';
import { LEVEL_LABELS } from '@/lib/guides/pay/series';

const PERIODS: Record<PayPeriod, string> = { year: 'a year', month: 'a month', hour: 'an hour' };
const FIGURE = { one: 'figure', other: 'figures' };
const ARTICLE = { one: 'article', other: 'articles' };

/** Pay by level for two roles, one table per currency and period; each cell the spread the sources state. */
export function PayTables({ tables, roles }: { tables: readonly PayTable[]; roles: Two<RoleSummary> }) {
  return (
    <div className="flex flex-col gap-6">
      {tables.map((table) => {
        const caption = `Pay in ${table.currency}, ${PERIODS[table.period]}, by level`;
        return (
          <ScrollTable key={`${table.currency}-${table.period}`} caption={caption}>
            <thead>
              <tr>
                <th scope="col">Level</th>
                {roles.map((role) => (
                  <th key={role.slug} scope="col" className="min-w-48">
                    {role.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.level}>
                  <th scope="row" className="font-medium">
                    {LEVEL_LABELS[row.level]}
                  </th>
                  {row.cells.map((cell, index) => (
                    <td key={index}>
                      {cell ? <PayRange cell={cell} currency={table.currency} period={table.period} /> : 'Not stated'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        );
      })}
    </div>
  );
}

function PayRange({ cell, currency, period }: { cell: PayCell; currency: string; period: PayPeriod }) {
  return (
    <div className="flex flex-col gap-1">
      <span className="font-semibold">{formatPay({ ...cell, currency, period })}</span>
      <span className="text-zinc-600 dark:text-zinc-400">
        {`${formatCount(cell.figures, FIGURE)} from ${formatCount(cell.articles, ARTICLE)}`}
      </span>
      {/* Each link is at least 24 px tall, so they are easy to tap (WCAG 2.5.8). */}
      <ul className="flex flex-wrap gap-x-3 gap-y-1">
        {cell.sources.map((source, index) => (
          <li key={source.href}>
            <Link href={source.href} className="inline-block min-h-6 py-0.5">
              {`Source ${index + 1}`}
              <span className="sr-only">{`: ${source.section ? `${source.section}, ` : ''}${source.articleTitle}`}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
