/**
 * Sentences and labels that say what a salary chart or table shows, so the
 * chart's visible summary, its text alternative and the table agree.
 */
import type { PayKind, PayPeriod, SalaryFigure } from '@/lib/content/schema';
import { formatCount, formatCurrencyName, formatMoney, formatOrdinal } from '@/lib/format';
import type { SalaryRow, SalarySeries } from '@/lib/guides/pay/series';

const FIGURE = { one: 'figure', other: 'figures' };
const ARTICLE = { one: 'article', other: 'articles' };

const PERIOD_ADJECTIVE: Record<PayPeriod, string> = { year: 'yearly', month: 'monthly', hour: 'hourly' };

export const KIND_LABELS: Record<PayKind, string> = {
  base: 'Base salary',
  'total-compensation': 'Total compensation',
  average: 'Average',
  median: 'Median',
  range: 'Range',
  unspecified: 'Not stated',
  bonus: 'Bonus or additional cash',
  equity: 'Equity',
};

/** "yearly, in US dollars". */
export function describeUnit(series: Pick<SalarySeries, 'currency' | 'period'>): string {
  return `${PERIOD_ADJECTIVE[series.period]}, in ${formatCurrencyName(series.currency)}`;
}

/** The row's span as a reader says it: `US$150K–US$300K`, `US$200K or more` when its top is open. */
export function describeSpan(row: Pick<SalaryRow, 'low' | 'high' | 'marks'>, currency: string): string {
  // Short forms unless they would make two different amounts look the same ("US$140k–US$140k").
  const compact =
    formatMoney(row.low, currency, { compact: true }) !== formatMoney(row.high, currency, { compact: true });
  const money = (amount: number) => formatMoney(amount, currency, { compact: compact || row.low === row.high });
  // The top is open only when the highest amount any figure states is an open start ("$300,000+").
  const openTop = row.marks.some((mark) => mark.shape === 'open-ended' && mark.high === row.high);
  const span = row.low === row.high ? money(row.low) : `${money(row.low)}–${money(row.high)}`;
  return openTop ? `${span} or more` : span;
}

function counts(figures: number, sources: number): string {
  return `${formatCount(figures, FIGURE)} from ${formatCount(sources, ARTICLE)}`;
}

/**
 * The sentence a chart states above it: "AI Engineer pay (yearly, in US
 * dollars) spans US$69.4K–US$350K or more across 95 figures from 7 articles."
 */
export function describeSeries(subject: string, series: SalarySeries): string {
  const span = describeSeriesSpan(series);
  return `${subject} pay (${describeUnit(series)}) spans ${span} across ${counts(series.figureCount, series.sourceCount)}.`;
}

/** The whole series' span: `US$69.4K–US$350K or more`. */
export function describeSeriesSpan(series: SalarySeries): string {
  return describeSpan(
    { low: series.low, high: series.high, marks: series.rows.flatMap((row) => row.marks) },
    series.currency,
  );
}

/** One line per row for the chart's text alternative: "Senior: US$150K–US$300K, 6 figures from 3 articles." */
export function describeRow(row: SalaryRow, currency: string): string {
  return `${row.label}: ${describeSpan(row, currency)}, ${counts(row.marks.length, row.sourceCount)}.`;
}

/** "Median, 75th percentile", "Base salary, approximate". */
export function describeKind(figure: SalaryFigure): string {
  const parts = [KIND_LABELS[figure.kind]];
  if (figure.percentile !== null) parts.push(`${formatOrdinal(figure.percentile)} percentile`);
  if (figure.approximate) parts.push('approximate');
  return parts.join(', ');
}
