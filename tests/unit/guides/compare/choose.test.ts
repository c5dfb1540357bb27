import { describe, expect, it } from 'vitest';
import type { HiringScenario } from '@/lib/content/schema';
import { buildChooseWhen, hasChoice, hasNeeds, scenariosForPair } from '@/lib/guides/compare/choose';
import type { ComparedRow } from '@/lib/guides/compare/article-rows';
import { catalogOf } from '../merge/vocabulary-fixture';

const merge = {
  vocabulary: catalogOf({
    'hiring-need': {
      groups: [{ slug: 'building', label: 'Building' }],
      themes: [
        {
          slug: 'production',
          label: 'Putting models into production',
          group: 'building',
          terms: [['deploy', 'production']],
        },
      ],
    },
  }),
  stopRoleWords: [],
};

function scenario(need: string, role: string, overrides: Partial<HiringScenario> = {}): HiringScenario {
  return {
    article: 'a1',
    section: 'Who to hire',
    sectionId: 'who-to-hire',
    need,
    role,
    roleAsWritten: role,
    reason: null,
    alsoRoles: [],
    from: 'recommendation',
    table: { index: 1, rowLabel: need, columnHeader: null },
    ...overrides,
  };
}

describe('scenariosForPair', () => {
  it('keeps needs from tables that name both roles, recommending one of them', () => {
    const scenarios = [
      scenario('Deploy a model', 'x'),
      scenario('Explore data', 'y'),
      scenario('Tune prompts', 'z'),
      scenario('Deploy a model', 'x', { article: 'a2' }),
    ];
    expect(scenariosForPair(scenarios, ['x', 'y']).map((entry) => `${entry.article}: ${entry.need}`)).toEqual([
      'a1: Deploy a model',
      'a1: Explore data',
    ]);
  });

  it('counts a role named as working alongside as named by the table', () => {
    const scenarios = [scenario('Deploy a model', 'x', { alsoRoles: ['y'], roleAsWritten: 'X (with Y)' })];
    expect(scenariosForPair(scenarios, ['x', 'y'])).toHaveLength(1);
  });
});

describe('buildChooseWhen', () => {
  const titles = new Map([['a1', 'Article one']]);

  it('merges needs that say the same thing and gives them to the role the articles recommend', () => {
    const choose = buildChooseWhen({
      pair: ['x', 'y'],
      scenarios: [
        scenario('Deploy a model', 'x', { reason: 'Engineering work' }),
        scenario('Need production systems', 'x', { table: { index: 2, rowLabel: null, columnHeader: null } }),
        scenario('Explore data', 'y'),
        scenario('Other table', 'y', { table: { index: 2, rowLabel: null, columnHeader: null } }),
      ],
      rows: [],
      titles,
      merge,
    });
    expect(choose.sides[0].needs).toHaveLength(1);
    expect(choose.sides[0].needs[0]).toMatchObject({
      id: 'production',
      label: 'Putting models into production',
      articles: 1,
    });
    expect(choose.sides[0].needs[0]?.quotes.map((quote) => [quote.need, quote.reason])).toEqual([
      ['Deploy a model', 'Engineering work'],
      ['Need production systems', null],
    ]);
    expect(choose.sides[0].needs[0]?.quotes[0]?.source).toMatchObject({
      href: '/articles/a1#who-to-hire',
      articleTitle: 'Article one',
    });
    expect(choose.sides[1].needs.map((need) => need.label).sort()).toEqual(['Explore data', 'Other table']);
    expect(choose.split).toEqual([]);
  });

  it('sets a need the articles give to both roles apart, attributed to neither', () => {
    const choose = buildChooseWhen({
      pair: ['x', 'y'],
      scenarios: [scenario('Deploy a model', 'x'), scenario('Production deployment', 'y'), scenario('Z', 'y')],
      rows: [],
      titles,
      merge,
    });
    expect(choose.split.map((need) => need.id)).toEqual(['production']);
    expect(choose.split[0]?.quotes.map((quotes) => quotes.map((quote) => quote.need))).toEqual([
      ['Deploy a model'],
      ['Production deployment'],
    ]);
    expect(choose.sides[0].needs).toEqual([]);
    expect(choose.sides.flatMap((side) => side.needs.map((need) => need.id))).not.toContain('production');
  });

  it('quotes rows about the work, grouped by table, and leaves others (pay, demand) out', () => {
    const source = { href: '/articles/a1#t', article: 'a1', articleTitle: 'Article one', section: 'T' };
    const rows: ComparedRow[] = [
      { criterion: 'Example Task', values: ['Deploy chatbot', 'Predict trends'], source },
      { criterion: 'Output Examples', values: ['A chatbot', 'A churn model'], source },
      { criterion: 'Growth Trend', values: ['Very High', 'High'], source },
    ];
    const choose = buildChooseWhen({ pair: ['x', 'y'], scenarios: [], rows, titles, merge });
    expect(choose.sides[1].work).toEqual([
      {
        source,
        rows: [
          { criterion: 'Example Task', text: 'Predict trends' },
          { criterion: 'Output Examples', text: 'A churn model' },
        ],
      },
    ]);
    expect(hasChoice(choose)).toBe(true);
    expect(hasNeeds(choose)).toBe(false);
    expect(hasChoice(buildChooseWhen({ pair: ['x', 'y'], scenarios: [], rows: rows.slice(2), titles, merge }))).toBe(
      false,
    );
  });
});
