/**
 * Pay summaries: what the stated figures for one level say together, computed
 * in the open. A summary covers one role, level, currency, pay period and pay
 * basis; it never converts a currency and never mixes base salary with total
 * compensation. Every figure considered stays attached, with the rule that
 * turned it into a value and, when it did not count, why.
 *
 * The method, step by step (the About page states the same, with a worked example):
 * 1. Figures for a place paid in another currency are left to pay by place.
 * 2. Each figure becomes one value: a single amount as stated; a range at its
 *    midpoint; an open-ended figure ("$200k+") at the amount stated; an "up to"
 *    figure at its ceiling.
 * 3. A figure an article repeats (same level, basis and amounts) counts once;
 *    a figure given as a percentile other than the median describes the edge
 *    of a distribution, not a typical salary, and is listed without counting.
 * 4. With three or more values, a value above three times the median or below
 *    a third of it is an outlier: listed, never counted, never setting the axis.
 * 5. The rest give the median and the middle half (25th to 75th percentile,
 *    linear interpolation), and the spread of their stated amounts.
 * 6. Fewer than three values, or values from one article, are too little to
 *    summarise: the page shows their spread as stated and says so.
 */
import {
  careerLevels,
  type CareerLevel,
  type CurrencyCode,
  type PayKind,
  type PayPeriod,
  type SalaryFigure,
} from '@/lib/content/schema';
import { isHomeMarket, type PlaceLookup } from '@/lib/guides/pay/places';
import { median, quantile } from '@/lib/guides/pay/statistics';

/** What a figure measures: salary (base, or not said) or total compensation. */
export type PayBasis = 'salary' | 'total-compensation';

/**
 * The basis of each kind of figure. Averages, medians and ranges that do not
 * say base or total are salaries as the articles use the word; total
 * compensation (salary with bonus and equity) is always kept apart.
 */
export const BASIS_OF_KIND: Record<PayKind, PayBasis> = {
  base: 'salary',
  average: 'salary',
  median: 'salary',
  range: 'salary',
  unspecified: 'salary',
  'total-compensation': 'total-compensation',
};

/** How a figure became a value. */
export type ValueRule = 'amount' | 'range-midpoint' | 'open-floor' | 'up-to-ceiling';

/** Why a figure considered did not count. */
export type Exclusion = 'repeat' | 'percentile' | 'outlier';

export interface SummaryFigure {
  figure: SalaryFigure;
  value: number;
  rule: ValueRule;
  excluded: Exclusion | null;
}

/** The evidence rule: fewer values, or fewer articles, than this and the page shows the figures, not a summary. */
export const MIN_VALUES = 3;
export const MIN_ARTICLES = 2;
/** A value this many times above the median, or below it by the same factor, is an outlier. */
export const OUTLIER_FACTOR = 3;

export interface PaySummary {
  /** `mid-usd-year-salary`: unique within one role, usable as an element id. */
  id: string;
  level: CareerLevel;
  currency: CurrencyCode;
  period: PayPeriod;
  basis: PayBasis;
  /** Every figure considered, in reading order. */
  figures: SummaryFigure[];
  /** Values that entered the statistics. */
  counted: number;
  /** Counted figures the article states as base salary (the rest do not say). */
  statedAsBase: number;
  /** Distinct articles of the counted figures, in reading order. */
  articles: string[];
  /** `summary` when there is enough to compute one; `thin` otherwise. */
  evidence: 'summary' | 'thin';
  /** Median and middle half of the counted values; `null` when thin. */
  median: number | null;
  p25: number | null;
  p75: number | null;
  /** The lowest and highest amount the counted figures state. */
  low: number;
  high: number;
  /** The highest amount is an open start ("$300,000+"). */
  openTop: boolean;
}

/** A figure's one value and the rule that gave it. Pure. */
export function figureValue(figure: Pick<SalaryFigure, 'min' | 'max'>): { value: number; rule: ValueRule } {
  const { min, max } = figure;
  if (min === null) return { value: max ?? 0, rule: 'up-to-ceiling' };
  if (max === null) return { value: min, rule: 'open-floor' };
  if (max === min) return { value: min, rule: 'amount' };
  return { value: (min + max) / 2, rule: 'range-midpoint' };
}

function repeatKey(figure: SalaryFigure): string {
  return [
    figure.provenance.article,
    figure.level.level,
    BASIS_OF_KIND[figure.kind],
    figure.currency,
    figure.period,
    figure.min,
    figure.max,
    figure.openEnded,
  ].join('|');
}

/** Marks repeats and percentile figures, then outliers among the rest. */
function classify(figures: readonly SalaryFigure[]): SummaryFigure[] {
  const seen = new Set<string>();
  const entries: SummaryFigure[] = figures.map((figure) => {
    const { value, rule } = figureValue(figure);
    const key = repeatKey(figure);
    let excluded: Exclusion | null = null;
    if (figure.percentile !== null && figure.percentile !== 50) excluded = 'percentile';
    else if (seen.has(key)) excluded = 'repeat';
    seen.add(key);
    return { figure, value, rule, excluded };
  });
  const candidates = entries.filter((entry) => entry.excluded === null);
  if (candidates.length >= MIN_VALUES) {
    const middle = median(candidates.map((entry) => entry.value));
    for (const entry of candidates) {
      if (entry.value > middle * OUTLIER_FACTOR || entry.value < middle / OUTLIER_FACTOR) entry.excluded = 'outlier';
    }
  }
  return entries;
}

function stated(figure: SalaryFigure): { low: number; high: number } {
  const low = figure.min ?? figure.max ?? 0;
  return { low, high: figure.max ?? low };
}

type SummaryKey = Pick<PaySummary, 'level' | 'currency' | 'period' | 'basis'>;

function toSummary(key: SummaryKey, figures: readonly SalaryFigure[]): PaySummary | null {
  const entries = classify(figures);
  const counted = entries.filter((entry) => entry.excluded === null);
  if (counted.length === 0) return null;
  const values = counted.map((entry) => entry.value);
  const articles = [...new Set(counted.map((entry) => entry.figure.provenance.article))];
  const thin = counted.length < MIN_VALUES || articles.length < MIN_ARTICLES;
  const spans = counted.map((entry) => stated(entry.figure));
  const high = Math.max(...spans.map((span) => span.high));
  return {
    id: [key.level, key.currency, key.period, key.basis].join('-').toLowerCase(),
    ...key,
    figures: entries,
    counted: counted.length,
    statedAsBase: counted.filter((entry) => entry.figure.kind === 'base').length,
    articles,
    evidence: thin ? 'thin' : 'summary',
    median: thin ? null : median(values),
    p25: thin ? null : quantile(values, 0.25),
    p75: thin ? null : quantile(values, 0.75),
    low: Math.min(...spans.map((span) => span.low)),
    high,
    // Open at the top when a figure stating the highest amount leaves its top open.
    openTop: counted.some((entry) => entry.figure.openEnded && stated(entry.figure).high === high),
  };
}

/**
 * One summary per level, currency, pay period and basis present in `figures`
 * (a role's figures), levels in career order. Figures for places paid in
 * another currency are left out (see `isHomeMarket`). Pure.
 */
export function summarizePay(figures: readonly SalaryFigure[], placeOf: PlaceLookup): PaySummary[] {
  const groups = new Map<string, SalaryFigure[]>();
  for (const figure of figures) {
    if (!isHomeMarket(figure, placeOf)) continue;
    const key = [figure.currency, figure.period, BASIS_OF_KIND[figure.kind], figure.level.level].join('|');
    const group = groups.get(key);
    if (group) group.push(figure);
    else groups.set(key, [figure]);
  }
  const summaries = [...groups.values()].flatMap((group) => {
    const first = group[0];
    if (!first) return [];
    const summary = toSummary(
      { level: first.level.level, currency: first.currency, period: first.period, basis: BASIS_OF_KIND[first.kind] },
      group,
    );
    return summary ? [summary] : [];
  });
  const levelOrder = (level: CareerLevel) => careerLevels.indexOf(level);
  return summaries.sort(
    (a, b) =>
      a.currency.localeCompare(b.currency) ||
      a.period.localeCompare(b.period) ||
      a.basis.localeCompare(b.basis) ||
      levelOrder(a.level) - levelOrder(b.level),
  );
}

/**
 * The summary the method page works through: a real one with enough figures
 * to show every step and few enough to follow by hand (5 to 9 counted),
 * preferring one that also leaves a figure out, then the most articles.
 * `null` when no summary qualifies. Pure.
 */
export function pickWorkedExample(summaries: readonly PaySummary[]): PaySummary | null {
  const candidates = summaries.filter(
    (summary) => summary.evidence === 'summary' && summary.counted >= 5 && summary.counted <= 9,
  );
  const excluded = (summary: PaySummary) => summary.figures.some((entry) => entry.excluded !== null);
  return (
    [...candidates].sort(
      (a, b) =>
        Number(excluded(b)) - Number(excluded(a)) || b.articles.length - a.articles.length || a.id.localeCompare(b.id),
    )[0] ?? null
  );
}
