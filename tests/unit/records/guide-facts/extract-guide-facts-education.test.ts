import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content/load-articles';
import type { GuideFact } from '@/lib/content/schema';
import { readArticleDocument } from '@/lib/records/document/article-document';
import { extractGuideFacts } from '@/lib/records/guide-facts/extract-guide-facts';
import { loadRoles } from '@/lib/records/load-catalog';
import { createRoleMatcher } from '@/lib/records/document/role-matcher';
import { brief, facts } from './guide-facts-fixtures';

describe('education facts', () => {
  it('reads degree sentences, degree labels over their items and degree table rows', () => {
    const result = facts([
      '## Educational Background',
      '',
      'Most AI Engineers have a bachelor’s degree in computer science. They like their work.',
      '',
      '- **Master’s Degree** (for advanced positions):',
      '  - Specializing in machine learning.',
      '  - Research projects.',
      '',
      '| Area | AI Engineer | Data Scientist |',
      '| - | - | - |',
      '| Typical Degrees | Computer Science, Robotics | Statistics, Economics |',
      '| Tools | PyTorch | pandas |',
    ]);
    expect(brief(result, 'education')).toEqual([
      { role: 'ai-engineer', text: 'Most AI Engineers have a bachelor’s degree in computer science.', detail: null },
      {
        role: 'ai-engineer',
        text: 'Master’s Degree (for advanced positions)',
        detail: 'Specializing in machine learning. Research projects.',
      },
      { role: 'ai-engineer', text: 'Typical Degrees: Computer Science, Robotics', detail: null },
      { role: 'data-scientist', text: 'Typical Degrees: Statistics, Economics', detail: null },
    ]);
  });

  it('leaves out degrees mentioned as hiring advice, questions and industries', () => {
    const result = facts([
      '## Common Hiring Mistakes',
      '',
      '- Focusing too much on PhDs without testing hands-on abilities.',
      '',
      '## People Also Ask',
      '',
      'Do I need a PhD to become an AI Engineer?',
      '',
      '## Applications',
      '',
      '| Industry | Use |',
      '| - | - |',
      '| Education | Adaptive learning platforms |',
    ]);
    expect(brief(result, 'education')).toEqual([]);
  });
});

describe('education facts in the real articles', () => {
  const { articles } = loadArticles(path.resolve(import.meta.dirname, '../../../../content/articles'));
  const matchRoles = createRoleMatcher(loadRoles(path.resolve(import.meta.dirname, '../../../../content/roles')).items);

  function educationOf(slug: string): GuideFact[] {
    const article = articles.find((candidate) => candidate.slug === slug);
    if (!article) throw new Error(`missing article ${slug}`);
    const primary = [...new Set(matchRoles(article.title).map((mention) => mention.role))];
    return extractGuideFacts(
      readArticleDocument(article.slug, article.title, article.body),
      matchRoles,
      primary,
    ).filter((fact) => fact.kind === 'education');
  }

  it('finds the AI Trainer’s degrees in its education section, with the items under each degree', () => {
    const result = educationOf('the-ai-trainer-career-an-in-depth-industry-analysis');
    expect(result.every((fact) => fact.role === 'ai-trainer')).toBe(true);
    const masters = result.find((fact) => fact.text === 'Master’s Degree (for advanced positions)');
    expect(masters?.section).toMatch(/^Educational Background/);
    expect(masters?.detail).toMatch(/^Specializing in AI, machine learning, or data analytics/);
    expect(result.map((fact) => fact.text)).toContain(
      'Typically, a degree in computer science, data science, or a related field is required.',
    );
  });

  it('splits the hiring guide’s degree row between the two roles it compares', () => {
    const result = educationOf('hiring-ai-engineers-vs-data-scientists-what-you-need-to-know');
    expect(result.map(({ role, text }) => ({ role, text }))).toEqual([
      { role: 'ai-engineer', text: 'Typical Degrees: Computer Science, AI, Robotics, Software Eng.' },
      { role: 'data-scientist', text: 'Typical Degrees: Statistics, Data Science, Math, Economics' },
    ]);
  });

  it('reads the AI Engineer degree answers and no industry named Education', () => {
    const result = educationOf('career-as-an-ai-engineer-a-comprehensive-report');
    expect(result.map((fact) => fact.text)).toContain(
      'Most AI Engineers have a bachelor’s degree in computer science, data science, or engineering.',
    );
    expect(result.some((fact) => fact.text.startsWith('Education:'))).toBe(false);
  });

  it('finds nothing in the hiring-strategy article that only argues about degree requirements', () => {
    expect(educationOf('solving-the-ai-talent-shortage-innovative-strategies-for-hiring-ai-experts')).toEqual([]);
  });
});
