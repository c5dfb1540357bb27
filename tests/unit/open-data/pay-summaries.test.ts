import { describe, expect, it } from 'vitest';
import { paySummaryRecordSchema } from '@/lib/content/schema';
import { MIN_ARTICLES, MIN_VALUES, OUTLIER_FACTOR, summarizePay } from '@/lib/guides/pay/summary';
import { PAY_SUMMARY_METHOD, paySummaryRecords, toPaySummaryRecord } from '@/lib/open-data/pay-summaries';
import { makeFigure } from '../guides/salary-figure-fixture';
import { paySummaries, placeOf, records } from './open-data-fixture';

const nowhere = () => null;

describe('toPaySummaryRecord', () => {
  it('lists every figure by id: counted, or left out as a repeat, a percentile or an outlier', () => {
    const figures = [
      makeFigure({ article: 'a', level: 'mid', min: 100_000, max: 120_000 }),
      makeFigure({ article: 'a', level: 'mid', min: 100_000, max: 120_000 }),
      makeFigure({ article: 'b', level: 'mid', min: 110_000, max: 110_000 }),
      makeFigure({ article: 'c', level: 'mid', min: 130_000, max: 130_000 }),
      makeFigure({ article: 'c', level: 'mid', min: 90_000, max: 90_000, percentile: 10 }),
      makeFigure({ article: 'd', level: 'mid', min: 900_000, max: 900_000 }),
    ];
    const [summary] = summarizePay(figures, nowhere);
    expect(summary).toBeDefined();
    const record = toPaySummaryRecord('ai-engineer', summary!);
    const [first, repeat, second, third, percentile, outlier] = figures.map((figure) => figure.id);
    expect(record).toMatchObject({
      id: 'ai-engineer/mid-usd-year-salary',
      role: 'ai-engineer',
      countedFigures: [first, second, third],
      repeatedFigures: [repeat],
      percentileFigures: [percentile],
      outlierFigures: [outlier],
      counted: 3,
      evidence: 'summary',
      median: 110_000,
    });
    expect(paySummaryRecordSchema.safeParse(record).success).toBe(true);
  });
});

/** The type 7 quantile, written out here so the published numbers are checked by a second hand. */
function quantile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const low = sorted[below] ?? Number.NaN;
  return low + ((sorted[below + 1] ?? low) - low) * (position - below);
}

describe('the published pay summaries', () => {
  const figures = new Map(records.salaries.map((figure) => [figure.id, figure]));

  it('are the summaries every role guide shows, for every role with figures', () => {
    expect(paySummaries.length).toBeGreaterThan(0);
    const expected = records.roles.flatMap((role) =>
      summarizePay(
        records.salaries.filter((figure) => figure.role.slug === role.slug),
        placeOf,
      ).map((summary) => `${role.slug}/${summary.id}`),
    );
    expect(paySummaries.map((summary) => summary.id)).toEqual(expected);
    expect(paySummaryRecords(records.roles, records.salaries, placeOf)).toEqual(paySummaries);
  });

  it('name only figures of their own role, level, currency and period, each once', () => {
    for (const summary of paySummaries) {
      const ids = [
        ...summary.countedFigures,
        ...summary.repeatedFigures,
        ...summary.percentileFigures,
        ...summary.outlierFigures,
      ];
      expect(new Set(ids).size, summary.id).toBe(ids.length);
      expect(summary.countedFigures, summary.id).toHaveLength(summary.counted);
      for (const id of ids) {
        const figure = figures.get(id);
        expect(figure, `${summary.id}: ${id}`).toBeDefined();
        expect([figure?.role.slug, figure?.level.level, figure?.currency, figure?.period]).toEqual([
          summary.role,
          summary.level,
          summary.currency,
          summary.period,
        ]);
      }
    }
  });

  it('can be recomputed from salaries.json: the median and middle half of the counted figures’ values', () => {
    const value = (id: string) => {
      const { min, max } = figures.get(id) ?? { min: null, max: null };
      return min === null ? (max ?? Number.NaN) : max === null ? min : (min + max) / 2;
    };
    const full = paySummaries.filter((summary) => summary.evidence === 'summary');
    expect(full.length).toBeGreaterThan(0);
    for (const summary of full) {
      const values = summary.countedFigures.map(value);
      expect(summary.median, summary.id).toBeCloseTo(quantile(values, 0.5), 6);
      expect(summary.p25, summary.id).toBeCloseTo(quantile(values, 0.25), 6);
      expect(summary.p75, summary.id).toBeCloseTo(quantile(values, 0.75), 6);
    }
    for (const summary of paySummaries.filter((entry) => entry.evidence === 'thin')) {
      expect([summary.median, summary.p25, summary.p75], summary.id).toEqual([null, null, null]);
    }
  });
});

describe('PAY_SUMMARY_METHOD', () => {
  it('states the thresholds the code uses', () => {
    const method = PAY_SUMMARY_METHOD.join(' ');
    expect(method).toContain(`above ${OUTLIER_FACTOR} times the median, or below 1/${OUTLIER_FACTOR} of it`);
    expect(method).toContain(`Fewer than ${MIN_VALUES} values, or values from fewer than ${MIN_ARTICLES} articles`);
    expect(method).toContain(`With ${MIN_VALUES} or more values`);
  });
});
