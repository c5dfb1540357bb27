import { describe, expect, it } from 'vitest';
import { hasChoice } from '@/lib/guides/compare/choose';
import { buildComparison, comparedPairs, type ComparisonView } from '@/lib/guides/compare/view';
import { guideFor as realGuide, merge, records, titles } from '../records-fixture';

const HIRING = 'hiring-ai-engineers-vs-data-scientists-what-you-need-to-know';

function compare(first: string, second: string): ComparisonView {
  const view = buildComparison({
    guides: [realGuide(first), realGuide(second)],
    comparisonRows: records.comparisonRows,
    hiringScenarios: records.hiringScenarios,
    titles,
    merge,
  });
  if (!view) throw new Error(`no comparison of ${first} and ${second}`);
  return view;
}

describe('the AI Engineer vs Data Scientist comparison, from the published records', () => {
  const view = compare('data-scientist', 'ai-engineer');
  const guides = [realGuide('ai-engineer'), realGuide('data-scientist')] as const;

  it('orders the pair alphabetically whatever order it is asked in', () => {
    expect(view.pair.slug).toBe('ai-engineer-vs-data-scientist');
    expect(view.roles.map((role) => role.slug)).toEqual(['ai-engineer', 'data-scientist']);
  });

  it('takes every salary cell from that role’s own summary at that level, and leaves none out', () => {
    for (const side of [0, 1] as const) {
      const own = guides[side].pay.glance?.salary ?? [];
      expect(own.length).toBeGreaterThan(0);
      const cells = view.table.pay.salary.flatMap((row) => row.cells[side] ?? []);
      expect(cells).toEqual(own);
      for (const row of view.table.pay.salary) expect(row.cells[side]?.level ?? row.level).toBe(row.level);
    }
    // Senior: the AI Engineer's median of several articles, the Data Scientist's one article as stated.
    const senior = view.table.pay.salary.find((row) => row.level === 'senior');
    expect(senior?.cells[0]?.evidence).toBe('summary');
    expect(senior?.cells[1]?.evidence).toBe('thin');
  });

  it('sets total compensation beside it, since both roles have some', () => {
    expect(view.table.pay.total.flatMap((row) => row.cells[0] ?? [])).toEqual(guides[0].pay.glance?.total);
    expect(view.table.pay.total.flatMap((row) => row.cells[1] ?? [])).toEqual(guides[1].pay.glance?.total);
    expect(view.table.pay.currenciesDiffer).toBe(false);
  });

  it('counts each shared skill as its own role’s guide does, and never lists one as both shared and one-sided', () => {
    const { shared, only } = view.table.skills;
    expect(shared.map((item) => item.name)).toContain('Python');
    const ranked = (side: 0 | 1) => [
      ...guides[side].skillGroups.flatMap((group) => group.skills),
      ...guides[side].tools,
    ];
    for (const item of shared) {
      expect(item.counts[0]).toBe(ranked(0).find((entry) => entry.slug === item.slug)?.sourceCount);
      expect(item.counts[1]).toBe(ranked(1).find((entry) => entry.slug === item.slug)?.sourceCount);
    }
    const sharedSlugs = new Set(shared.map((item) => item.slug));
    expect(only.flat().some((item) => sharedSlugs.has(item.slug))).toBe(false);
    expect(only[0].every((item) => !ranked(1).some((entry) => entry.slug === item.slug))).toBe(true);
  });

  it('quotes the article’s Primary Focus row beside the merged duties', () => {
    const focus = view.focusRows.find((row) => row.criterion === 'Primary Focus' && row.source.article === HIRING);
    expect(focus?.values).toEqual([
      'Model engineering, deployment, automation',
      'Data analysis, insight generation, prediction',
    ]);
    expect(focus?.source.href).toBe(`/articles/${HIRING}#comparison-table-ai-engineer-vs-data-scientist`);
    expect(view.table.focus[0].items.map((item) => item.label)).toEqual(
      guides[0].responsibilities.slice(0, 3).map((item) => item.label),
    );
  });

  it('gives each merged need to the role the articles recommend, and never to the other', () => {
    const choose = view.choose;
    expect(choose && hasChoice(choose)).toBe(true);
    const [engineer, scientist] = choose?.sides ?? [];
    expect(engineer?.needs.map((need) => need.id)).toContain('models-in-production');
    expect(scientist?.needs.map((need) => need.id)).toContain('experiments-and-statistics');
    for (const [side, role] of [
      [engineer, 'ai-engineer'],
      [scientist, 'data-scientist'],
    ] as const) {
      for (const quote of side?.needs.flatMap((need) => need.quotes) ?? []) {
        const scenario = records.hiringScenarios.find((entry) => entry.need === quote.need);
        expect(scenario?.role, quote.need).toBe(role);
      }
    }
    expect(choose?.split).toEqual([]);
  });

  it('quotes every hiring need of the article once, with its reason and section', () => {
    const quotes = view.choose?.sides.flatMap((side) => side.needs.flatMap((need) => need.quotes)) ?? [];
    const scenarios = records.hiringScenarios.filter((scenario) => scenario.article === HIRING);
    expect(quotes.map((quote) => quote.need).sort()).toEqual(scenarios.map((scenario) => scenario.need).sort());
    const fraud = quotes.find((quote) => quote.need === 'Deploying a real-time fraud detection system');
    expect(fraud?.reason).toBe('Requires optimized, scalable model in production with low latency');
    expect(fraud?.source.href).toBe(`/articles/${HIRING}#use-case-based-role-matching`);
    // Recommended together with the other role: the role cell as written says so.
    const shared = quotes.find((quote) => quote.need === 'Creating a recommendation engine for e-commerce');
    expect(shared?.together).toBe('AI Engineer (with DS)');
  });

  it('quotes what the articles say each role’s work is, without repeating the rows the table quotes', () => {
    const work = view.choose?.sides[0].work.flatMap((group) => group.rows) ?? [];
    expect(work).toContainEqual({ criterion: 'Example Task', text: 'Deploy chatbot' });
    const quoted = new Set(view.focusRows.map((row) => row.values[0]));
    expect(work.some((row) => quoted.has(row.text))).toBe(false);
  });

  it('keeps the articles’ own tables as evidence, by table, with both articles that compare the two', () => {
    expect(view.articleTables.map((table) => table.caption)).toContain('Tool Stack Comparison Chart');
    expect(view.articleTables.reduce((sum, table) => sum + table.rows.length, 0)).toBeGreaterThan(30);
    expect(view.comparedIn.map((article) => article.slug).sort()).toEqual(
      ['ai-engineer-roles-and-responsibilities', HIRING].sort(),
    );
    expect(view.compared).toBe(true);
  });
});

describe('pairs no article compares', () => {
  const view = compare('ai-trainer', 'prompt-engineer');

  it('has no choice to quote and no article tables, but keeps the synthesised table', () => {
    expect(view.compared).toBe(false);
    expect(view.choose).toBeNull();
    expect(view.articleTables).toEqual([]);
    expect(view.comparedIn).toEqual([]);
    // The AI Trainer's pay is there; the Prompt Engineer states none, and nothing fills its cells.
    expect(view.table.pay.salary.length).toBeGreaterThan(0);
    expect(view.table.pay.salary.every((row) => row.cells[0] !== null && row.cells[1] === null)).toBe(true);
    expect(view.table.pay.currencies).toEqual(['USD', null]);
  });
});

describe('pairs compared only on rows that say nothing about the work', () => {
  it('says when an article compares them but not when to choose one', () => {
    const view = compare('ml-engineer', 'ai-researcher');
    expect(view.compared).toBe(true);
    expect(view.choose && hasChoice(view.choose)).toBe(false);
    expect(view.articleTables.length).toBeGreaterThan(0);
  });
});

describe('buildComparison', () => {
  it('refuses the same role twice', () => {
    const guide = realGuide('ai-engineer');
    expect(
      buildComparison({ guides: [guide, guide], comparisonRows: [], hiringScenarios: [], titles, merge }),
    ).toBeNull();
  });

  it('features the AI Engineer and Data Scientist pair first', () => {
    expect(comparedPairs(records)[0]?.slug).toBe('ai-engineer-vs-data-scientist');
  });
});
