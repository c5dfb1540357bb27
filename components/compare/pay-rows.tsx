import { Link } from '@/components/link';
import { TableGroup } from '@/components/compare/table-group';
import { summaryHref } from '@/components/role/at-a-glance';
import type { CurrencyCode } from '@/lib/content/schema';
import { formatCount, formatCurrencyName } from '@/lib/format';
import type { RoleSummary, Two } from '@/lib/guides/compare/view';
import type { PayRow } from '@/lib/guides/compare/side-by-side';
import type { PaySummary } from '@/lib/guides/pay/summary';
import { describeThin, formatSummaryAmount, formatSummarySpan } from '@/lib/guides/pay/summary-text';
import { LEVEL_LABELS } from '@/lib/guides/pay/series';

const FIGURE = { one: 'figure', other: 'figures' };
const ARTICLE = { one: 'article', other: 'articles' };

/**
 * One row group of the comparison table: pay by level for both roles, each
 * cell the role's own computed summary in its own currency, linked to the
 * figures behind it on the role's pay page. A role with no summary of this
 * kind gets one cell down the whole group saying so.
 */
export function PayRows({
  title,
  rows,
  roles,
  currencies,
  missing,
}: {
  title: string;
  rows: readonly PayRow[];
  roles: Two<RoleSummary>;
  currencies: Two<CurrencyCode | null>;
  /** What a role without any summary of this kind is told: "No yearly salary stated". */
  missing: string;
}) {
  const empty = [0, 1].map((side) => rows.every((row) => row.cells[side] === null));
  return (
    <TableGroup title={title}>
      {rows.length === 0 ? (
        <tr>
          <th scope="row">All levels</th>
          {roles.map((role) => (
            <td key={role.slug}>{missing}</td>
          ))}
        </tr>
      ) : (
        rows.map((row, index) => (
          <tr key={row.level}>
            <th scope="row">{LEVEL_LABELS[row.level]}</th>
            {row.cells.map((summary, side) => {
              const role = roles[side as 0 | 1];
              if (empty[side]) {
                return index === 0 ? (
                  <td key={role.slug} rowSpan={rows.length}>
                    {`${missing} for the ${role.name}.`}
                  </td>
                ) : null;
              }
              return (
                <td key={role.slug}>
                  {summary ? (
                    <PayCell summary={summary} role={role.slug} />
                  ) : (
                    <span className="cell-note">{`No figures at this level`}</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))
      )}
      {currencies[0] !== null && currencies[1] !== null && currencies[0] !== currencies[1] && (
        <tr>
          <th scope="row">Currency</th>
          {roles.map((role, side) => (
            <td key={role.slug}>{`${formatCurrencyName(currencies[side] ?? '')}, not converted`}</td>
          ))}
        </tr>
      )}
    </TableGroup>
  );
}

/** The median and middle half when the evidence allows, else the spread as stated and why; always how much it rests on. */
function PayCell({ summary, role }: { summary: PaySummary; role: string }) {
  const href = summaryHref(role, summary.id);
  const evidence = `${formatCount(summary.counted, FIGURE)}, ${formatCount(summary.articles.length, ARTICLE)}`;
  if (summary.median !== null && summary.p25 !== null && summary.p75 !== null) {
    return (
      <>
        <Link href={href} className="font-semibold">
          {formatSummaryAmount(summary.median, summary.currency)}
        </Link>
        <span className="cell-note">{`median; middle half ${formatSummarySpan(summary.p25, summary.p75, summary.currency)}`}</span>
        <span className="cell-note">{evidence}</span>
      </>
    );
  }
  return (
    <>
      <Link href={href}>{formatSummarySpan(summary.low, summary.high, summary.currency, summary.openTop)}</Link>
      <span className="cell-note">{`as stated, ${describeThin(summary)}`}</span>
    </>
  );
}
