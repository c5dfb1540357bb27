import { describe, expect, it } from 'vitest';
import type { HiringScenario } from '@/lib/content/schema';
import { buildNeedGroups, needCoverage, readNeedParams, recommend, type NeedGroup } from '@/lib/guides/hire';
import { catalogOf } from './merge/vocabulary-fixture';
import { merge, records, titles } from './records-fixture';

const HIRING = 'hiring-ai-engineers-vs-data-scientists-what-you-need-to-know';

describe('the hiring helper on the published records', () => {
  const groups = buildNeedGroups(records.hiringScenarios, titles, merge);
  const options = groups.flatMap((group) => group.options);

  it('offers the merged needs grouped by theme, not by article heading, each statement in exactly one', () => {
    expect(groups.map((group) => group.title)).toEqual([
      'Building and running AI',
      'Understanding data and the business',
    ]);
    expect(options.length).toBeLessThan(records.hiringScenarios.length);
    const needs = options.flatMap((option) => option.statements.map((statement) => statement.need));
    expect(needs.sort()).toEqual(records.hiringScenarios.map((scenario) => scenario.need).sort());
    const production = options.find((option) => option.id === 'models-in-production');
    expect(production?.statements.map((statement) => statement.need)).toEqual(
      expect.arrayContaining([
        'Need to deploy AI into a scalable product',
        'Need real-time model deployment',
        // The FAQ's "Hire an AI Engineer if your goal is to ..." joins the tables' rows.
        'deploy and scale AI solutions in production environments',
      ]),
    );
    expect(production?.roles).toEqual([{ slug: 'ai-engineer', statements: 7, articles: 1 }]);
  });

  it('recommends the AI Engineer for putting models into production, with every reason and source', () => {
    const result = recommend(groups, records.roles, ['models-in-production']);
    expect(result.leaders.map((score) => score.role.slug)).toEqual(['ai-engineer']);
    const [support] = result.leaders[0]?.needs ?? [];
    expect(support?.statements).toHaveLength(7);
    const faq = support?.statements.find((statement) => statement.need.startsWith('deploy and scale'));
    expect(faq?.reason).toBeNull();
    expect(faq?.source.href).toBe(`/articles/${HIRING}#which-role-should-i-hire-for-building-ai-powered-applications`);
    const fraud = support?.statements.find((statement) => statement.need.startsWith('Deploying a real-time fraud'));
    expect(fraud?.reason).toBe('Requires optimized, scalable model in production with low latency');
    expect(fraud?.source.href).toBe(`/articles/${HIRING}#use-case-based-role-matching`);
    // The article weighed it against the Data Scientist: the answer links that comparison.
    expect(result.comparisons.map((pair) => pair.slug)).toEqual(['ai-engineer-vs-data-scientist']);
  });

  it('counts the needs behind each role: the leader, and those that point elsewhere', () => {
    const result = recommend(groups, records.roles, ['models-in-production', 'optimising-models', 'forecasting']);
    expect(result.ranking.map((score) => [score.role.slug, score.score])).toEqual([
      ['ai-engineer', 2],
      ['data-scientist', 1],
    ]);
    expect(result.leaders.map((score) => score.role.slug)).toEqual(['ai-engineer']);
  });

  it('reports equal scores as a tie, not a winner', () => {
    const result = recommend(groups, records.roles, ['models-in-production', 'forecasting']);
    expect(result.leaders.map((score) => score.role.slug).sort()).toEqual(['ai-engineer', 'data-scientist']);
  });

  it('credits the partner of a shared recommendation without scoring it', () => {
    const result = recommend(groups, records.roles, ['recommendation-engines']);
    expect(result.leaders.map((score) => score.role.slug)).toEqual(['ai-engineer']);
    const partner = result.ranking.find((score) => score.role.slug === 'data-scientist');
    expect(partner?.score).toBe(0);
    expect(partner?.alongside.map((option) => option.id)).toEqual(['recommendation-engines']);
  });

  it('still answers the addresses of needs as they were before merging', () => {
    const result = recommend(groups, records.roles, [
      'need-to-deploy-ai-into-a-scalable-product',
      'deploying-a-real-time-fraud-detection-system',
    ]);
    expect(result.picked.map((option) => option.id)).toEqual(['models-in-production']);
    expect(result.unknown).toEqual([]);
  });

  it('says which articles and roles the needs rest on', () => {
    expect(needCoverage(groups)).toEqual({ articles: 1, roles: ['ai-engineer', 'data-scientist'] });
  });

  it('ignores unknown and malformed query values', () => {
    expect(readNeedParams(undefined)).toEqual([]);
    expect(readNeedParams(['a', 'a', '', 3])).toEqual(['a']);
    const result = recommend(groups, records.roles, ['not-a-need']);
    expect(result.unknown).toEqual(['not-a-need']);
    expect(result.leaders).toEqual([]);
  });
});

describe('recommend, on hand-made needs', () => {
  const vocabulary = catalogOf({
    'hiring-need': {
      groups: [{ slug: 'building', label: 'Building' }],
      themes: [{ slug: 'production', label: 'Production', group: 'building', terms: [['deploy']] }],
    },
  });
  const roles = ['x', 'y', 'z'].map((slug) => ({ slug, name: slug.toUpperCase() }));
  function scenario(need: string, role: string, article = 'a1'): HiringScenario {
    return {
      article,
      section: null,
      sectionId: null,
      need,
      role,
      roleAsWritten: role,
      reason: null,
      alsoRoles: [],
      from: 'recommendation',
      table: { index: 1, rowLabel: null, columnHeader: null },
    };
  }
  const build = (scenarios: HiringScenario[]): NeedGroup[] =>
    buildNeedGroups(scenarios, new Map(), { vocabulary, stopRoleWords: [] });

  it('never recommends a role no article recommends for the picked need', () => {
    const groups = build([scenario('Deploy models', 'x'), scenario('Write reports', 'y')]);
    const result = recommend(groups, roles, ['production']);
    expect(result.ranking.map((score) => score.role.slug)).toEqual(['x']);
    // The article named Y in the same table: the answer offers that comparison, not a recommendation.
    expect(result.comparisons.map((pair) => pair.slug)).toEqual(['x-vs-y']);
    expect(result.ranking.some((score) => score.role.slug === 'z')).toBe(false);
  });

  it('counts a need the articles give to two roles for each, and says it is split', () => {
    const groups = build([scenario('Deploy models', 'x'), scenario('Deploy services', 'y', 'a2')]);
    const result = recommend(groups, roles, ['production']);
    expect(result.leaders.map((score) => score.role.slug)).toEqual(['x', 'y']);
    expect(result.split.map((option) => option.id)).toEqual(['production']);
    expect(result.leaders[0]?.needs[0]?.statements.map((statement) => statement.need)).toEqual(['Deploy models']);
  });

  it('picks nothing, and recommends nothing, for no ticks', () => {
    const result = recommend(build([scenario('Deploy models', 'x')]), roles, []);
    expect(result).toMatchObject({ picked: [], leaders: [], ranking: [], comparisons: [] });
  });
});
