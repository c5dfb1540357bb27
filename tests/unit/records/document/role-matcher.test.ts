import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRoleMatcher } from '@/lib/records/document/role-matcher';
import { loadRoles } from '@/lib/records/load-catalog';

const match = createRoleMatcher([
  { slug: 'ai-engineer', name: 'AI Engineer', aliases: ['AI/ML Engineer'] },
  { slug: 'ml-engineer', name: 'Machine Learning Engineer', aliases: ['ML Engineer'] },
  { slug: 'data-scientist', name: 'Data Scientist', aliases: [] },
]);

describe('createRoleMatcher', () => {
  it('finds names and aliases case-insensitively, in plural, as written', () => {
    expect(match('Hiring AI engineers vs data scientists').map((m) => [m.role, m.asWritten])).toEqual([
      ['ai-engineer', 'AI engineers'],
      ['data-scientist', 'data scientists'],
    ]);
    expect(match('an AI/ML engineer')[0]?.role).toBe('ai-engineer');
  });

  it('prefers the longest name and matches whole words only', () => {
    expect(match('Senior ML Engineer').map((m) => m.role)).toEqual(['ml-engineer']);
    expect(match('AI Engineering teams and AI Engineers')).toHaveLength(1);
    expect(match('Machine-Learning Engineer')[0]?.role).toBe('ml-engineer');
  });

  it('never joins words across a line break (one block or table row per line)', () => {
    expect(match('Head of AI\nEngineer interviews')).toEqual([]);
    expect(match('AI\u2013Engineer')[0]?.role).toBe('ai-engineer');
  });
});

describe('the role catalogue', () => {
  const roles = loadRoles(path.resolve(import.meta.dirname, '../../../../content/roles')).items;
  const matchCatalogue = createRoleMatcher(roles);

  it.each([
    ['Natural Language Processing Engineers build chatbots', 'nlp-engineer'],
    ['a GenAI Engineer in London', 'llm-engineer'],
    ['Large Language Model Engineer salaries', 'llm-engineer'],
    ['Machine Learning Operations Engineer', 'mlops-engineer'],
    ['ML researchers at top labs', 'ai-researcher'],
    ['AI Model Trainers on contract platforms', 'ai-trainer'],
  ])('knows the job title in "%s"', (text, role) => {
    expect(matchCatalogue(text).map((mention) => mention.role)).toEqual([role]);
  });
});
