import { describe, expect, it } from 'vitest';
import { summarizeSalaries } from '@/lib/guides/pay/series';
import { payAtAGlance } from '@/lib/guides/pay/glance';
import { summarizePay } from '@/lib/guides/pay/summary';
import {
  comparisonText,
  describeLevelMedians,
  homeText,
  roleGuideText,
  searchText,
  skillText,
} from '@/lib/seo/page-text';
import { makeFigure } from '../guides/salary-figure-fixture';

function usdYear(...figures: Parameters<typeof makeFigure>[0][]) {
  const series = summarizeSalaries(
    figures.map((figure) => makeFigure(figure)),
    { by: 'level' },
  );
  return series.find((entry) => entry.currency === 'USD' && entry.period === 'year') ?? null;
}

describe('roleGuideText', () => {
  const placeOf = () => null;
  // Entry level: three figures from two articles give a median; senior: one figure, too few.
  const glance = payAtAGlance(
    summarizePay(
      [
        makeFigure({ min: 95_000, max: 95_000, article: 'a', level: 'entry' }),
        makeFigure({ min: 100_000, max: 120_000, article: 'b', level: 'entry' }),
        makeFigure({ min: 120_000, max: 120_000, article: 'b', level: 'entry' }),
        makeFigure({ min: 200_000, max: null, openEnded: true, article: 'b', level: 'senior' }),
      ],
      placeOf,
    ),
  );

  it('names the role and what its page answers in the title', () => {
    const text = roleGuideText({ name: 'AI Engineer', tagline: 'Builds AI systems.', glance, topSkills: ['Python'] });
    expect(text.title).toBe('AI Engineer: salary by level, skills and career path');
  });

  it('describes the role with its computed medians, their evidence and top skills', () => {
    const text = roleGuideText({
      name: 'AI Engineer',
      tagline: 'Builds AI systems.',
      glance,
      topSkills: ['Python', 'PyTorch'],
    });
    expect(text.description).toBe(
      'Builds AI systems. Yearly salary: median US$110k entry level (computed from 4 pay figures in 2 articles). Top skills: Python and PyTorch.',
    );
  });

  it('says so when the sources state no yearly salary, and names no figure', () => {
    const text = roleGuideText({ name: 'AI Trainer', tagline: 'Teaches models.', glance: null, topSkills: [] });
    expect(text.description).toBe('Teaches models. The articles state no yearly salary for it yet.');
    expect(text.description).not.toMatch(/\$/);
  });
});

describe('describeLevelMedians', () => {
  it('falls back to the stated spread when no level has enough figures for a median', () => {
    const thin = payAtAGlance(
      summarizePay([makeFigure({ min: 50_000, max: 76_640, level: 'entry', article: 'a' })], () => null),
    );
    expect(describeLevelMedians(thin)).toBe('US$50k–76.6k as stated');
  });
});

describe('comparisonText', () => {
  it('names both roles and each one’s own pay span, never a blend', () => {
    const a = usdYear({ min: 100_000, max: 150_000 });
    const text = comparisonText({ name: 'AI Engineer', pay: a }, { name: 'AI Trainer', pay: null });
    expect(text.title).toBe('AI Engineer vs AI Trainer: skills, pay and which to hire');
    expect(text.description).toContain(
      'AI Engineer: US$100k–US$150k a year; AI Trainer: no yearly US dollar figures stated.',
    );
  });
});

describe('skillText', () => {
  it('counts the articles and roles and names the three most-cited roles', () => {
    const text = skillText({
      name: 'PyTorch',
      articleCount: 8,
      roles: [{ name: 'AI Engineer' }, { name: 'ML Engineer' }, { name: 'AI Architect' }, { name: 'Data Scientist' }],
    });
    expect(text.title).toBe('PyTorch: which AI roles need it');
    expect(text.description).toMatch(
      /^PyTorch is listed in 8 articles for 4 AI roles, most often for AI Engineer, ML Engineer and AI Architect\./,
    );
  });

  it('uses singular forms for one article and one role', () => {
    expect(skillText({ name: 'Rust', articleCount: 1, roles: [{ name: 'AI Engineer' }] }).description).toMatch(
      /^Rust is listed in 1 article for 1 AI role, most often for AI Engineer\./,
    );
  });
});

describe('homeText and searchText', () => {
  it('states the live counts on the home page', () => {
    expect(homeText({ roles: 16, figures: 257, payArticles: 8 }).description).toContain('Guides to 16 AI roles');
    expect(homeText({ roles: 16, figures: 257, payArticles: 8 }).description).toContain(
      '257 pay figures from 8 articles',
    );
  });

  it('titles a search by its query', () => {
    expect(searchText('pytorch').title).toBe('Search results for “pytorch”');
    expect(searchText('').title).toBe('Search');
  });
});
