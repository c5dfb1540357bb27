import { describe, expect, it } from 'vitest';
import type { PayKind, PayPeriod, PlaceCatalogEntry } from '@/lib/content/schema';
import { createPlaceLookup } from '@/lib/guides/pay/places';
import { median, quantile, quantileSteps } from '@/lib/guides/pay/statistics';
import { figureValue, pickWorkedExample, summarizePay, type PaySummary } from '@/lib/guides/pay/summary';
import { buildPayPage } from '@/lib/guides/pay/page';
import { makeFigure } from '../salary-figure-fixture';

const places: PlaceCatalogEntry[] = [
  { slug: 'united-states', name: 'United States', aliases: ['U.S.', 'US'], kind: 'country', currency: 'USD' },
  { slug: 'india', name: 'India', aliases: [], kind: 'country', currency: 'INR' },
];
const placeOf = createPlaceLookup(places);

function only(summaries: PaySummary[]): PaySummary {
  expect(summaries).toHaveLength(1);
  const [summary] = summaries;
  if (!summary) throw new Error('no summary');
  return summary;
}

describe('quantile', () => {
  it('interpolates between the two nearest ranks, (n − 1) × p', () => {
    // Sorted 100, 120, 150, 200: the 25th percentile sits at rank 0.75 → 100 + 0.75 × 20 = 115.
    expect(quantile([200, 100, 150, 120], 0.25)).toBe(115);
    // The 75th at rank 2.25 → 150 + 0.25 × 50 = 162.5.
    expect(quantile([200, 100, 150, 120], 0.75)).toBe(162.5);
    expect(median([200, 100, 150, 120])).toBe(135);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });
});

describe('figureValue', () => {
  it('gives each shape of figure one value by one rule', () => {
    expect(figureValue({ min: 120_000, max: 120_000 })).toEqual({ value: 120_000, rule: 'amount' });
    expect(figureValue({ min: 100_000, max: 150_000 })).toEqual({ value: 125_000, rule: 'range-midpoint' });
    expect(figureValue({ min: 200_000, max: null })).toEqual({ value: 200_000, rule: 'open-floor' });
    expect(figureValue({ min: null, max: 93_500 })).toEqual({ value: 93_500, rule: 'up-to-ceiling' });
  });
});

describe('summarizePay', () => {
  it('one figure: no median or band, its amounts as stated, marked thin', () => {
    const summary = only(summarizePay([makeFigure({ level: 'mid', min: 140_000, max: 160_000 })], placeOf));
    expect(summary).toMatchObject({
      id: 'mid-usd-year-salary',
      evidence: 'thin',
      counted: 1,
      median: null,
      p25: null,
      p75: null,
      low: 140_000,
      high: 160_000,
    });
  });

  it('two figures from two articles are still too few for a band', () => {
    const summary = only(
      summarizePay(
        [
          makeFigure({ min: 100_000, max: 100_000, article: 'a' }),
          makeFigure({ min: 200_000, max: 200_000, article: 'b' }),
        ],
        placeOf,
      ),
    );
    expect(summary.evidence).toBe('thin');
    expect(summary.median).toBeNull();
    expect([summary.low, summary.high]).toEqual([100_000, 200_000]);
  });

  it('many figures from one article are thin: one article is one voice', () => {
    const figures = [100_000, 110_000, 120_000, 130_000].map((amount) =>
      makeFigure({ min: amount, max: amount, article: 'a' }),
    );
    const summary = only(summarizePay(figures, placeOf));
    expect(summary.evidence).toBe('thin');
    expect(summary.articles).toEqual(['a']);
  });

  it('open-ended and "up to" figures enter at the one amount they state', () => {
    // Values: 200,000 (open floor), 93,500 ("up to" ceiling), 125,000 (midpoint of 100k–150k), 150,000.
    const summary = only(
      summarizePay(
        [
          makeFigure({ min: 200_000, max: null, openEnded: true, article: 'a' }),
          makeFigure({ min: null, max: 93_500, article: 'b' }),
          makeFigure({ min: 100_000, max: 150_000, article: 'c' }),
          makeFigure({ min: 150_000, max: 150_000, article: 'c' }),
        ],
        placeOf,
      ),
    );
    // Sorted 93,500 / 125,000 / 150,000 / 200,000: median (125,000 + 150,000) / 2.
    expect(summary.median).toBe(137_500);
    // 25th: rank 0.75 → 93,500 + 0.75 × 31,500 = 117,125; 75th: rank 2.25 → 150,000 + 0.25 × 50,000.
    expect(summary.p25).toBe(117_125);
    expect(summary.p75).toBe(162_500);
    expect(summary).toMatchObject({ evidence: 'summary', counted: 4, low: 93_500, high: 200_000, openTop: true });
    expect(summary.figures.map((entry) => entry.rule)).toEqual([
      'open-floor',
      'up-to-ceiling',
      'range-midpoint',
      'amount',
    ]);
  });

  it('keeps base salary and total compensation in separate summaries, and says how many salaries are stated as base', () => {
    const summaries = summarizePay(
      [
        makeFigure({ kind: 'base', min: 150_000, max: 150_000, article: 'a' }),
        makeFigure({ kind: 'average', min: 140_000, max: 140_000, article: 'b' }),
        makeFigure({ kind: 'range', min: 120_000, max: 160_000, article: 'c' }),
        makeFigure({ kind: 'total-compensation', min: 250_000, max: 250_000, article: 'a' }),
      ],
      placeOf,
    );
    expect(summaries.map((summary) => [summary.basis, summary.counted])).toEqual([
      ['salary', 3],
      ['total-compensation', 1],
    ]);
    expect(summaries[0]).toMatchObject({ median: 140_000, statedAsBase: 1 });
  });

  it('lists an outlier without letting it count or set the spread', () => {
    const summary = only(
      summarizePay(
        [
          makeFigure({ min: 140_000, max: 140_000, article: 'a' }),
          makeFigure({ min: 150_000, max: 150_000, article: 'b' }),
          makeFigure({ min: 160_000, max: 160_000, article: 'c' }),
          // "$1M–$10M+ for elite researchers": midpoint 5.5M, far above three times the median.
          makeFigure({ min: 1_000_000, max: 10_000_000, openEnded: true, article: 'd' }),
        ],
        placeOf,
      ),
    );
    expect(summary.figures.map((entry) => entry.excluded)).toEqual([null, null, null, 'outlier']);
    expect(summary).toMatchObject({ counted: 3, median: 150_000, low: 140_000, high: 160_000, openTop: false });
    expect(summary.articles).toEqual(['a', 'b', 'c']);
  });

  it('counts a figure an article repeats once, and lists percentile figures without counting them', () => {
    const summary = only(
      summarizePay(
        [
          makeFigure({ kind: 'average', min: 100_000, max: 105_000, article: 'a' }),
          makeFigure({ kind: 'range', min: 100_000, max: 105_000, article: 'a' }),
          makeFigure({ min: 91_000, max: 91_000, percentile: 25, article: 'b' }),
          makeFigure({ min: 120_000, max: 120_000, article: 'b' }),
          makeFigure({ min: 110_000, max: 110_000, article: 'c' }),
        ],
        placeOf,
      ),
    );
    expect(summary.figures.map((entry) => entry.excluded)).toEqual([null, 'repeat', 'percentile', null, null]);
    expect(summary.median).toBe(110_000);
  });

  it('leaves figures for places paid in another currency to pay by place', () => {
    const summaries = summarizePay(
      [
        makeFigure({ min: 150_000, max: 150_000, location: 'U.S.' }),
        makeFigure({ min: 30_000, max: 55_000, location: 'India' }),
        makeFigure({ min: 40_000, max: 40_000, location: 'Atlantis' }),
      ],
      placeOf,
    );
    expect(only(summaries).figures.map((entry) => entry.figure.location)).toEqual(['U.S.']);
  });

  it('makes one summary per level, currency and period, levels in career order', () => {
    const summaries = summarizePay(
      [
        makeFigure({ level: 'senior' }),
        makeFigure({ level: 'entry' }),
        makeFigure({ level: 'unspecified' }),
        makeFigure({ level: 'entry', currency: 'GBP' }),
        makeFigure({ level: 'entry', period: 'hour', min: 40, max: 50 }),
      ],
      placeOf,
    );
    expect(summaries.map((summary) => summary.id)).toEqual([
      'entry-gbp-year-salary',
      'entry-usd-hour-salary',
      'entry-usd-year-salary',
      'senior-usd-year-salary',
      'unspecified-usd-year-salary',
    ]);
  });
});

describe('createPlaceLookup', () => {
  it('finds a place by any spelling, whatever the case', () => {
    expect(placeOf('u.s.')?.slug).toBe('united-states');
    expect(placeOf('United  States')?.slug).toBe('united-states');
    expect(placeOf('Atlantis')).toBeNull();
  });
});

describe('quantileSteps', () => {
  it('shows the position, the two neighbours and the interpolation that give the quantile', () => {
    expect(quantileSteps([200, 100, 150, 120], 0.25)).toEqual({
      p: 0.25,
      position: 0.75,
      lower: 100,
      upper: 120,
      fraction: 0.75,
      result: 115,
    });
    expect(quantileSteps([3, 1, 2], 0.5)).toMatchObject({ position: 1, fraction: 0, result: 2 });
  });
});

describe('pickWorkedExample', () => {
  const fiveFrom = (
    articles: string[],
    extra: Parameters<typeof makeFigure>[0][] = [],
    level: 'mid' | 'senior' = 'mid',
  ) =>
    summarizePay(
      [
        ...[100, 110, 120, 130, 140].map((k, index) =>
          makeFigure({ level, min: k * 1000, max: k * 1000, article: articles[index % articles.length] }),
        ),
        ...extra.map((figure) => makeFigure({ level, ...figure })),
      ],
      placeOf,
    );

  it('prefers a summary that also shows a figure left out, then more articles', () => {
    const plain = fiveFrom(['a', 'b', 'c']);
    const withRepeat = fiveFrom(['a', 'b'], [{ min: 100_000, max: 100_000, article: 'a' }], 'senior');
    expect(pickWorkedExample([...plain, ...withRepeat])?.id).toBe('senior-usd-year-salary');
  });

  it('skips thin summaries and ones too long to follow by hand', () => {
    const thin = summarizePay([makeFigure({ min: 100_000, max: 100_000 })], placeOf);
    expect(pickWorkedExample(thin)).toBeNull();
  });
});

describe('summarizePay and additional pay', () => {
  it('counts no bonus or equity amount in any summary, and the pay page lists them apart', () => {
    const salaries = [120_000, 130_000, 140_000].map((amount, i) =>
      makeFigure({ level: 'mid', kind: 'base', min: amount, max: amount, article: `article-${i}` }),
    );
    const bonus = makeFigure({ level: 'mid', kind: 'bonus', min: 35_333, max: 35_333, article: 'article-b' });
    const equity = makeFigure({ level: 'mid', kind: 'equity', min: 1_000_000, max: null, openEnded: true });
    const summaries = summarizePay([...salaries, bonus, equity], placeOf);
    expect(summaries.map((summary) => [summary.basis, summary.figures.length])).toEqual([['salary', 3]]);
    const [unit] = buildPayPage([...salaries, bonus, equity], summaries, placeOf, 'USD').units;
    expect(unit?.additional).toEqual([bonus, equity]);
    expect(unit?.elsewhere).toEqual([]);
  });
});

describe('buildPayPage by place', () => {
  it('lists a place’s salaries with a stated period, then those read as yearly, then bonus and equity, each in article order', () => {
    const at = (article: string, periodAssumed: boolean, kind: PayKind = 'range', period: PayPeriod = 'year') =>
      makeFigure({ location: 'U.S.', article, periodAssumed, kind, period });
    const figures = [
      at('a', true),
      at('b', false),
      at('g', true, 'bonus'),
      at('c', true),
      at('d', false, 'base', 'hour'),
      at('h', false, 'equity'),
      at('e', false),
    ];
    const india = makeFigure({ location: 'India', currency: 'INR', article: 'f', periodAssumed: true });
    const { places } = buildPayPage([...figures, india], summarizePay(figures, placeOf), placeOf, 'USD');
    expect(places.map((row) => [row.name, row.figures.map((figure) => figure.provenance.article)])).toEqual([
      ['United States', ['b', 'd', 'e', 'a', 'c', 'g', 'h']],
      ['India', ['f']],
    ]);
    expect(places[0]?.articles).toBe(7);
  });
});
