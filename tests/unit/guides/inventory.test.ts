import { describe, expect, it } from 'vitest';
import { INDEX_RULES, isComparisonIndexed, OVERVIEW_SHOWS, rolePages, type RoleEvidence } from '@/lib/guides/inventory';

const none: RoleEvidence = {
  slug: 'prompt-engineer',
  articles: 0,
  figures: 0,
  skills: 0,
  certifications: 0,
  education: 0,
  responsibilities: 0,
  careerSteps: 0,
  questions: 0,
};

describe('rolePages', () => {
  it('keeps an overview for a role the articles say nothing about, but does not offer it to search engines', () => {
    const pages = rolePages(none);
    expect([...pages.keys()]).toEqual(['overview']);
    expect(pages.get('overview')).toEqual({ path: '/roles/prompt-engineer', index: false });
  });

  it('gives a role with rich evidence every deep page, each offered', () => {
    const rich: RoleEvidence = {
      ...none,
      slug: 'ai-engineer',
      articles: 9,
      figures: 118,
      skills: 40,
      certifications: 11,
      education: 9,
      responsibilities: 15,
      careerSteps: 22,
      questions: 68,
    };
    const pages = rolePages(rich);
    expect([...pages.keys()]).toEqual([
      'overview',
      'pay',
      'responsibilities',
      'career-path',
      'skills',
      'interview-questions',
    ]);
    expect([...pages.values()].every((page) => page.index)).toBe(true);
    expect(pages.get('interview-questions')?.path).toBe('/roles/ai-engineer/interview-questions');
  });

  it('makes a deep page only when the overview cannot show everything, and a pay page for any figure', () => {
    const some: RoleEvidence = {
      ...none,
      articles: 1,
      figures: 2,
      responsibilities: OVERVIEW_SHOWS.responsibilities,
      careerSteps: OVERVIEW_SHOWS.careerSteps + 1,
    };
    const pages = rolePages(some);
    expect(pages.has('responsibilities')).toBe(false);
    expect(pages.has('career-path')).toBe(true);
    // Two figures: a page that lists them, but too little to be a landing page.
    expect(pages.get('pay')).toMatchObject({ index: false });
    expect(INDEX_RULES.pay({ ...some, figures: 4 })).toBe(true);
  });
});

describe('isComparisonIndexed', () => {
  const pair = { slug: 'a-vs-b', a: 'a', b: 'b', compared: false };
  it('offers a pair an article compares, whatever else is known', () => {
    expect(isComparisonIndexed({ ...pair, compared: true }, new Set())).toBe(true);
  });
  it('offers an uncompared pair only when both roles have overviews worth offering', () => {
    expect(isComparisonIndexed(pair, new Set(['a', 'b']))).toBe(true);
    expect(isComparisonIndexed(pair, new Set(['a']))).toBe(false);
  });
});

describe('INDEX_RULES.skill', () => {
  it('offers a skill page only when many articles list the skill', () => {
    expect(INDEX_RULES.skill({ slug: 'python', articles: 9 })).toBe(true);
    expect(INDEX_RULES.skill({ slug: 'onnx', articles: 1 })).toBe(false);
    expect(INDEX_RULES.skill({ slug: 'flask', articles: 2 })).toBe(false);
  });
});
