import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN } from '@/lib/content/schema';
import { articleSlug, numberedSlug, slugify } from '@/lib/ingest/slug';

describe('slugify', () => {
  it.each([
    ['AI Engineer vs Data Scientist', 'ai-engineer-vs-data-scientist'],
    ['It’s AI & ML', 'its-ai-and-ml'],
    ['Café Déjà Vu', 'cafe-deja-vu'],
    ['../../etc/passwd', 'etc-passwd'],
    ['CON', 'con'],
    ['a\u0001b', 'a-b'],
    ['line one\nline two', 'line-one-line-two'],
    ['key: "value" \'quoted\'', 'key-value-quoted'],
    ['!!js/function >\n function(){}', 'js-function-function'],
    ['🚀 Launch 🎉', 'launch'],
    ['--- leading and trailing ---', 'leading-and-trailing'],
  ])('%j -> %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it.each(['---', '...', '~', '人工智能', 'Искусственный интеллект', 'نموذج', '🚀🎉', ''])(
    'yields nothing usable from %j',
    (title) => {
      expect(slugify(title)).toBe('');
    },
  );

  it('cuts a long title at a word boundary within 80 characters', () => {
    const slug = slugify('word '.repeat(30));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^(word-)+word$/);
    expect(slugify(`${'a'.repeat(70)} bcdefghijklmnop`)).toBe('a'.repeat(70));
  });

  it('hard-cuts a single word longer than 80 characters', () => {
    expect(slugify('x'.repeat(100))).toBe('x'.repeat(80));
  });
});

describe('articleSlug', () => {
  it('takes the last path segment of the link, decoded, without an extension', () => {
    expect(articleSlug('https://blog.example.com/2025/06/ai-engineer-salary/', 'Other title')).toBe(
      'ai-engineer-salary',
    );
    expect(articleSlug('https://blog.example.com/blog/My%20Post.html', 'Other title')).toBe('my-post');
    expect(articleSlug('https://blog.example.com/a/%E0%A4', 'Other title')).toBe('e0-a4');
  });

  it('falls back to the title when the link has no usable segment', () => {
    expect(articleSlug('https://blog.example.com/?p=123', 'Query Only')).toBe('query-only');
    expect(articleSlug('https://blog.example.com/', 'Root Link')).toBe('root-link');
    expect(articleSlug('https://blog.example.com/%F0%9F%9A%80', 'Rocket Post')).toBe('rocket-post');
    expect(articleSlug(null, 'No Link')).toBe('no-link');
  });

  it('never escapes the articles directory, whatever the link or title', () => {
    for (const [link, title] of [
      ['https://e.com/a/..%2F..%2Fetc%2Fpasswd', '../../etc/passwd'],
      ['https://e.com/a/CON', 'CON'],
      ['https://e.com/a/%2e%2e', '..'],
      [null, '/absolute/path'],
      [null, 'C:\\Windows\\system32'],
    ] as const) {
      const slug = articleSlug(link, title);
      expect(slug === null || SLUG_PATTERN.test(slug)).toBe(true);
      expect(slug ?? '').not.toMatch(/[./\\]/);
    }
  });

  it('returns null when neither the link nor the title yields a character', () => {
    expect(articleSlug('https://zh.example.com/?p=1', '人工智能')).toBeNull();
    expect(articleSlug(null, '---')).toBeNull();
  });
});

describe('numberedSlug', () => {
  it('appends the number, staying within 80 characters', () => {
    expect(numberedSlug('roles', 2)).toBe('roles-2');
    const long = numberedSlug('a'.repeat(80), 12);
    expect(long).toBe(`${'a'.repeat(77)}-12`);
    expect(long).toMatch(SLUG_PATTERN);
    expect(numberedSlug(`${'a'.repeat(77)}-bc`, 2)).toBe(`${'a'.repeat(77)}-2`);
  });
});

describe('articleSlug: names a file system reserves', () => {
  it.each(['CON', 'prn', 'Aux', 'NUL', 'COM1', 'lpt9'])('never yields the device name %s as a file name', (title) => {
    expect(articleSlug(null, title)).toBe(`${title.toLowerCase()}-article`);
    expect(articleSlug(`https://x.example/${title}`, 'Other')).toBe(`${title.toLowerCase()}-article`);
  });
});
