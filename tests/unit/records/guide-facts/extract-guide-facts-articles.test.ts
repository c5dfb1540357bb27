import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content/load-articles';
import type { GuideFact } from '@/lib/content/schema';
import { readArticleDocument } from '@/lib/records/document/article-document';
import { extractGuideFacts } from '@/lib/records/guide-facts/extract-guide-facts';
import { loadRoles } from '@/lib/records/load-catalog';
import { createRoleMatcher } from '@/lib/records/document/role-matcher';

describe('extractGuideFacts on the real articles', () => {
  const { articles } = loadArticles(path.resolve(import.meta.dirname, '../../../../content/articles'));
  // The published roles, so these facts are the ones the site shows.
  const matchRoles = createRoleMatcher(loadRoles(path.resolve(import.meta.dirname, '../../../../content/roles')).items);

  function factsOf(slug: string): GuideFact[] {
    const article = articles.find((candidate) => candidate.slug === slug);
    if (!article) throw new Error(`missing article ${slug}`);
    const primary = [...new Set(matchRoles(article.title).map((mention) => mention.role))];
    return extractGuideFacts(readArticleDocument(article.slug, article.title, article.body), matchRoles, primary);
  }

  it('answers the AI Architect salary question from its People Also Ask section', () => {
    const faq = factsOf('the-ai-architect-in-2025-a-comprehensive-career-and-market-analysis').find(
      (fact) => fact.kind === 'faq' && fact.text === 'What is the average salary of an AI Architect in 2025?',
    );
    expect(faq?.role).toBe('ai-architect');
    expect(faq?.detail).toMatch(/^In the U\.S\., average salaries range from \$130,000 to \$260,000/);
  });

  it('lists the AI Engineer career path of the 2025 report in order', () => {
    const steps = factsOf('the-2025-ai-engineer-career-report-a-data-driven-analysis').filter(
      (fact) => fact.kind === 'career-step' && fact.role === 'ai-engineer',
    );
    expect(steps.map((step) => step.text)).toEqual([
      'Junior AI Engineer',
      'AI Engineer',
      'Senior AI Engineer',
      'AI Team Lead',
      'AI Director',
    ]);
    expect(steps[0]?.detail).toMatch(/^Focused on developing foundational AI models/);
  });

  it('finds the core duties of the text article and no facts in its table of contents or salary lists', () => {
    const result = factsOf('ai-engineer-roles-and-responsibilities');
    const duties = result.filter((fact) => fact.kind === 'responsibility').map((fact) => fact.text);
    expect(duties).toContain('Developing and managing training pipelines');
    expect(duties).toContain('Monitoring live AI to verify accuracy.');
    expect(duties.some((text) => text.includes('$'))).toBe(false);
  });

  it('attributes the hiring guide’s interview questions to the role each section interviews', () => {
    const questions = factsOf('hiring-ai-engineers-vs-data-scientists-what-you-need-to-know').filter(
      (fact) => fact.kind === 'interview-question',
    );
    expect(questions).toContainEqual(
      expect.objectContaining({
        role: 'data-scientist',
        text: 'How do you handle missing data in a real-world dataset?',
      }),
    );
    expect(questions).toContainEqual(
      expect.objectContaining({
        role: 'ai-engineer',
        text: 'How would you deploy a real-time NLP model for millions of users?',
      }),
    );
  });
});
