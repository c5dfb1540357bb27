/**
 * The words around a pay summary: its amounts as a reader says them, how it
 * was computed, and how much evidence it rests on. One place, so the panel,
 * the chart, the tables and the structured data all say the same thing.
 */
import type { CareerLevel } from '@/lib/content/schema';
import { formatCount, formatList, formatMoney } from '@/lib/format';
import type { PayGlance } from '@/lib/guides/pay/glance';
import { LEVEL_LABELS } from '@/lib/guides/pay/series';
import type { PayBasis, PaySummary, SummaryFigure, ValueRule } from '@/lib/guides/pay/summary';

const FIGURE = { one: 'figure', other: 'figures' };
const ARTICLE = { one: 'article', other: 'articles' };

export const BASIS_LABELS: Record<PayBasis, string> = {
  salary: 'Salary',
  'total-compensation': 'Total compensation',
};

/** Level labels for summary rows, short enough for one line on a phone. */
export function summaryLevelLabel(level: CareerLevel): string {
  return level === 'unspecified' ? 'Not stated' : LEVEL_LABELS[level];
}

/** `US$108K`: computed amounts are shown to three significant figures, never more precise than the method. */
export function formatSummaryAmount(amount: number, currency: string): string {
  return formatMoney(amount, currency, { compact: true });
}

/**
 * A computed range as short as it reads unambiguously: `US$100K–124K` (the
 * currency once), `US$200K or more` when the top is open, one amount when
 * both ends meet.
 */
export function formatSummarySpan(low: number, high: number, currency: string, openTop = false): string {
  const compact = formatSummaryAmount(low, currency) !== formatSummaryAmount(high, currency);
  const money = (amount: number) => formatMoney(amount, currency, { compact: compact || low === high });
  const top = money(high);
  const symbol = /^[^\d]*/.exec(top)?.[0] ?? '';
  const span = low === high ? money(low) : `${money(low)}–${top.slice(symbol.length)}`;
  return openTop ? `${span} or more` : span;
}

/** "9 figures from 5 articles". */
export function describeEvidence(summary: Pick<PaySummary, 'counted' | 'articles'>): string {
  return `${formatCount(summary.counted, FIGURE)} from ${formatCount(summary.articles.length, ARTICLE)}`;
}

/** Why a thin summary shows no median: "based on one article" or "only 2 figures". */
export function describeThin(summary: Pick<PaySummary, 'counted' | 'articles'>): string {
  return summary.articles.length < 2 ? 'based on one article' : `only ${formatCount(summary.counted, FIGURE)}`;
}

/**
 * The summary in one sentence, saying how it was made: "Median US$108K of 9
 * figures from 5 articles; middle half US$100K–124K; the figures counted
 * span US$69.4K–150K." A thin summary says it is not a summary. `exact`
 * writes the computed amounts in full (US$107,500), for readers who check
 * the arithmetic against the figures listed with it.
 */
export function describeSummary(summary: PaySummary, options: { exact?: boolean } = {}): string {
  const { currency } = summary;
  const amount = (value: number) =>
    options.exact ? formatMoney(value, currency) : formatSummaryAmount(value, currency);
  const span = (low: number, high: number) =>
    options.exact
      ? `${formatMoney(low, currency)}–${formatMoney(high, currency)}`
      : formatSummarySpan(low, high, currency);
  const spread = formatSummarySpan(summary.low, summary.high, currency, summary.openTop);
  if (summary.median === null || summary.p25 === null || summary.p75 === null) {
    return `Too few figures to summarise (${describeThin(summary)}): the ${formatCount(summary.counted, FIGURE)} stated ${
      summary.counted === 1 ? 'is' : 'span'
    } ${spread}.`;
  }
  return `Median ${amount(summary.median)} of ${describeEvidence(summary)}; middle half ${span(summary.p25, summary.p75)}; the figures counted span ${spread}.`;
}

/** How many figures were listed but not counted, by reason: "1 outlier, 2 repeats". */
export function describeExclusions(summary: PaySummary): string | null {
  const counts = { outlier: 0, repeat: 0, percentile: 0 };
  for (const entry of summary.figures) if (entry.excluded) counts[entry.excluded] += 1;
  const parts = [
    counts.outlier > 0 ? formatCount(counts.outlier, { one: 'outlier', other: 'outliers' }) : null,
    counts.repeat > 0 ? formatCount(counts.repeat, { one: 'repeated figure', other: 'repeated figures' }) : null,
    counts.percentile > 0
      ? formatCount(counts.percentile, { one: 'percentile figure', other: 'percentile figures' })
      : null,
  ].filter((part) => part !== null);
  return parts.length > 0 ? `Not counted: ${parts.join(', ')}.` : null;
}

const RULE_WORDS: Record<ValueRule, string> = {
  amount: 'as stated',
  'range-midpoint': 'midpoint of the range',
  'open-floor': 'the amount stated (an open top)',
  'up-to-ceiling': 'its ceiling ("up to")',
};

/** How one figure entered a summary: "US$125K, midpoint of the range", or why it did not. */
export function describeCounted(entry: SummaryFigure): string {
  const currency = entry.figure.currency;
  switch (entry.excluded) {
    case 'outlier':
      return `Not counted: an outlier (${formatSummaryAmount(entry.value, currency)} is over three times the median or under a third of it)`;
    case 'repeat':
      return 'Not counted again: the article states this figure twice';
    case 'percentile':
      return 'Not counted: a percentile, the edge of a distribution';
    case null:
      return `${formatMoney(entry.value, currency)}, ${RULE_WORDS[entry.rule]}`;
  }
}

const LEVEL_WORDS = {
  entry: 'entry level',
  mid: 'mid level',
  senior: 'senior',
  lead: 'lead',
  executive: 'executive',
  unspecified: 'level not stated',
} as const;

/**
 * The yearly salary medians a page leads with, in words: "US$108K entry level,
 * US$144K mid level, US$200K senior"; the stated spread when no level has
 * enough figures for a median; `null` without yearly salary figures.
 */
export function describeLevelMedians(glance: PayGlance | null): string | null {
  if (!glance || glance.salary.length === 0) return null;
  const withMedian = glance.salary.filter((summary) => summary.median !== null);
  const levels = withMedian.filter((summary) => summary.level !== 'unspecified');
  const shown = levels.length > 0 ? levels.slice(0, 3) : withMedian;
  if (shown.length > 0) {
    return `median ${formatList(shown.map((summary) => `${formatSummaryAmount(summary.median ?? 0, summary.currency)} ${LEVEL_WORDS[summary.level]}`))}`;
  }
  const low = Math.min(...glance.salary.map((summary) => summary.low));
  const high = Math.max(...glance.salary.map((summary) => summary.high));
  return `${formatSummarySpan(low, high, glance.currency)} as stated`;
}

/** How many figures the yearly summaries count, and from how many articles. */
export function glanceEvidence(glance: PayGlance): { figures: number; articles: number } {
  const all = [...glance.salary, ...glance.total];
  return {
    figures: all.reduce((sum, summary) => sum + summary.counted, 0),
    articles: new Set(all.flatMap((summary) => summary.articles)).size,
  };
}
