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
    const found = scenarios.filter((scenario) => scenario.table?.index === table.index);
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
      const found = scenarios.filter((scenario) => scenario.table?.index === table.index);
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
      expect(scenarios.filter((scenario) => scenario.table?.index === table.index)).toEqual([]);
    }
    const others = docs.filter((doc) => doc.slug !== HIRING).flatMap((doc) => extractHiringScenarios(doc, matchRoles));
    // No other article has a need-to-role table or a hiring sentence; "Stage | Role Example" is a career ladder.
    expect(others).toEqual([]);
  });

  it('reads the FAQ answers that say whom to hire, with the need as written', () => {
    const sentences = scenarios.filter((scenario) => scenario.from === 'sentence');
    expect(sentences).toEqual([
      {
        article: HIRING,
        section: 'Which role should I hire for building AI-powered applications?',
        sectionId: 'which-role-should-i-hire-for-building-ai-powered-applications',
        need: 'deploy and scale AI solutions in production environments',
        role: 'ai-engineer',
        roleAsWritten: 'AI Engineer',
        reason: null,
        alsoRoles: [],
        from: 'sentence',
        table: null,
      },
      expect.objectContaining({
        section: 'When should I hire a Data Scientist instead of an AI Engineer?',
        need: 'analyze large datasets, uncover patterns, and drive business decisions through insights',
        role: 'data-scientist',
      }),
    ]);
    const body = articles.find((article) => article.slug === HIRING)?.body ?? '';
    for (const scenario of sentences) expect(body).toContain(scenario.need);
  });
});

describe('extractHiringScenarios: sentences', () => {
  const matchRoles = createRoleMatcher([
    { slug: 'ai-engineer', name: 'AI Engineer', aliases: [] },
    { slug: 'data-scientist', name: 'Data Scientist', aliases: [] },
  ]);
  const read = (markdown: string) =>
    extractHiringScenarios(readArticleDocument('fixture', 'Hiring guide', markdown), matchRoles).map(
      ({ need, role, from }) => ({ need, role, from }),
    );

  it('reads each clause of a sentence that weighs two roles', () => {
    expect(
      read(
        'Choose a Data Scientist when you need to forecast customer churn; choose an AI Engineer if your team needs to ship models to production.',
      ),
    ).toEqual([
      { need: 'forecast customer churn', role: 'data-scientist', from: 'sentence' },
      { need: 'ship models to production', role: 'ai-engineer', from: 'sentence' },
    ]);
  });

  it('keeps the reason a sentence gives for its pick', () => {
    const [scenario] = extractHiringScenarios(
      readArticleDocument(
        'fixture',
        'Hiring guide',
        'Hire an AI Engineer when you need real-time fraud detection, because they build low-latency production systems.',
      ),
      matchRoles,
    );
    expect(scenario).toMatchObject({
      need: 'real-time fraud detection',
      role: 'ai-engineer',
      reason: 'they build low-latency production systems',
    });
    expect(read('Hire a Data Scientist when you need churn forecasts.')).toEqual([
      { need: 'churn forecasts', role: 'data-scientist', from: 'sentence' },
    ]);
  });

  it('reads list items and "you should" instructions', () => {
    expect(read('- You should hire an AI Engineer when latency and scale matter most.')).toEqual([
      { need: 'latency and scale matter most', role: 'ai-engineer', from: 'sentence' },
    ]);
  });

  it('reads the list under a heading that names the role to hire, item by item', () => {
    expect(
      read(
        [
          '## When to hire an AI Engineer',
          '',
          '- You need real-time predictions in production',
          '- Your models keep breaking after deployment',
          '  - for example, after each data refresh',
          '',
          '### Red flags',
          '',
          '- No one owns the data pipeline',
          '',
          '## When to hire an AI Engineer or a Data Scientist',
          '',
          '- Both roles can build a first prototype',
          '',
          '## 3. Hire a Data Scientist if:',
          '',
          '1. Your questions outnumber your answers',
          '',
          '## Hire a Data Scientist early',
          '',
          '- Data quality matters from day one',
        ].join('\n'),
      ),
    ).toEqual([
      { need: 'real-time predictions in production', role: 'ai-engineer', from: 'list' },
      { need: 'Your models keep breaking after deployment', role: 'ai-engineer', from: 'list' },
      { need: 'Your questions outnumber your answers', role: 'data-scientist', from: 'list' },
    ]);
  });

  it('leaves out sentences that do not tell the reader whom to hire for a need', () => {
    expect(
      read(
        [
          'Companies often hire AI Engineers when budgets allow.',
          '',
          'Hire an AI Engineer.',
          '',
          'Choose the right Data Scientist when hiring for analytics.',
          '',
          '## When should I hire a Data Scientist?',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});
