import { describe, expect, it } from 'vitest';
import { sitemapEntries } from '@/lib/seo/sitemap';

const input = {
  siteUrl: new URL('https://careers.example.org'),
  pages: [
    { path: '/roles/ai-engineer', articles: ['a', 'b'] },
    { path: '/roles/ai-trainer', articles: ['undated'] },
    { path: '/compare/ai-engineer-vs-data-scientist', articles: ['a', 'b', 'c'] },
    { path: '/skills/pytorch', articles: ['a'] },
  ],
  articleDates: new Map<string, string | null>([
    ['a', '2025-01-10T00:00:00Z'],
    ['b', '2025-03-01T00:00:00Z'],
    ['c', '2025-06-30T00:00:00Z'],
    ['undated', null],
  ]),
};

describe('sitemapEntries', () => {
  const entries = sitemapEntries(input);
  const byPath = new Map(entries.map((entry) => [new URL(entry.url).pathname, entry]));

  it('lists the landing pages with absolute URLs on the site address, and no article page', () => {
    expect(entries.every((entry) => entry.url.startsWith('https://careers.example.org/'))).toBe(true);
    expect([...byPath.keys()]).toEqual(
      expect.arrayContaining(['/', '/roles/ai-engineer', '/compare/ai-engineer-vs-data-scientist', '/skills/pytorch']),
    );
    expect([...byPath.keys()].some((path) => path.startsWith('/articles/'))).toBe(false);
    expect(new Set(entries.map((entry) => entry.url)).size).toBe(entries.length);
  });

  it('dates each page by the newest article it is built from', () => {
    expect(byPath.get('/roles/ai-engineer')?.lastModified).toBe('2025-03-01T00:00:00Z');
    expect(byPath.get('/compare/ai-engineer-vs-data-scientist')?.lastModified).toBe('2025-06-30T00:00:00Z');
    expect(byPath.get('/skills/pytorch')?.lastModified).toBe('2025-01-10T00:00:00Z');
    expect(byPath.get('/')?.lastModified).toBe('2025-06-30T00:00:00Z');
  });

  it('gives no date rather than a guessed one when no source states one', () => {
    expect(byPath.get('/roles/ai-trainer')).toEqual({ url: 'https://careers.example.org/roles/ai-trainer' });
  });
});
