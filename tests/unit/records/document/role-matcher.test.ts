import { describe, expect, it } from 'vitest';
import { createRoleMatcher } from '@/lib/records/document/role-matcher';

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
