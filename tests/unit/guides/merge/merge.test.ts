import { describe, expect, it } from 'vitest';
import { mergeStatements, type MergeContext } from '@/lib/guides/merge';
import { catalogOf, statement } from './vocabulary-fixture';

const vocabulary = catalogOf({
  responsibility: {
    groups: [
      { slug: 'operations', label: 'Operations' },
      { slug: 'data', label: 'Data' },
    ],
    themes: [
      {
        slug: 'deploying',
        label: 'Deploying models',
        group: 'operations',
        terms: [['deploy', 'deployment', 'production']],
      },
      { slug: 'cleaning', label: 'Cleaning data', group: 'data', terms: [['clean', 'preprocess']] },
      { slug: 'cloud-deploying', label: 'Deploying to the cloud', group: 'operations', terms: [['deploy'], ['cloud']] },
      { slug: 'monitoring', label: 'Monitoring models', group: 'operations', terms: [['monitor', 'production']] },
    ],
  },
  faq: {
    groups: [{ slug: 'role', label: 'The role' }],
    themes: [
      { slug: 'what-it-is', label: 'What does the role do?', group: 'role', exclusive: true, terms: [['role']] },
      { slug: 'pay', label: 'What does it pay?', group: 'role', terms: [['salary', 'earn']] },
      { slug: 'difference', label: 'How does it differ?', group: 'role', terms: [['difference']] },
    ],
  },
  'career-step': {
    groups: [{ slug: 'ladder', label: 'Ladder' }],
    themes: [{ slug: 'senior', label: 'Senior level', group: 'ladder', terms: [['senior']] }],
  },
});

const roles: Record<string, string> = {
  'AI Engineer': 'ai-engineer',
  'Data Scientist': 'data-scientist',
  'AI Architect': 'ai-architect',
};
const context: MergeContext = {
  vocabulary,
  stopRoleWords: Object.keys(roles),
  rolesIn: (text) => Object.entries(roles).flatMap(([name, slug]) => (text.includes(name) ? [slug] : [])),
  role: 'data-scientist',
};

describe('choosing a statement’s theme', () => {
  it('takes the most specific theme: more term groups win', () => {
    const [item] = mergeStatements([statement('Deploy models to the cloud')], 'responsibility', context);
    expect(item?.theme?.slug).toBe('cloud-deploying');
  });

  it('between equally specific themes, takes the one naming more distinct terms', () => {
    const [item] = mergeStatements([statement('Monitor models in production')], 'responsibility', context);
    expect(item?.theme?.slug).toBe('monitoring');
    expect(item?.matched).toEqual(['monitor', 'production']);
  });

  it('on a full tie, takes the theme listed first', () => {
    const [item] = mergeStatements([statement('Production systems')], 'responsibility', context);
    expect(item?.theme?.slug).toBe('deploying');
  });

  it('reads the detail only when the text matches no theme', () => {
    const items = mergeStatements(
      [statement('Deployment', 'a1', 'Clean the data first'), statement('Pipelines', 'a2', 'Preprocess the data')],
      'responsibility',
      context,
    );
    expect(items.map((item) => item.theme?.slug)).toEqual(['deploying', 'cleaning']);
  });

  it('never reads an FAQ’s answer to decide what the question asks', () => {
    const [item] = mergeStatements(
      [statement('Can you work from home?', 'a1', 'Yes, and the salary is the same')],
      'faq',
      context,
    );
    expect(item?.theme).toBeNull();
  });

  it('matches whole stems, never parts of words', () => {
    const [item] = mergeStatements([statement('Unclean production-like roleplay')], 'faq', context);
    expect(item?.theme).toBeNull();
  });

  it('matches an exclusive theme only when nothing else is asked, or nothing is left but the role', () => {
    const items = mergeStatements(
      [
        statement('What is the role of a Data Scientist?', 'a1'),
        statement('What is a Data Scientist?', 'a2'),
        statement('What is the role of statistics?', 'a3'),
      ],
      'faq',
      context,
    );
    expect(items.map((item) => [item.theme?.slug ?? null, item.articles])).toEqual([
      ['what-it-is', ['a1', 'a2']],
      [null, ['a3']],
    ]);
  });
});

describe('merge keys', () => {
  it('keeps questions naming different other roles apart, and leaves the page’s own role out of the key', () => {
    const items = mergeStatements(
      [
        statement('What is the difference between an AI Engineer and a Data Scientist?', 'a1'),
        statement('What is the difference between an AI Architect and a Data Scientist?', 'a2'),
        statement('What’s the difference between an AI Engineer and a Data Scientist?', 'a3'),
      ],
      'faq',
      context,
    );
    expect(items.map((item) => [item.id, item.otherRoles, item.articles])).toEqual([
      ['difference--ai-engineer', ['ai-engineer'], ['a1', 'a3']],
      ['difference--ai-architect', ['ai-architect'], ['a2']],
    ]);
  });

  it('keys a career step by the role it names, whatever its description says', () => {
    const items = mergeStatements(
      [
        statement('AI Engineer', 'a1', 'A senior role'),
        statement('AI Architect', 'a2', 'A senior role'),
        statement('Senior Data Scientist', 'a3'),
      ],
      'career-step',
      context,
    );
    expect(items.map((item) => [item.theme?.slug ?? null, item.otherRoles])).toEqual([
      ['senior', []],
      [null, ['ai-architect']],
      [null, ['ai-engineer']],
    ]);
  });

  it('does not key other kinds by roles', () => {
    const items = mergeStatements(
      [statement('Deploy models for the AI Engineer', 'a1'), statement('Deploy models for the AI Architect', 'a2')],
      'responsibility',
      context,
    );
    expect(items).toHaveLength(1);
    expect(items[0]?.otherRoles).toEqual([]);
  });

  it('merges unthemed statements only when their normalised words are the same set', () => {
    const items = mergeStatements(
      [
        statement('Write unit tests', 'a1'),
        statement('Writing the unit tests', 'a2'),
        statement('Unit tests: write them', 'a3'),
        statement('Write integration tests', 'a4'),
      ],
      'responsibility',
      context,
    );
    expect(items.map((item) => item.articles)).toEqual([['a1', 'a2', 'a3'], ['a4']]);
    expect(items[0]?.theme).toBeNull();
    expect(items[0]?.label).toBe('Write unit tests');
    expect(items[0]?.matched).toEqual(['write', 'unit', 'tests']);
  });
});

describe('merged items', () => {
  const input = [
    statement('Clean data', 'a1'),
    statement('Deploy models', 'a1'),
    statement('Preprocess data', 'a1'),
    statement('Deploy to production', 'a2'),
    statement('Write docs', 'a2'),
    statement('Monitor models', 'a3'),
    statement('Add alerts', 'a3'),
  ];
  const items = mergeStatements(input, 'responsibility', context);

  it('ranks by distinct articles, then statements, then vocabulary order, then label', () => {
    expect(items.map((item) => item.label)).toEqual([
      'Deploying models', // 2 articles
      'Cleaning data', // 1 article, 2 statements
      'Monitoring models', // 1 statement, themed
      'Add alerts', // unthemed, by text
      'Write docs',
    ]);
  });

  it('returns every statement once, as the same object, in input order within an item', () => {
    expect(items.flatMap((item) => item.statements)).toHaveLength(input.length);
    expect(new Set(items.flatMap((item) => item.statements))).toEqual(new Set(input));
    expect(items[1]?.statements).toEqual([input[0], input[2]]);
    expect(items[1]?.statements[0]).toBe(input[0]);
  });

  it('gives ids that are stable, distinct and usable as HTML ids', () => {
    const again = mergeStatements([...input].reverse(), 'responsibility', context);
    expect(new Set(again.map((item) => item.id))).toEqual(new Set(items.map((item) => item.id)));
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    for (const item of items) expect(item.id).toMatch(/^[a-z][a-z0-9-]*$/);
    expect(items[0]?.id).toBe('deploying');
  });

  it('says which articles and which terms put the statements together', () => {
    expect(items[0]?.articles).toEqual(['a1', 'a2']);
    expect(items[0]?.matched).toEqual(['deploy', 'production']);
    expect(items[0]?.theme).toEqual({
      slug: 'deploying',
      label: 'Deploying models',
      group: { slug: 'operations', label: 'Operations' },
    });
  });
});
