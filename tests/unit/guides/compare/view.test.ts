import { describe, expect, it } from 'vitest';
import { buildComparison, comparedPairs, payByLevel } from '@/lib/guides/compare/view';
import { records, titles } from '../records-fixture';
import { makeFigure } from '../salary-figure-fixture';

const HIRING = 'hiring-ai-engineers-vs-data-scientists-what-you-need-to-know';

describe('buildComparison on the published records', () => {
  const view = buildComparison(records, titles, 'data-scientist', 'ai-engineer');

  it('orders the pair alphabetically whatever order it is asked in', () => {
    expect(view?.pair.slug).toBe('ai-engineer-vs-data-scientist');
    expect(view?.roles.map((role) => role.slug)).toEqual(['ai-engineer', 'data-scientist']);
  });

  it('has the article’s side-by-side rows with a link to their section', () => {
    const focus = view?.focus.find((row) => row.criterion === 'Primary Focus' && row.source.article === HIRING);
    expect(focus?.values).toEqual([
      'Model engineering, deployment, automation',
      'Data analysis, insight generation, prediction',
    ]);
    expect(focus?.source.href).toBe(`/articles/${HIRING}#comparison-table-ai-engineer-vs-data-scientist`);
  });

  it('puts the education rows the article gives under education', () => {
    expect(view?.education.map((row) => row.criterion)).toContain('Typical Degrees');
    expect(view?.focus.map((row) => row.criterion)).not.toContain('Typical Degrees');
  });

  it('lists the scenario tables that match needs to the two roles', () => {
    const needs = view?.scenarios.flatMap((group) => group.items.map((item) => item.need)) ?? [];
    const expected = records.hiringScenarios.filter((scenario) => scenario.article === HIRING).map((s) => s.need);
    expect(needs).toEqual(expected);
    expect(view?.compared).toBe(true);
  });

  it('splits skills into shared and one-sided, never both', () => {
    const skills = view?.skills;
    expect(skills?.shared.length).toBeGreaterThan(0);
    const shared = new Set(skills?.shared.map((item) => item.slug));
    expect(skills?.only.flat().some((item) => shared.has(item.slug))).toBe(false);
    expect(skills?.shared.every((item) => item.sources[0] > 0 && item.sources[1] > 0)).toBe(true);
  });

  it('says when no article compares a pair and keeps the sections empty rather than invented', () => {
    const pair = buildComparison(records, titles, 'ai-trainer', 'prompt-engineer');
    expect(pair?.compared).toBe(false);
    expect(pair?.focus).toEqual([]);
    expect(pair?.scenarios).toEqual([]);
  });

  it('refuses unknown roles and the same role twice', () => {
    expect(buildComparison(records, titles, 'ai-engineer', 'ai-engineer')).toBeNull();
    expect(buildComparison(records, titles, 'ai-engineer', 'astronaut')).toBeNull();
  });

  it('features the AI Engineer and Data Scientist pair first', () => {
    expect(comparedPairs(records)[0]?.slug).toBe('ai-engineer-vs-data-scientist');
  });
});

describe('payByLevel', () => {
  // The shared fixture, at entry level, with the role named as the comparison names it.
  const figure = ({ who, ...rest }: Parameters<typeof makeFigure>[0] & { who: string }) =>
    makeFigure({ role: who, level: 'entry', article: 'a', provenance: { section: 'Pay', sectionId: 'pay' }, ...rest });

  it('spans the lowest to the highest stated amount per level, per currency and period, never averaging', () => {
    const tables = payByLevel(
      [
        figure({ who: 'x', min: 90_000, max: 110_000 }),
        figure({ who: 'x', article: 'b', min: 120_000, max: 150_000, openEnded: true }),
        figure({ who: 'y', currency: 'EUR', min: 50_000, max: 60_000 }),
        figure({ who: 'z', min: 1, max: 2 }),
      ],
      ['x', 'y'],
      new Map([['a', 'Article A']]),
    );
    expect(tables.map((table) => `${table.currency}/${table.period}`)).toEqual(['USD/year', 'EUR/year']);
    const usd = tables[0]?.rows[0];
    expect(usd?.level).toBe('entry');
    expect(usd?.cells[0]).toMatchObject({ min: 90_000, max: 150_000, openEnded: true, figures: 2, articles: 2 });
    expect(usd?.cells[0]?.sources.map((source) => source.href)).toEqual(['/articles/a#pay', '/articles/b#pay']);
    expect(usd?.cells[1]).toBeNull();
  });

  it('keeps an "up to" figure’s top as both ends when it is the only one', () => {
    const [table] = payByLevel([figure({ who: 'x', min: null, max: 80_000 })], ['x', 'y'], new Map());
    expect(table?.rows[0]?.cells[0]).toMatchObject({ min: 80_000, max: 80_000 });
  });
});
