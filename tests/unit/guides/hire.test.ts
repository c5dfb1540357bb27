import { describe, expect, it } from 'vitest';
import { buildNeedGroups, readNeedParams, recommend } from '@/lib/guides/hire';
import { records, titles } from './records-fixture';

describe('the hiring helper', () => {
  const groups = buildNeedGroups(records, titles);
  const idOf = (label: string) =>
    groups.flatMap((group) => group.options).find((option) => option.label === label)?.id ?? 'missing';

  it('offers every need of the articles’ scenario tables, grouped by table', () => {
    const labels = new Set(groups.flatMap((group) => group.options.map((option) => option.label)));
    for (const scenario of records.hiringScenarios) expect(labels).toContain(scenario.need);
    expect(groups.map((group) => group.title)).toContain('Use Case-Based Role Matching');
  });

  it('recommends the AI Engineer for deploying AI into a scalable product', () => {
    const result = recommend(groups, records.roles, [idOf('Need to deploy AI into a scalable product')]);
    expect(result.leaders.map((score) => score.role.slug)).toEqual(['ai-engineer']);
    expect(result.leaders[0]?.reasons[0]?.match.source.href).toMatch(/#when-to-hire-which-role-a-quick-reference$/);
  });

  it('quotes the justification cell as the reason', () => {
    const result = recommend(groups, records.roles, [idOf('Running A/B tests on marketing campaigns')]);
    expect(result.leaders[0]?.role.slug).toBe('data-scientist');
    expect(result.leaders[0]?.reasons[0]?.match.reason).toBe(
      'Involves statistical analysis and interpretation of user behavior',
    );
  });

  it('reports equal scores as a tie, not a winner', () => {
    const result = recommend(groups, records.roles, [
      idOf('Need to deploy AI into a scalable product'),
      idOf('Need to interpret consumer data for strategic goals'),
    ]);
    expect(result.leaders.map((score) => score.role.slug).sort()).toEqual(['ai-engineer', 'data-scientist']);
  });

  it('credits the partner of a shared recommendation without scoring it', () => {
    const result = recommend(groups, records.roles, [idOf('Creating a recommendation engine for e-commerce')]);
    expect(result.leaders.map((score) => score.role.slug)).toEqual(['ai-engineer']);
    const partner = result.ranking.find((score) => score.role.slug === 'data-scientist');
    expect(partner?.score).toBe(0);
    expect(partner?.alongside).toEqual(['Creating a recommendation engine for e-commerce']);
  });

  it('ignores unknown and malformed query values', () => {
    expect(readNeedParams(undefined)).toEqual([]);
    expect(readNeedParams(['a', 'a', '', 3])).toEqual(['a']);
    const result = recommend(groups, records.roles, ['not-a-need']);
    expect(result.unknown).toEqual(['not-a-need']);
    expect(result.leaders).toEqual([]);
  });
});
