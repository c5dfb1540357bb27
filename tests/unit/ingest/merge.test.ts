import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content/schema';
import type { ArticleCandidate } from '@/lib/ingest/article';
import { contentHash, mergeArticles } from '@/lib/ingest/merge';

function candidate(overrides: Partial<ArticleCandidate> & { file?: string } = {}): ArticleCandidate {
  const { file = 'a.xml', ...rest } = overrides;
  const guid = rest.guid === undefined ? 'g-1' : rest.guid;
  return {
    title: 'AI roles compared',
    sourceUrl: 'https://blog.example.com/ai-roles/',
    guid,
    author: 'Jane',
    publishedAt: '2025-06-10T08:00:00Z',
    categories: ['Careers'],
    sources: [{ file, format: 'rss-2.0', feedUrl: null }],
    body: 'Body.\n',
    preferredSlug: 'ai-roles',
    item: guid ?? '#1',
    ...rest,
  };
}

function onDisk(overrides: Partial<Article> = {}): Article {
  const body = overrides.body ?? 'Old body.\n';
  return {
    title: 'Existing article',
    slug: 'ai-roles',
    sourceUrl: 'https://other.example.com/ai-roles/',
    guid: 'old-1',
    author: null,
    publishedAt: '2024-01-01T00:00:00Z',
    categories: ['Old'],
    sources: [{ file: 'old.xml', format: 'rss-2.0', feedUrl: null }],
    contentHash: contentHash(body),
    body,
    ...overrides,
  };
}

describe('contentHash', () => {
  it('is sha256-<hex> of the body', () => {
    expect(contentHash('Body.\n')).toBe(`sha256-${createHash('sha256').update('Body.\n').digest('hex')}`);
  });
});

describe('mergeArticles: one article from several feeds', () => {
  const fromA = candidate({ file: 'a.xml', categories: ['Careers', 'AI'] });
  const fromB = candidate({ file: 'b.xml', categories: ['ai', 'Salaries', 'Careers'] });

  it('writes the same link once, with categories merged and both sources listed', () => {
    const { articles, warnings } = mergeArticles([fromA, fromB], []);
    expect(warnings).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      slug: 'ai-roles',
      categories: ['AI', 'ai', 'Careers', 'Salaries'],
      sources: [
        { file: 'a.xml', format: 'rss-2.0', feedUrl: null },
        { file: 'b.xml', format: 'rss-2.0', feedUrl: null },
      ],
      contentHash: contentHash('Body.'),
    });
  });

  it('gives the same result whatever the order of the candidates', () => {
    const other = candidate({ file: 'b.xml', body: 'A longer body for the same article.\n', categories: ['X'] });
    expect(mergeArticles([other, fromA], [])).toEqual(mergeArticles([fromA, other], []));
  });

  it('keeps the newest, then the fuller copy when the content differs, and says which', () => {
    const older = candidate({
      file: 'a.xml',
      publishedAt: '2025-06-01T00:00:00Z',
      body: 'Much longer older body text.\n',
    });
    const newer = candidate({ file: 'b.xml', publishedAt: '2025-06-10T00:00:00Z', body: 'Newer.\n' });
    const { articles, warnings } = mergeArticles([older, newer], []);
    expect(articles[0]?.body).toBe('Newer.');
    expect(warnings).toEqual([
      {
        file: 'a.xml',
        item: 'g-1',
        field: 'content',
        message: 'same article as b.xml: item g-1 with different content; kept the copy from b.xml: item g-1',
      },
    ]);

    const short = candidate({ file: 'a.xml', body: 'Short.\n' });
    const long = candidate({ file: 'b.xml', body: 'The longer body.\n' });
    expect(mergeArticles([short, long], []).articles[0]?.body).toBe('The longer body.');
  });
});

describe('mergeArticles: conflicts', () => {
  it('warns about a duplicate guid for different links and keeps both, deterministically', () => {
    const first = candidate({ sourceUrl: 'https://blog.example.com/one/', preferredSlug: 'one', guid: 'dup' });
    const second = candidate({
      sourceUrl: 'https://blog.example.com/two/',
      preferredSlug: 'two',
      guid: 'dup',
      publishedAt: '2025-06-09T00:00:00Z',
    });
    const forward = mergeArticles([first, second], []);
    expect(forward.articles.map((article) => article.slug)).toEqual(['one', 'two']);
    expect(forward.warnings).toEqual([
      {
        file: 'a.xml',
        item: 'dup',
        field: 'guid',
        message: 'duplicate guid "dup" (also a.xml: item dup) for a different link; kept as a separate article',
      },
    ]);
    expect(mergeArticles([second, first], [])).toEqual(forward);
  });

  it('gives the second of two articles wanting the same slug "-2", with a warning, whatever the order', () => {
    const a = candidate({ sourceUrl: 'https://a.example.com/ai-roles', guid: 'a' });
    const b = candidate({ sourceUrl: 'https://b.example.com/ai-roles', guid: 'b', file: 'b.xml' });
    const result = mergeArticles([b, a], []);
    expect(result.articles.map((article) => [article.sourceUrl, article.slug])).toEqual([
      ['https://a.example.com/ai-roles', 'ai-roles'],
      ['https://b.example.com/ai-roles', 'ai-roles-2'],
    ]);
    expect(result.warnings).toEqual([
      {
        file: 'b.xml',
        item: 'b',
        field: 'slug',
        message: 'slug "ai-roles" is already used by https://a.example.com/ai-roles; written as "ai-roles-2"',
      },
    ]);
    expect(mergeArticles([a, b], [])).toEqual(result);
  });

  it('counts on past "-2" when that is taken too', () => {
    const articles = ['a', 'b', 'c'].map((host) =>
      candidate({ sourceUrl: `https://${host}.example.com/x`, guid: host, preferredSlug: 'x' }),
    );
    expect(
      mergeArticles(articles, [onDisk({ slug: 'x-2', sourceUrl: 'https://z.example.com/x' })]).articles.map(
        (article) => article.slug,
      ),
    ).toEqual(['x', 'x-3', 'x-4']);
  });

  it('never takes the slug of a different article already on disk', () => {
    const existing = onDisk();
    const { articles, warnings } = mergeArticles([candidate()], [existing]);
    expect(articles.map((article) => article.slug)).toEqual(['ai-roles-2']);
    expect(warnings[0]).toMatchObject({
      field: 'slug',
      message: 'slug "ai-roles" is already used by https://other.example.com/ai-roles/; written as "ai-roles-2"',
    });
  });

  it('keeps the slug of the same article on disk, merging its categories and sources', () => {
    const existing = onDisk({
      slug: 'renamed-long-ago',
      sourceUrl: 'https://blog.example.com/ai-roles/',
      categories: ['Old'],
    });
    const { articles, warnings } = mergeArticles([candidate()], [existing]);
    expect(warnings).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      slug: 'renamed-long-ago',
      body: 'Body.',
      categories: ['Careers', 'Old'],
      sources: [
        { file: 'a.xml', format: 'rss-2.0', feedUrl: null },
        { file: 'old.xml', format: 'rss-2.0', feedUrl: null },
      ],
    });
  });

  it('returns only the articles this run touches', () => {
    expect(mergeArticles([], [onDisk()]).articles).toEqual([]);
  });

  it('matches articles without a link by guid, then by title', () => {
    const byGuid = [
      candidate({ sourceUrl: null, guid: 'same' }),
      candidate({ sourceUrl: null, guid: 'same', file: 'b.xml' }),
    ];
    expect(mergeArticles(byGuid, []).articles).toHaveLength(1);
    const byTitle = [
      candidate({ sourceUrl: null, guid: null, title: 'Same Title' }),
      candidate({ sourceUrl: null, guid: null, title: 'same title', file: 'b.txt' }),
    ];
    expect(mergeArticles(byTitle, []).articles).toHaveLength(1);
  });
});

describe('mergeArticles: an article listed twice in one feed', () => {
  it('writes it once and says so', () => {
    const first = candidate({ file: 'a.xml' });
    const again = { ...candidate({ file: 'a.xml' }), item: '#2' };
    const { articles, warnings } = mergeArticles([first, again], []);
    expect(articles).toHaveLength(1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'a.xml', field: 'guid' });
    expect(warnings[0]?.message).toMatch(/lists this article twice/);
  });
});
