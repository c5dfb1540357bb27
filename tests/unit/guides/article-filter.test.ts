import { describe, expect, it } from 'vitest';
import type { Article, Role } from '@/lib/content/schema';
import { articleFilterOptions, articleListHref, filterArticles, readArticleFilter } from '@/lib/guides/article-filter';

function article(slug: string, categories: string[]): Article {
  return {
    title: slug,
    slug,
    sourceUrl: null,
    guid: null,
    author: null,
    publishedAt: null,
    categories,
    sources: [{ file: `${slug}.txt`, format: 'text', feedUrl: null }],
    contentHash: `sha256-${'0'.repeat(64)}`,
    body: 'Body.',
  };
}

function role(slug: string, name: string): Role {
  const occupation = {
    system: 'SOC 2018',
    code: '15-1252',
    title: 'Software Developers',
    fit: 'loose',
    caveat: null,
  } as const;
  return { slug, name, tagline: name, aliases: [], related: [], occupation, summary: name };
}

const articles = [article('a', ['Career', 'MLOps']), article('b', ['Career']), article('c', [])];
const roles = [
  role('ai-engineer', 'AI Engineer'),
  role('data-scientist', 'Data Scientist'),
  role('ai-trainer', 'AI Trainer'),
];
const links: Record<string, string[]> = { a: ['ai-engineer', 'data-scientist'], b: ['ai-engineer'], c: [] };
const rolesOf = (slug: string) => links[slug] ?? [];

describe('article filter', () => {
  const options = articleFilterOptions(articles, roles, rolesOf);

  it('offers only roles and categories some article has, most common first', () => {
    expect(options.roles).toEqual([
      { value: 'ai-engineer', label: 'AI Engineer', count: 2 },
      { value: 'data-scientist', label: 'Data Scientist', count: 1 },
    ]);
    expect(options.categories).toEqual([
      { value: 'Career', label: 'Career', count: 2 },
      { value: 'MLOps', label: 'MLOps', count: 1 },
    ]);
  });

  it('filters by role, by category and by both', () => {
    const slugs = (filter: { role: string | null; category: string | null }) =>
      filterArticles(articles, filter, rolesOf).map((entry) => entry.slug);
    expect(slugs({ role: null, category: null })).toEqual(['a', 'b', 'c']);
    expect(slugs({ role: 'data-scientist', category: null })).toEqual(['a']);
    expect(slugs({ role: null, category: 'Career' })).toEqual(['a', 'b']);
    expect(slugs({ role: 'ai-engineer', category: 'MLOps' })).toEqual(['a']);
  });

  it('reads the query and ignores values that are not options', () => {
    expect(readArticleFilter({ role: 'ai-engineer', category: ['MLOps', 'Career'] }, options)).toEqual({
      role: 'ai-engineer',
      category: 'MLOps',
    });
    expect(readArticleFilter({ role: 'ai-trainer', category: '<script>' }, options)).toEqual({
      role: null,
      category: null,
    });
    expect(readArticleFilter({ role: '  ', category: undefined }, options)).toEqual({ role: null, category: null });
  });

  it('builds shareable addresses for filtered lists', () => {
    expect(articleListHref({})).toBe('/articles');
    expect(articleListHref({ category: 'AI & ML' })).toBe('/articles?category=AI+%26+ML');
    expect(articleListHref({ role: 'ai-engineer', category: 'Career' })).toBe(
      '/articles?role=ai-engineer&category=Career',
    );
  });
});
