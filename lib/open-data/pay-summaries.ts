/**
 * The pay summaries the role guides show, as published records: one per
 * role, level, currency, pay period and basis, computed by the guides' own
 * `summarizePay`, with the ids of the figures it counted and of those it
 * listed without counting, so every summary can be recomputed from
 * salaries.json. The method is stated from the same constants the code runs.
 */
import type { PaySummaryRecord, Role, SalaryFigure } from '@/lib/content/schema';
import type { PlaceLookup } from '@/lib/guides/pay/places';
import {
  MIN_ARTICLES,
  MIN_VALUES,
  OUTLIER_FACTOR,
  summarizePay,
  type Exclusion,
  type PaySummary,
} from '@/lib/guides/pay/summary';

/** Which list a figure left out of the statistics goes in, by why it was left out. */
const EXCLUDED_LIST: Record<Exclusion, 'repeatedFigures' | 'percentileFigures' | 'outlierFigures'> = {
  repeat: 'repeatedFigures',
  percentile: 'percentileFigures',
  outlier: 'outlierFigures',
};

/** A role's summary as a record: its statistics, and its figures by id, counted or not and why. */
export function toPaySummaryRecord(role: string, summary: PaySummary): PaySummaryRecord {
  const lists: Pick<PaySummaryRecord, 'countedFigures' | (typeof EXCLUDED_LIST)[Exclusion]> = {
    countedFigures: [],
    repeatedFigures: [],
    percentileFigures: [],
    outlierFigures: [],
  };
  for (const entry of summary.figures) {
    lists[entry.excluded === null ? 'countedFigures' : EXCLUDED_LIST[entry.excluded]].push(entry.figure.id);
  }
  return {
    id: `${role}/${summary.id}`,
    role,
    level: summary.level,
    currency: summary.currency,
    period: summary.period,
    basis: summary.basis,
    evidence: summary.evidence,
    median: summary.median,
    p25: summary.p25,
    p75: summary.p75,
    low: summary.low,
    high: summary.high,
    openTop: summary.openTop,
    counted: summary.counted,
    statedAsBase: summary.statedAsBase,
    articles: summary.articles,
    ...lists,
  };
}

/**
 * Every role's pay summaries, roles in catalogue order, each role's in the
 * order its guide shows them. Pure.
 */
export function paySummaryRecords(
  roles: readonly Pick<Role, 'slug'>[],
  figures: readonly SalaryFigure[],
  placeOf: PlaceLookup,
): PaySummaryRecord[] {
  return roles.flatMap((role) =>
    summarizePay(
      figures.filter((figure) => figure.role.slug === role.slug),
      placeOf,
    ).map((summary) => toPaySummaryRecord(role.slug, summary)),
  );
}

/** How a summary is computed, step by step, with the thresholds the code uses. */
export const PAY_SUMMARY_METHOD: readonly string[] = [
  'A summary covers one role, level, currency, pay period and basis. Currencies are never converted, and salary is never mixed with total compensation.',
  'Figures for a place where pay is stated in another currency (by the curated place catalogue) are left to pay by place: a US dollar figure for India does not count towards the US dollar median.',
  'Each figure becomes one value: a single amount as stated; a range at its midpoint; an open-ended figure ("$200k+") at the amount stated; an "up to" figure at its ceiling.',
  'A figure its article repeats (same level, basis and amounts) counts once; a figure given as a percentile other than the median is listed without counting.',
  `With ${MIN_VALUES} or more values, a value above ${OUTLIER_FACTOR} times the median, or below 1/${OUTLIER_FACTOR} of it, is an outlier: listed, never counted.`,
  'The values left give the median and the middle half (25th to 75th percentile, by linear interpolation between the nearest ranks), and the lowest and highest amounts their figures state.',
  `Fewer than ${MIN_VALUES} values, or values from fewer than ${MIN_ARTICLES} articles, are too few to summarise: evidence is "thin", and median, p25 and p75 are null.`,
];
