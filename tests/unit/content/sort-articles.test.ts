import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content/schema';
import { sortArticles } from '@/lib/content/sort-articles';

function article(slug: string, title: string, publishedAt: string | null): Article {
  return {
    slug,
    title,
    publishedAt,
    sourceUrl: null,
    guid: null,
    author: null,
    categories: [],
    sources: [{ file: 'feed.xml', format: 'rss-2.0', feedUrl: null }],
    contentHash: `sha256-${'0'.repeat(64)}`,
    body: 'Body',
  };
}

describe('sortArticles', () => {
  it('puts the newest first, undated last, and breaks ties by title', () => {
    const input = [
      article('undated-b', 'Beta', null),
      article('old', 'Old', '2024-01-01T00:00:00Z'),
      article('undated-a', 'alpha', null),
      article('new-b', 'Zeta', '2025-07-07T08:00:00Z'),
      article('new-a', 'Eta', '2025-07-07T08:00:00.000Z'),
    ];

    expect(sortArticles(input).map((a) => a.slug)).toEqual(['new-a', 'new-b', 'old', 'undated-a', 'undated-b']);
    expect(input[0]?.slug).toBe('undated-b');
  });
});
