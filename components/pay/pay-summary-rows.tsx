import { Link } from '@/components/link';
import { formatList } from '@/lib/format';
import type { PaySummary } from '@/lib/guides/pay/summary';
import {
  describeEvidence,
  describeThin,
  formatSummaryAmount,
  formatSummarySpan,
  summaryLevelLabel,
} from '@/lib/guides/pay/summary-text';

/**
 * Yearly pay by level as a small table, one line a level on a phone: the
 * median and middle half when the evidence allows, else the stated spread and
 * why; then how many figures and articles the row rests on. Each level links
 * to its figures.
 */
export function PaySummaryRows({
  summaries,
  caption,
  figuresHref,
}: {
  summaries: readonly PaySummary[];
  caption: string;
  /** Where a summary's figures are listed. */
  figuresHref: (summary: PaySummary) => string;
}) {
  const thin = summaries.filter((summary) => summary.median === null);
  return (
    <table className="glance-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Level</th>
          <th scope="col">Median</th>
          <th scope="col">Middle half</th>
          <th scope="col" className="text-right">
            Figures from articles
          </th>
        </tr>
      </thead>
      <tbody>
        {summaries.map((summary) => (
          <tr key={summary.id}>
            <th scope="row" className="whitespace-nowrap">
              <Link href={figuresHref(summary)}>{summaryLevelLabel(summary.level)}</Link>
            </th>
            {summary.median !== null && summary.p25 !== null && summary.p75 !== null ? (
              <>
                <td className="font-semibold whitespace-nowrap">
                  {formatSummaryAmount(summary.median, summary.currency)}
                </td>
                <td className="whitespace-nowrap">{formatSummarySpan(summary.p25, summary.p75, summary.currency)}</td>
              </>
            ) : (
              <td colSpan={2}>
                {`${formatSummarySpan(summary.low, summary.high, summary.currency, summary.openTop)} as stated`}
                <span aria-hidden="true">*</span>
                <span className="sr-only">{`, ${describeThin(summary)}`}</span>
              </td>
            )}
            <td className="text-right whitespace-nowrap" title={describeEvidence(summary)}>
              {`${summary.counted} from ${summary.articles.length}`}
            </td>
          </tr>
        ))}
      </tbody>
      {thin.length > 0 && (
        <tfoot>
          <tr>
            <td colSpan={4} className="text-xs text-zinc-600 dark:text-zinc-400">
              <span aria-hidden="true">* </span>
              {`Too few figures for a median (${formatList([...new Set(thin.map(describeThin))])}): the spread of the figures as stated.`}
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
