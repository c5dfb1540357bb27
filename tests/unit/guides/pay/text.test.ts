import { describe, expect, it } from 'vitest';
import { formatMoney } from '@/lib/format';
import { describeLocation, provenanceHref } from '@/lib/guides/provenance';
import { summarizeSalaries } from '@/lib/guides/pay/series';
import { describeKind, describeRow, describeSeries, describeSpan } from '@/lib/guides/pay/text';
import { makeFigure } from '../salary-figure-fixture';

const money = (amount: number) => formatMoney(amount, 'USD', { compact: true });

describe('describeSeries and describeRow', () => {
  const [series] = summarizeSalaries(
    [
      makeFigure({ level: 'senior', min: 150_000, max: 200_000, article: 'a' }),
      makeFigure({ level: 'senior', min: 300_000, max: null, openEnded: true, article: 'b' }),
      makeFigure({ level: 'entry', min: 90_000, max: 90_000, article: 'a' }),
    ],
    { by: 'level' },
  );

  it('states the span, the unit, and how many figures and articles', () => {
    expect(series && describeSeries('AI Engineer', series)).toBe(
      `AI Engineer pay (yearly, in US dollars) spans ${money(90_000)}–${money(300_000)} or more across 3 figures from 2 articles.`,
    );
  });

  it('describes each row with its own spread', () => {
    const senior = series?.rows.find((row) => row.key === 'senior');
    expect(senior && describeRow(senior, 'USD')).toBe(
      `Senior: ${money(150_000)}–${money(300_000)} or more, 2 figures from 2 articles.`,
    );
    const entry = series?.rows.find((row) => row.key === 'entry');
    expect(entry && describeRow(entry, 'USD')).toBe(`Entry level: ${money(90_000)}, 1 figure from 1 article.`);
  });
});

describe('describeSpan', () => {
  it('writes amounts in full when their short forms would read as the same amount', () => {
    const [close] = summarizeSalaries(
      [
        makeFigure({ min: 140_043, max: 140_043, article: 'a' }),
        makeFigure({ min: 140_300, max: 140_300, article: 'b' }),
      ],
      { by: 'level' },
    );
    const row = close?.rows[0];
    expect(row && describeSpan(row, 'USD')).toBe('US$140,043–US$140,300');
  });

  it('keeps short forms when they differ, and for a single amount', () => {
    const [wide] = summarizeSalaries([makeFigure({ min: 90_000, max: 150_000 })], { by: 'level' });
    const wideRow = wide?.rows[0];
    expect(wideRow && describeSpan(wideRow, 'USD')).toBe(`${money(90_000)}–${money(150_000)}`);
    const [single] = summarizeSalaries([makeFigure({ min: 140_000, max: 140_000 })], { by: 'level' });
    const singleRow = single?.rows[0];
    expect(singleRow && describeSpan(singleRow, 'USD')).toBe(money(140_000));
  });
});

describe('describeKind', () => {
  it('names the kind of pay with percentile and approximation', () => {
    expect(describeKind(makeFigure({ kind: 'median', percentile: 75, approximate: true }))).toBe(
      'Median, 75th percentile, approximate',
    );
    expect(describeKind(makeFigure({ kind: 'unspecified' }))).toBe('Not stated');
  });
});

describe('provenance', () => {
  it('links to the section, or the article when there is none', () => {
    expect(provenanceHref({ article: 'a', sectionId: 'pay' })).toBe('/articles/a#pay');
    expect(provenanceHref({ article: 'a', sectionId: null })).toBe('/articles/a');
  });

  it('names the section and table cell', () => {
    expect(
      describeLocation({ section: 'Salaries', table: { index: 2, rowLabel: 'Senior', columnHeader: 'Base' } }),
    ).toBe('section “Salaries”, table row “Senior”, column “Base”');
    expect(describeLocation({ section: null, table: null })).toBeNull();
  });
});
