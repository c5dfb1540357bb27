import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content/load-articles';
import { toAtomXml } from '@/lib/seo/atom';
import { AUTHOR_NOT_STATED, buildSiteFeed, type FeedRole } from '@/lib/seo/site-feed';
import { SITE } from './site-url';

const { articles } = loadArticles(path.resolve(import.meta.dirname, '../../../content/articles'));
const roles: FeedRole[] = [
  { slug: 'ai-engineer', name: 'AI Engineer', tagline: 'Builds AI systems.', newest: '2025-08-29T14:11:35Z' },
  { slug: 'prompt-engineer', name: 'Prompt Engineer', tagline: 'Writes prompts.', newest: null },
];
const feed = buildSiteFeed({
  siteUrl: SITE,
  siteName: 'AI Career Atlas',
  description: 'Careers in AI.',
  articles,
  roles,
});

describe('buildSiteFeed (the published articles)', () => {
  it('has one entry per dated article, linking to its page here and, as via, to the original', () => {
    const dated = articles.filter((article) => article.publishedAt !== null);
    const entries = feed?.entries.filter((entry) => entry.id.includes('/articles/')) ?? [];
    expect(entries.map((entry) => entry.id).sort()).toEqual(
      dated.map((article) => `https://careers.example.org/articles/${article.slug}`).sort(),
    );
    for (const article of dated) {
      const entry = entries.find((item) => item.id.endsWith(`/articles/${article.slug}`));
      expect(entry).toMatchObject({
        title: article.title,
        updated: article.publishedAt,
        published: article.publishedAt,
        authors: [{ name: article.author ?? AUTHOR_NOT_STATED }],
        categories: article.categories,
      });
      expect(entry?.links[0]).toEqual({ rel: 'alternate', href: entry?.id, type: 'text/html' });
      if (article.sourceUrl !== null) expect(entry?.links[1]).toMatchObject({ rel: 'via', href: article.sourceUrl });
      expect(entry?.summary?.length).toBeGreaterThan(0);
      expect(entry?.summary?.length).toBeLessThanOrEqual(301);
    }
  });

  it('leaves out an article whose source states no date rather than dating it', () => {
    const undated = articles.filter((article) => article.publishedAt === null);
    expect(undated.length).toBeGreaterThan(0);
    for (const article of undated)
      expect(feed?.entries.some((entry) => entry.id.endsWith(`/${article.slug}`))).toBe(false);
  });

  it('has one entry per role guide with a dated source, dated by its newest source', () => {
    const roleEntries = feed?.entries.filter((entry) => entry.id.includes('/roles/')) ?? [];
    expect(roleEntries).toEqual([
      {
        id: 'https://careers.example.org/roles/ai-engineer',
        title: 'AI Engineer: role guide',
        updated: '2025-08-29T14:11:35Z',
        links: [{ rel: 'alternate', href: 'https://careers.example.org/roles/ai-engineer', type: 'text/html' }],
        authors: [{ name: 'AI Career Atlas', uri: 'https://careers.example.org/' }],
        summary: 'Builds AI systems.',
        categories: ['Role guide'],
      },
    ]);
  });

  it('is dated by its newest entry, newest first, and names itself and the site', () => {
    const dates = articles.flatMap((article) => (article.publishedAt === null ? [] : [article.publishedAt])).sort();
    expect(feed?.updated).toBe(dates.at(-1));
    const updated = feed?.entries.map((entry) => entry.updated) ?? [];
    expect(updated).toEqual([...updated].sort().reverse());
    expect(feed).toMatchObject({
      id: 'https://careers.example.org/',
      self: 'https://careers.example.org/feed.xml',
      alternate: 'https://careers.example.org/',
      title: 'AI Career Atlas',
    });
  });

  it('serializes to well-formed Atom', () => {
    expect(feed).not.toBeNull();
    if (feed) expect(XMLValidator.validate(toAtomXml(feed))).toBe(true);
  });
});

describe('buildSiteFeed (nothing dated)', () => {
  it('returns null rather than inventing a date', () => {
    expect(
      buildSiteFeed({
        siteUrl: SITE,
        siteName: 'A',
        description: 'B',
        articles: [],
        roles: [{ slug: 'x', name: 'X', tagline: 'Y', newest: null }],
      }),
    ).toBeNull();
  });
});
