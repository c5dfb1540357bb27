import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content/load-articles';
import { readArticleDocument } from '@/lib/records/document/article-document';
import { extractComparisonRows } from '@/lib/records/tables/extract-comparison-rows';
import { loadRoles } from '@/lib/records/load-catalog';
import { createRoleMatcher } from '@/lib/records/document/role-matcher';

const CONTENT = path.resolve(import.meta.dirname, '../../../../content');
const HIRING = 'hiring-ai-engineers-vs-data-scientists-what-you-need-to-know';
const roles = loadRoles(path.join(CONTENT, 'roles')).items;
const matchRoles = createRoleMatcher(roles);

describe('extractComparisonRows on the real articles', () => {
  const { articles } = loadArticles(path.join(CONTENT, 'articles'));
  const docs = articles.map((article) => readArticleDocument(article.slug, article.title, article.body));
  const hiring = docs.find((doc) => doc.slug === HIRING);
  if (!hiring) throw new Error(`missing article ${HIRING}`);
  const rows = extractComparisonRows(hiring, matchRoles);
  const tableUnder = (heading: string) => hiring.tables.find((table) => table.section.heading === heading);

  it.each([
    'Comparison Table: AI Engineer vs. Data Scientist',
    'Tool Stack Comparison Chart',
    'Educational Background and Certification Trends (2025)',
  ])('reads every row of "%s" side by side, cells as written', (heading) => {
    const table = tableUnder(heading);
    if (!table) throw new Error(`no table under "${heading}"`);
    const found = rows.filter((row) => row.table.index === table.index);
    expect(found.map((row) => row.criterion)).toEqual(table.rows.map((row) => row[0]));
    for (const [i, row] of found.entries()) {
      expect(row.values).toEqual([
        { role: 'ai-engineer', asWritten: 'AI Engineer', text: table.rows[i]?.[1] },
        { role: 'data-scientist', asWritten: 'Data Scientist', text: table.rows[i]?.[2] },
      ]);
      expect(row.table.orientation).toBe('columns');
    }
  });

  it('does not read tick matrices, rubrics or pay tables as comparisons', () => {
    for (const heading of [
      'Sample Daily Tasks: AI Engineer vs. Data Scientist',
      'Role Fit Decision Matrix',
      'Sample Evaluation Rubric',
      'Compensation Comparison Table',
      'Use Case-Based Role Matching',
    ]) {
      const table = tableUnder(heading);
      expect(table, heading).toBeDefined();
      expect(
        rows.filter((row) => row.table.index === table?.index),
        heading,
      ).toEqual([]);
    }
  });

  it('reads tables with a role per row column by column, leaving pay columns to the salary figures', () => {
    const doc = docs.find((candidate) => candidate.slug === 'ai-engineer-roles-and-responsibilities');
    const found = doc ? extractComparisonRows(doc, matchRoles) : [];
    const focus = found.find((row) => row.criterion === 'Primary Focus');
    expect(focus?.table.orientation).toBe('rows');
    expect(focus?.values.find((value) => value.role === 'ai-engineer')?.text).toBe('Build & Deploy AI systems');
    expect(found.some((row) => /salary/i.test(row.criterion))).toBe(false);
  });

  it('never compares a role with itself and only names known roles', () => {
    const known = new Set(roles.map((role) => role.slug));
    for (const row of docs.flatMap((doc) => extractComparisonRows(doc, matchRoles))) {
      expect(new Set(row.values.map((value) => value.role)).size).toBe(row.values.length);
      expect(row.values.every((value) => known.has(value.role))).toBe(true);
    }
  });
});

describe('extractComparisonRows on small tables', () => {
  const read = (markdown: string) => extractComparisonRows(readArticleDocument('t', 'T', markdown), matchRoles);

  it('skips the people a role works with', () => {
    expect(
      read(
        '## Collaborative Interfaces\n\n| Role | Objective |\n| - | - |\n| Data Scientists | Validate |\n| Data Engineers | Pipelines |\n',
      ),
    ).toEqual([]);
  });

  it('skips rows whose label is more than a role name', () => {
    expect(
      read(
        '## Roles\n\n| Role | Focus |\n| - | - |\n| Senior AI Trainer | Lead |\n| AI Trainer (Entry-Level) | Label |\n',
      ),
    ).toEqual([]);
  });

  it('keeps "Yes (...)" cells, which say more than a tick', () => {
    const found = read(
      '## Interviews\n\n| Component | AI Engineer | Data Scientist |\n| - | - | - |\n| Coding | Yes (Python) | Yes (EDA) |\n',
    );
    expect(found.map((row) => row.values.map((value) => value.text))).toEqual([['Yes (Python)', 'Yes (EDA)']]);
  });
});
