import matter from 'gray-matter';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content/schema';
import { IngestError } from '@/lib/ingest/errors';
import { contentHash } from '@/lib/ingest/merge';
import { readSource } from '@/lib/ingest/source';
import { serializeArticle } from '@/lib/ingest/serialize';
import { rssFeed, rssItem, utf8 } from './fixtures';

// Read back exactly as lib/content/load-articles.ts does.
const readBack = (text: string) =>
  matter(text, { engines: { yaml: (source: string): object => YAML.parse(source) ?? {} } });

function article(overrides: Partial<Article> = {}): Article {
  const body = overrides.body ?? 'Body text.\n';
  return {
    title: 'A title',
    slug: 'a-title',
    sourceUrl: 'https://blog.example.com/a-title/',
    guid: 'guid-1',
    author: 'Jane Doe',
    publishedAt: '2025-06-10T08:00:00Z',
    categories: ['AI Careers'],
    sources: [{ file: 'feed.xml', format: 'rss-2.0', feedUrl: 'https://blog.example.com/feed/' }],
    contentHash: contentHash(body),
    body,
    ...overrides,
  };
}

// YAML 1.1 readers: the `yaml` package in 1.1 mode (the schema of PyYAML and Psych) and
// gray-matter's own default engine (js-yaml), which read plain dates, `yes` and `on` as
// dates and booleans.
const readBackYaml11 = (text: string) =>
  matter(text, { engines: { yaml: (source: string): object => YAML.parse(source, { version: '1.1' }) ?? {} } });
const readBackGrayMatterDefault = (text: string) => matter(text, {});

describe('serializeArticle: front matter every YAML reader reads the same', () => {
  // Each is text that some YAML version resolves to something else when written plain.
  const tricky = [
    'yes',
    'No',
    'on',
    'OFF',
    'y',
    '~',
    'null',
    'NULL',
    'True',
    'TRUE',
    'False',
    'Top: 10',
    'Note #1',
    '2025-01-01',
    '2025-07-07T08:00:09Z',
    '1:20',
    '0755',
    '0o17',
    '0x1F',
    '1e3',
    '+12',
    '.inf',
    '.NaN',
    '1_000',
    '=',
    '<<',
  ];

  it.each(tricky)('reads "%s" back as that text in YAML 1.2 and in YAML 1.1 readers', (value) => {
    const text = serializeArticle(
      article({ title: value, author: value, guid: value, categories: [value, 'AI Careers'] }),
      'feed.xml',
    );
    for (const read of [readBack, readBackYaml11, readBackGrayMatterDefault]) {
      const data = read(text).data as Record<string, unknown>;
      expect([data.title, data.author, data.guid, data.categories]).toEqual([
        value,
        value,
        value,
        [value, 'AI Careers'],
      ]);
      expect(data.publishedAt).toBe('2025-06-10T08:00:00Z');
    }
  });

  it('leaves text that every reader takes as text unquoted', () => {
    const text = serializeArticle(article({ title: "It's a title: no, it's text" }), 'feed.xml');
    expect(text).toContain('title: "It\'s a title: no, it\'s text"\n');
    expect(serializeArticle(article({ title: 'Yes we can' }), 'feed.xml')).toContain('title: Yes we can\n');
    // Text that starts with n, t or f is parsed only when it holds a `:` or `#`, which can give it
    // structure; then the writer's choice of quotes is overruled, as before.
    expect(serializeArticle(article({ title: 'Top: up "to" 10%', author: 'Note #"1"' }), 'feed.xml')).toContain(
      'title: "Top: up \\"to\\" 10%"\nslug: a-title\nsourceUrl: https://blog.example.com/a-title/\nguid: guid-1\nauthor: "Note #\\"1\\""\n',
    );
    expect(serializeArticle(article({ title: 'future of AI, 2025 [draft]' }), 'feed.xml')).toContain(
      'title: future of AI, 2025 [draft]\n',
    );
  });
});

describe('serializeArticle', () => {
  it('writes front matter in schema order, a blank line, the body and one final newline', () => {
    expect(serializeArticle(article(), 'feed.xml')).toBe(
      [
        '---',
        'title: A title',
        'slug: a-title',
        'sourceUrl: https://blog.example.com/a-title/',
        'guid: guid-1',
        'author: Jane Doe',
        // Quoted: YAML 1.1 readers (js-yaml, PyYAML) would read a plain timestamp as a date.
        'publishedAt: "2025-06-10T08:00:00Z"',
        'categories:',
        '  - AI Careers',
        'sources:',
        '  - file: feed.xml',
        '    format: rss-2.0',
        '    feedUrl: https://blog.example.com/feed/',
        `contentHash: ${contentHash('Body text.\n')}`,
        '---',
        '',
        'Body text.',
        '',
      ].join('\n'),
    );
  });

  it.each([
    'Line one\nline two',
    '---',
    '--- front matter ---\n---',
    'Roles: a guide',
    '"Quoted" and \'single\'',
    '!!js/function >\n function () { return 1 }',
    '&anchor *alias',
    '# not a comment',
    '- not a list',
    '? not a key',
    '| not a block',
    'null',
    'true',
    '1e3',
    '000123',
    '2025-01-01',
    '~',
    '🚀 Launch 🎉',
    'Искусственный интеллект 人工智能 نموذج',
    '../../etc/passwd',
    'CON',
  ])('round-trips the title %j exactly through the YAML loader', (title) => {
    const text = serializeArticle(article({ title, guid: title, author: title, categories: [title] }), 'feed.xml');
    const { data, content } = readBack(text);
    expect(data).toMatchObject({ title, guid: title, author: title, categories: [title], slug: 'a-title' });
    expect(content.trim()).toBe('Body text.');
  });

  it('keeps guid "000123" a string and null fields null', () => {
    const { data } = readBack(
      serializeArticle(article({ guid: '000123', author: null, sourceUrl: null, publishedAt: null }), 'a.txt'),
    );
    expect(data).toMatchObject({ guid: '000123', author: null, sourceUrl: null, publishedAt: null });
  });

  it('refuses front matter the site would reject, naming the origin and the field', () => {
    const cases: Array<[Partial<Article>, string]> = [
      [{ slug: '../escape' }, 'slug'],
      [{ publishedAt: 'Invalid Date' }, 'publishedAt'],
      [{ sourceUrl: 'javascript:alert(1)' }, 'sourceUrl'],
      [{ title: '  ' }, 'title'],
    ];
    for (const [overrides, field] of cases) {
      let error: unknown;
      try {
        serializeArticle(article(overrides), 'feed.xml');
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(IngestError);
      expect((error as Error).message).toMatch(
        new RegExp(`^feed\\.xml: invalid article front matter:\\n  .*\\.md: ${field}: `),
      );
    }
  });

  it('round-trips hostile feed titles through the whole pipeline', () => {
    const titles = [
      'Roles: a "guide" --- part 1',
      '!!js/function &#62; x',
      'Fish &amp;amp; chips &#8211; 2025',
      'CON: ../../etc/passwd',
      '---\nslug: injected\n---',
      'Bell&#7;\u0001 and\ttab',
      '🚀 Launch: 人工智能 &amp; Искусственный интеллект',
    ];
    const items = titles.map((title, index) => rssItem({ title, link: `https://blog.example.com/post-${index}/` }));
    const result = readSource('hostile.xml', utf8(rssFeed(items)));
    // Titles are text on one line: decoded once, control characters gone, line breaks folded.
    expect(result.candidates.map((candidate) => candidate.title)).toEqual([
      'Roles: a "guide" --- part 1',
      '!!js/function > x',
      'Fish & chips – 2025',
      'CON: ../../etc/passwd',
      '--- slug: injected ---',
      'Bell and tab',
      '🚀 Launch: 人工智能 & Искусственный интеллект',
    ]);
    expect(result.candidates.map((candidate) => candidate.preferredSlug)).toEqual(
      titles.map((_, index) => `post-${index}`),
    );
    for (const candidate of result.candidates) {
      const { preferredSlug, item, ...fields } = candidate;
      const text = serializeArticle(
        { ...fields, slug: preferredSlug, contentHash: contentHash(fields.body) },
        `item ${item}`,
      );
      expect(readBack(text).data).toMatchObject({ title: candidate.title, slug: candidate.preferredSlug });
    }
  });
});
