import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content/load-articles';
import { readArticleDocument, type ArticleDocument } from '@/lib/records/document/article-document';
import { extractHiringScenarios } from '@/lib/records/tables/extract-hiring-scenarios';
import { loadRoles } from '@/lib/records/load-catalog';
import { createRoleMatcher } from '@/lib/records/document/role-matcher';

const CONTENT = path.resolve(import.meta.dirname, '../../../../content');
const HIRING = 'hiring-ai-engineers-vs-data-scientists-what-you-need-to-know';

describe('extractHiringScenarios on the real articles', () => {
  const { articles } = loadArticles(path.join(CONTENT, 'articles'));
  const matchRoles = createRoleMatcher(loadRoles(path.join(CONTENT, 'roles')).items);
  const docs = articles.map((article) => readArticleDocument(article.slug, article.title, article.body));
  const hiring = docs.find((doc) => doc.slug === HIRING);
  if (!hiring) throw new Error(`missing article ${HIRING}`);
  const scenarios = extractHiringScenarios(hiring, matchRoles);

  function tableUnder(doc: ArticleDocument, heading: string) {
    const table = doc.tables.find((candidate) => candidate.section.heading === heading);
    if (!table) throw new Error(`no table under "${heading}"`);
    return table;
  }

  it.each([
    'When to Hire Which Role: A Quick Reference',
    'Use Case-Based Role Matching',
    'Hiring Scenarios and Recommendations',
  ])('captures every row of "%s" with the role its second column names', (heading) => {
    const table = tableUnder(hiring, heading);
    const found = scenarios.filter((scenario) => scenario.table.index === table.index);
    expect(found.map((scenario) => scenario.need)).toEqual(table.rows.map((row) => row[0]));
    for (const [i, scenario] of found.entries()) {
      expect(scenario.role).toBe(matchRoles(table.rows[i]?.[1] ?? '')[0]?.role);
      expect(scenario.roleAsWritten).toBe(table.rows[i]?.[1]);
      expect(scenario.from).toBe('recommendation');
      expect(scenario.sectionId).toBe(table.section.id);
    }
  });

  it('reads the article quick reference as written', () => {
    const deploy = scenarios.find((scenario) => scenario.need === 'Need to deploy AI into a scalable product');
    expect(deploy?.role).toBe('ai-engineer');
    const forecast = scenarios.find(
      (scenario) => scenario.need === 'Forecasting sales, user behavior, or marketing ROI',
    );
    expect(forecast?.role).toBe('data-scientist');
    expect(forecast?.reason).toBeNull();
  });

  it('keeps the justification cell as the reason', () => {
    const table = tableUnder(hiring, 'Use Case-Based Role Matching');
    for (const row of table.rows) {
      expect(scenarios.find((scenario) => scenario.need === row[0])?.reason).toBe(row[2]);
    }
  });

  it('reads "AI Engineer (with DS)" as the AI Engineer working with the Data Scientist', () => {
    const engine = scenarios.find((scenario) => scenario.roleAsWritten === 'AI Engineer (with DS)');
    expect(engine?.role).toBe('ai-engineer');
    expect(engine?.alsoRoles).toEqual(['data-scientist']);
  });

  it.each(['Role Fit Decision Matrix', 'Mistake #1: Confusing the Roles of AI Engineers and Data Scientists'])(
    'turns each ✔ of "%s" into a scenario for the ticked column only',
    (heading) => {
      const table = tableUnder(hiring, heading);
      const found = scenarios.filter((scenario) => scenario.table.index === table.index);
      const expected = table.rows.flatMap((row) =>
        table.header.flatMap((header, column) =>
          column > 0 && /^✔/.test(row[column] ?? '') ? [{ need: row[0], role: matchRoles(header)[0]?.role }] : [],
        ),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(found.map(({ need, role }) => ({ need, role }))).toEqual(expected);
      expect(found.every((scenario) => scenario.from === 'tick' && scenario.reason === null)).toBe(true);
    },
  );

  it('ignores task and skill matrices, rubrics and career ladders', () => {
    for (const heading of [
      'Sample Daily Tasks: AI Engineer vs. Data Scientist',
      'Skill Evaluation Matrix',
      'Sample Evaluation Rubric',
    ]) {
      const table = tableUnder(hiring, heading);
      expect(scenarios.filter((scenario) => scenario.table.index === table.index)).toEqual([]);
    }
    const others = docs.filter((doc) => doc.slug !== HIRING).flatMap((doc) => extractHiringScenarios(doc, matchRoles));
    // No other article has a need-to-role table; "Stage | Role Example" is a career ladder.
    expect(others).toEqual([]);
  });
});
