import { describe, expect, it } from 'vitest';
import type { GuideFact, Role, Skill } from '@/lib/content/schema';
import { buildRoleCards, buildRoleGuide, compareHref, type ArticleMeta } from '@/lib/guides/role/guide';
import { uncoveredSections } from '@/lib/guides/role/outline';
import { makeFigure } from '../salary-figure-fixture';
import { catalogOf } from '../merge/vocabulary-fixture';

function role(slug: string, name: string, related: string[] = []): Role {
  return {
    slug,
    name,
    tagline: `${name} tagline`,
    aliases: [],
    related,
    occupation: { system: 'SOC 2018', code: '15-1252', title: 'Software Developers', fit: 'loose', caveat: null },
    summary: `${name} summary.`,
  };
}

function skill(slug: string, type: Skill['type'], category: Skill['category'], articles: string[]): Skill {
  return {
    slug,
    name: slug.toUpperCase(),
    aliases: [],
    category,
    type,
    articles,
    roles: [{ role: 'ai-engineer', articles }],
  };
}

function fact(kind: GuideFact['kind'], text: string, article = 'old'): GuideFact {
  return { kind, text, article, role: 'ai-engineer', detail: null, section: 'Section', sectionId: 'section' };
}

const roles = [
  role('ai-engineer', 'AI Engineer', ['data-scientist', 'ml-engineer']),
  role('data-scientist', 'Data Scientist'),
  role('ml-engineer', 'ML Engineer'),
];
const articles: ArticleMeta[] = [
  { slug: 'old', title: 'Old', publishedAt: '2024-01-01T00:00:00Z', sourceUrl: null },
  { slug: 'new', title: 'New', publishedAt: '2025-06-01T00:00:00Z', sourceUrl: null },
  { slug: 'undated', title: 'Undated', publishedAt: null, sourceUrl: null },
  { slug: 'unrelated', title: 'Unrelated', publishedAt: '2025-09-01T00:00:00Z', sourceUrl: null },
];

describe('compareHref', () => {
  it('puts the two slugs in alphabetical order, whichever guide links', () => {
    expect(compareHref('data-scientist', 'ai-engineer')).toBe('/compare/ai-engineer-vs-data-scientist');
    expect(compareHref('ai-engineer', 'data-scientist')).toBe('/compare/ai-engineer-vs-data-scientist');
  });
});

describe('buildRoleGuide', () => {
  const guide = buildRoleGuide({
    role: roles[0] ?? role('x', 'X'),
    roles,
    figures: [makeFigure({ level: 'senior', article: 'new' }), makeFigure({ currency: 'GBP', article: 'old' })],
    placeOf: () => null,
    merge: { vocabulary: catalogOf({}), stopRoleWords: [] },
    facts: [
      fact('education', 'A degree in computing helps.'),
      fact('education', 'Most have a bachelor’s degree.', 'new'),
      fact('faq', 'Is it hard?'),
    ],
    skills: [
      skill('python', 'skill', 'programming', ['old', 'new']),
      skill('sql', 'skill', 'data', ['old']),
      skill('pytorch', 'tool', 'ml-frameworks', ['new']),
    ],
    certifications: [],
    discussedIn: ['undated'],
    articles,
  });

  it('summarises pay per currency and level, and picks the currency with the most yearly figures for the panel', () => {
    expect(guide.pay.summaries.map((summary) => summary.id)).toEqual([
      'unspecified-gbp-year-salary',
      'senior-usd-year-salary',
    ]);
    expect(guide.pay.glance?.currency).toBe('USD');
    expect(guide.pay.figureCount).toBe(2);
  });

  it('ranks skills by sources within categories and keeps tools apart', () => {
    expect(guide.skillGroups.map((group) => [group.label, group.skills.map((entry) => entry.slug)])).toEqual([
      ['Programming', ['python']],
      ['Data', ['sql']],
    ]);
    expect(guide.tools.map((entry) => entry.slug)).toEqual(['pytorch']);
    expect(guide.topSkills[0]).toMatchObject({ slug: 'python', sourceCount: 2 });
  });

  it('counts the degrees the education statements name by article, and keeps the statements by article', () => {
    expect(guide.educationSummary.degrees).toEqual([{ label: "Bachelor's degree", articles: ['new'] }]);
    expect(guide.educationSummary.articles).toEqual(['old', 'new']);
    expect(guide.education.map((group) => group.article.slug)).toEqual(['old', 'new']);
  });

  it('merges statements of one kind into ranked items that keep every statement', () => {
    expect(guide.faqs.map((item) => item.statements.map((fact) => fact.text))).toEqual([['Is it hard?']]);
    expect(guide.responsibilities).toEqual([]);
  });

  it('lists only the articles the records use, newest first and undated last', () => {
    expect(guide.sources.map((article) => article.slug)).toEqual(['new', 'old', 'undated']);
    expect(guide.newest).toBe('2025-06-01T00:00:00Z');
  });

  it('links related roles and their canonical comparisons', () => {
    expect(guide.related).toEqual([
      { slug: 'data-scientist', name: 'Data Scientist', compareHref: '/compare/ai-engineer-vs-data-scientist' },
      { slug: 'ml-engineer', name: 'ML Engineer', compareHref: '/compare/ai-engineer-vs-ml-engineer' },
    ]);
  });

  it('names the kinds of content the sources do not give for the role', () => {
    expect(uncoveredSections(guide)).toEqual([
      'certifications',
      'responsibilities',
      'career path',
      'interview questions',
    ]);
  });
});

describe('buildRoleCards', () => {
  it('gives each role its yearly US dollar spread, or none', () => {
    const cards = buildRoleCards(
      roles,
      [
        makeFigure({ role: 'ai-engineer', min: 100_000, max: 150_000 }),
        makeFigure({ role: 'ai-engineer', min: 180_000, max: 180_000, article: 'b' }),
        makeFigure({ role: 'data-scientist', currency: 'EUR' }),
      ],
      [skill('python', 'skill', 'programming', ['old'])],
      () => null,
    );
    expect(cards.map((card) => card.role.slug)).toEqual(['ai-engineer', 'data-scientist', 'ml-engineer']);
    expect(cards[0]?.pay).toMatchObject({ low: 100_000, high: 180_000, figureCount: 2, sourceCount: 2 });
    expect(cards[0]?.topSkills).toEqual(['PYTHON']);
    expect(cards[1]?.pay).toBeNull();
    // Two figures: too few for a median, so the card's summary is the stated spread.
    expect(cards[0]?.glance?.salary).toMatchObject([
      { level: 'unspecified', median: null, low: 100_000, high: 180_000 },
    ]);
    expect(cards[1]?.glance?.currency).toBe('EUR');
  });
});
