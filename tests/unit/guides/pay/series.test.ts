import { describe, expect, it } from 'vitest';
import { salaryFigureSchema } from '@/lib/content/schema';
import { LEVEL_LABELS, ROLE_NOT_STATED, summarizeSalaries, toMark } from '@/lib/guides/pay/series';
import { makeFigure } from '../salary-figure-fixture';

describe('toMark', () => {
  it('tells ranges, single amounts, open tops and "up to" figures apart', () => {
    expect(toMark(makeFigure({ min: 100_000, max: 150_000 }))).toMatchObject({
      shape: 'range',
      low: 100_000,
      high: 150_000,
    });
    expect(toMark(makeFigure({ min: 120_000, max: 120_000 }))).toMatchObject({
      shape: 'point',
      low: 120_000,
      high: 120_000,
    });
    expect(toMark(makeFigure({ min: 200_000, max: null, openEnded: true }))).toMatchObject({
      shape: 'open-ended',
      low: 200_000,
      high: 200_000,
    });
    expect(toMark(makeFigure({ min: 220_000, max: 270_000, openEnded: true }))).toMatchObject({
      shape: 'open-ended',
      low: 220_000,
      high: 270_000,
    });
    expect(toMark(makeFigure({ min: null, max: 93_500 }))).toMatchObject({ shape: 'up-to', low: 93_500, high: 93_500 });
  });

  it('fixtures are valid salary figures', () => {
    expect(salaryFigureSchema.safeParse(makeFigure({ min: null, max: 93_500 })).success).toBe(true);
  });
});

describe('summarizeSalaries by level', () => {
  const figures = [
    makeFigure({ level: 'senior', min: 180_000, max: 250_000, article: 'a' }),
    makeFigure({ level: 'entry', min: 90_000, max: 120_000, article: 'a' }),
    makeFigure({ level: 'senior', min: 300_000, max: null, openEnded: true, article: 'b' }),
    makeFigure({ level: 'unspecified', min: null, max: 140_000, article: 'c' }),
    makeFigure({ level: 'mid', min: 150_000, max: 150_000, article: 'b' }),
  ];

  it('orders rows entry to executive, with figures whose level is not stated last', () => {
    const [series] = summarizeSalaries(figures, { by: 'level' });
    expect(series?.rows.map((row) => row.key)).toEqual(['entry', 'mid', 'senior', 'unspecified']);
    expect(series?.rows.map((row) => row.label)).toEqual([
      LEVEL_LABELS.entry,
      LEVEL_LABELS.mid,
      LEVEL_LABELS.senior,
      LEVEL_LABELS.unspecified,
    ]);
  });

  it('keeps one mark per figure and the spread instead of an average', () => {
    const senior = summarizeSalaries(figures, { by: 'level' })[0]?.rows.find((row) => row.key === 'senior');
    expect(senior?.marks).toHaveLength(2);
    expect(senior?.low).toBe(180_000);
    expect(senior?.high).toBe(300_000);
    expect(senior?.sourceCount).toBe(2);
  });

  it('counts figures and distinct articles per series', () => {
    const [series] = summarizeSalaries(figures, { by: 'level' });
    expect(series).toMatchObject({ key: 'USD-year', figureCount: 5, sourceCount: 3, low: 90_000, high: 300_000 });
  });
});

describe('summarizeSalaries series', () => {
  it('never puts two currencies or periods on one axis, yearly US dollars first', () => {
    const series = summarizeSalaries(
      [
        makeFigure({ currency: 'GBP', min: 60_000, max: 80_000 }),
        makeFigure({ currency: 'GBP', min: 70_000, max: 90_000 }),
        makeFigure({ period: 'month', min: 8_000, max: 12_000 }),
        makeFigure({ min: 100_000, max: 150_000 }),
      ],
      { by: 'level' },
    );
    expect(series.map((entry) => entry.key)).toEqual(['USD-year', 'GBP-year', 'USD-month']);
    for (const entry of series) {
      const marks = entry.rows.flatMap((row) => row.marks);
      expect(new Set(marks.map((mark) => `${mark.figure.currency}-${mark.figure.period}`))).toEqual(
        new Set([entry.key]),
      );
    }
  });

  it('returns nothing for no figures', () => {
    expect(summarizeSalaries([], { by: 'level' })).toEqual([]);
  });
});

describe('summarizeSalaries by role and by location', () => {
  it('labels roles by name, alphabetically, with unclaimed figures last', () => {
    const roleNames = new Map([
      ['ml-engineer', 'ML Engineer'],
      ['ai-engineer', 'AI Engineer'],
    ]);
    const [series] = summarizeSalaries(
      [makeFigure({ role: null }), makeFigure({ role: 'ml-engineer' }), makeFigure({ role: 'ai-engineer' })],
      { by: 'role', roleNames },
    );
    expect(series?.rows.map((row) => row.label)).toEqual(['AI Engineer', 'ML Engineer', ROLE_NOT_STATED]);
  });

  it('keeps only located figures, in their own currency, places with most figures first', () => {
    const series = summarizeSalaries(
      [
        makeFigure({ location: 'Canada', currency: 'CAD', min: 104_704, max: 104_704 }),
        makeFigure({ location: 'New York' }),
        makeFigure({ location: 'Houston' }),
        makeFigure({ location: 'New York', min: 141_000, max: 141_000 }),
        makeFigure({ location: null }),
      ],
      { by: 'location' },
    );
    expect(series.map((entry) => entry.key)).toEqual(['USD-year', 'CAD-year']);
    expect(series[0]?.rows.map((row) => [row.label, row.marks.length])).toEqual([
      ['New York', 2],
      ['Houston', 1],
    ]);
    expect(series[1]?.rows[0]?.marks[0]?.figure.currency).toBe('CAD');
  });
});

describe('summarizeSalaries and additional pay', () => {
  it('leaves bonus and equity amounts out of every salary span', () => {
    const figures = [
      makeFigure({ level: 'senior', kind: 'base', min: 175_262, max: 175_262 }),
      makeFigure({ level: 'senior', kind: 'bonus', min: 35_333, max: 35_333 }),
      makeFigure({ level: 'senior', kind: 'equity', min: 1_000_000, max: null, openEnded: true }),
    ];
    const [series] = summarizeSalaries(figures, { by: 'level' });
    expect(series?.figureCount).toBe(1);
    expect([series?.low, series?.high]).toEqual([175_262, 175_262]);
  });
});
