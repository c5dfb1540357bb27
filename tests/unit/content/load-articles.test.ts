import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articlesLastFirst, loadArticles } from '@/lib/content/load-articles';

const HASH = `sha256-${'a'.repeat(64)}`;

/** Front matter that passes the schema; tests override single fields. */
function validFrontMatter(slug: string): string {
  return [
    `title: "An article called ${slug}"`,
    `slug: ${slug}`,
    'sourceUrl: https://example.com/posts/1',
    'guid: "https://example.com/?p=1"',
    'author: Jane Doe',
    // Unquoted on purpose: the loader must keep it a string, not a Date.
    'publishedAt: 2025-07-07T08:00:09Z',
    'categories: [AI Careers]',
    'sources:',
    '  - file: content/sources/feed.rss.xml',
    '    format: rss-2.0',
    '    feedUrl: https://example.com/feed/',
    `contentHash: ${HASH}`,
  ].join('\n');
}

let dir: string;

function write(name: string, frontMatter: string, body = '## Hello\n\nBody text.\n'): string {
  fs.writeFileSync(path.join(dir, name), `---\n${frontMatter}\n---\n${body}`);
  return path.join(dir, name);
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'articles-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('loadArticles', () => {
  it('loads a valid file with its body and keeps ISO dates as strings', () => {
    write('first-post.md', validFrontMatter('first-post'));
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not an article');

    const { articles, errors } = loadArticles(dir);

    expect(errors).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      slug: 'first-post',
      title: 'An article called first-post',
      publishedAt: '2025-07-07T08:00:09Z',
      categories: ['AI Careers'],
      body: '## Hello\n\nBody text.',
    });
  });

  it('accepts null for the optional fields', () => {
    const frontMatter = validFrontMatter('undated')
      .replace('publishedAt: 2025-07-07T08:00:09Z', 'publishedAt: null')
      .replace('author: Jane Doe', 'author: null');
    write('undated.md', frontMatter);

    const { articles, errors } = loadArticles(dir);

    expect(errors).toEqual([]);
    expect(articles[0]).toMatchObject({ publishedAt: null, author: null });
  });

  it('reports every problem of an invalid file as "file: field: message"', () => {
    const frontMatter = [
      'title: ""',
      'slug: broken',
      'sourceUrl: ftp://example.com/file',
      'guid: null',
      'author: null',
      'publishedAt: yesterday',
      'categories: AI',
      'sources: []',
      'contentHash: md5-123',
      'tags: [extra]',
    ].join('\n');
    const file = write('broken.md', frontMatter, '\n');

    const { articles, errors } = loadArticles(dir);

    expect(articles).toEqual([]);
    const fields = ['title', 'sourceUrl', 'publishedAt', 'categories', 'sources', 'contentHash', '(root)', 'body'];
    for (const field of fields) {
      expect(errors).toContainEqual(expect.stringMatching(new RegExp(`^${escape(file)}: ${escape(field)}: \\S`)));
    }
    expect(errors.every((line) => line.startsWith(`${file}: `))).toBe(true);
  });

  it('reports unreadable YAML instead of throwing', () => {
    const file = write('bad-yaml.md', 'title: [unclosed\nslug: bad-yaml');

    const { articles, errors } = loadArticles(dir);

    expect(articles).toEqual([]);
    expect(errors).toEqual([expect.stringMatching(new RegExp(`^${escape(file)}: \\(front matter\\): `))]);
  });

  it('requires the file name to be <slug>.md', () => {
    const file = write('other-name.md', validFrontMatter('right-slug'));

    const { articles, errors } = loadArticles(dir);

    expect(articles).toEqual([]);
    expect(errors).toEqual([`${file}: slug: file name must be "right-slug.md" to match the slug`]);
  });

  it('reports a duplicate slug on both files', () => {
    const first = write('shared.md', validFrontMatter('shared'));
    const second = write('shared-copy.md', validFrontMatter('shared'));

    const { articles, errors } = loadArticles(dir);

    expect(articles).toEqual([]);
    expect(errors).toContain(`${first}: slug: "shared" is also used by ${second}`);
    expect(errors).toContain(`${second}: slug: "shared" is also used by ${first}`);
    expect(errors).toContain(`${second}: slug: file name must be "shared.md" to match the slug`);
  });

  it('reports a missing directory', () => {
    const missing = path.join(dir, 'nope');

    const { articles, errors } = loadArticles(missing);

    expect(articles).toEqual([]);
    expect(errors).toEqual([expect.stringMatching(new RegExp(`^${escape(missing)}: \\(directory\\): `))]);
  });
});

describe('articlesLastFirst', () => {
  it('yields the valid articles last file first, skipping files with problems', () => {
    write('alpha.md', validFrontMatter('alpha'));
    write('beta.md', validFrontMatter('not-beta'));
    write('gamma.md', validFrontMatter('gamma').replace(/^author: .*$/m, 'author: [not, a, name]'));
    write('delta.md', validFrontMatter('delta'));

    expect([...articlesLastFirst(dir)].map((article) => article.slug)).toEqual(['delta', 'alpha']);
  });

  it('reads each file only when it is asked for the next article', () => {
    write('alpha.md', validFrontMatter('alpha'));
    write('beta.md', validFrontMatter('beta'));
    const articles = articlesLastFirst(dir);

    expect(articles.next().value?.title).toBe('An article called beta');
    write('alpha.md', validFrontMatter('alpha').replace(/^title: .*$/m, 'title: Edited meanwhile'));
    expect(articles.next().value?.title).toBe('Edited meanwhile');
    expect(articles.next().done).toBe(true);
  });

  it('yields nothing for a missing directory', () => {
    expect([...articlesLastFirst(path.join(dir, 'nope'))]).toEqual([]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
