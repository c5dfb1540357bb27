import { describe, expect, it } from 'vitest';
import { IngestError } from '@/lib/ingest/errors';
import { detectFormat, readSource } from '@/lib/ingest/source';
import { fixture, rssFeed, rssItem, utf8 } from './fixtures';

function rejection(name: string, bytes: Uint8Array): string {
  try {
    readSource(name, bytes);
  } catch (error) {
    if (error instanceof IngestError) return error.message;
    throw error;
  }
  throw new Error(`${name} was not rejected`);
}

describe('readSource: formats', () => {
  it.each([
    ['rss2-wordpress.xml', 'rss-2.0', 2],
    ['atom.xml', 'atom-1.0', 4],
    ['rss1-rdf.xml', 'rss-1.0', 2],
  ])('reads %s as %s', (name, format, count) => {
    const result = readSource(name, fixture(name));
    expect(result).toMatchObject({ name, format, itemCount: count });
    expect(result.candidates).toHaveLength(count);
    expect(
      result.candidates.every(
        (candidate) => candidate.sources[0]?.format === format && candidate.sources[0]?.file === name,
      ),
    ).toBe(true);
  });

  it('reads a plain-text article, taking its title and stated date', () => {
    const result = readSource('article.txt', fixture('article.txt'));
    expect(result.format).toBe('text');
    expect(result.candidates[0]).toMatchObject({
      title: 'How to Become a Machine Learning Engineer',
      publishedAt: '2024-01-22T00:00:00Z',
      sourceUrl: null,
      preferredSlug: 'how-to-become-a-machine-learning-engineer',
    });
    expect(result.candidates[0]?.body).toContain('- Python\n- Statistics\n');
  });

  it('reads a web page flattened to one line of text', () => {
    const result = readSource('page.txt', fixture('page.txt'));
    expect(result.format).toBe('page-text');
    expect(result.candidates[0]).toMatchObject({
      title: 'AI Roles: A Guide',
      publishedAt: '2024-01-22T00:00:00Z',
      body: 'Body starts here. More text follows.\n',
    });
  });

  it('detects the format from the content, not the file name', () => {
    expect(readSource('feed.txt', fixture('rss2-single-item.xml')).format).toBe('rss-2.0');
    expect(detectFormat('One line only', 'x.xml')).toBe('page-text');
    expect(detectFormat('Title\n\nBody', 'x.xml')).toBe('text');
  });

  it('resolves relative links and images in Atom content against xml:base', () => {
    const candidate = readSource('atom.xml', fixture('atom.xml')).candidates.find(
      (c) => c.preferredSlug === 'prompt-engineering',
    );
    expect(candidate?.body).toBe(
      'Read the [guide](https://atom.example.org/blog/posts/guide) first.\n\n![Diagram](https://atom.example.org/blog/posts/2025/img/diagram.png)\n',
    );
    const xhtml = readSource('atom.xml', fixture('atom.xml')).candidates.find(
      (c) => c.preferredSlug === 'roles-compared',
    );
    expect(xhtml?.body).toBe('Para with **bold** and [notes](https://atom.example.org/blog/notes).\n\n- one\n- two\n');
  });

  it('shows markup in Atom text content literally, never as formatting', () => {
    const candidate = readSource('atom.xml', fixture('atom.xml')).candidates.find(
      (c) => c.preferredSlug === 'plain-text',
    );
    expect(candidate?.body).toBe('Write \\<b>bold\\</b> as you like & \\*stars\\* too.\n\nA second paragraph.\n');
  });

  it('turns content:encoded into Markdown with links resolved against the item link', () => {
    const candidate = readSource('wp.xml', fixture('rss2-wordpress.xml')).candidates[0];
    expect(candidate?.body).toContain('[salaries](https://blog.example.com/salaries/)');
    expect(candidate?.preferredSlug).toBe('ai-engineer-vs-data-scientist');
  });
});

describe('readSource: not a feed', () => {
  it.each([
    ['an HTML page', 'not-a-feed.html', 'not-a-feed.html: not a feed (root element <html>)'],
    ['random XML', 'note.xml', 'note.xml: not a feed (root element <note>)'],
    ['JSON', 'feed.json', 'feed.json: not a feed (JSON; RSS 2.0, Atom 1.0, RSS 1.0 or a plain-text article expected)'],
    ['an empty file', 'empty.xml', 'empty.xml: not a feed (the file is empty)'],
  ])('rejects %s', (_, name, message) => {
    expect(rejection(name, fixture(name))).toBe(message);
  });

  it('rejects an HTML page without a doctype and a whitespace-only file', () => {
    expect(rejection('page.html', utf8('  <html lang="en"><body>Error</body></html>'))).toBe(
      'page.html: not a feed (root element <html>)',
    );
    expect(rejection('blank.xml', utf8(' \n\t\n'))).toBe('blank.xml: not a feed (the file is empty)');
  });

  it('rejects binary data', () => {
    expect(rejection('archive.gz', new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]))).toBe(
      'archive.gz: not a feed (binary data)',
    );
  });

  it('rejects a feed with a DOCTYPE as a whole, not item by item', () => {
    expect(rejection('xxe.xml', fixture('xxe.xml'))).toMatch(/^xxe\.xml:2:1: refused/);
  });
});

describe('readSource: items', () => {
  it('warns about a feed with zero items and returns no candidates', () => {
    const result = readSource('zero-items.xml', fixture('zero-items.xml'));
    expect(result.candidates).toEqual([]);
    expect(result.warnings).toEqual([
      { file: 'zero-items.xml', item: null, field: null, message: 'the feed has no items; nothing changed' },
    ]);
  });

  it('skips an item whose content is empty once sanitized, naming it', () => {
    const result = readSource(
      'f.xml',
      utf8(
        rssFeed([
          rssItem({ guid: 'g-1', description: '<script>alert(1)</script><iframe src="https://x.example"></iframe>' }),
        ]),
      ),
    );
    expect(result.candidates).toEqual([]);
    expect(result.warnings).toEqual([
      {
        file: 'f.xml',
        item: 'g-1',
        field: 'content',
        message: 'no text left after sanitizing; item skipped',
        skipped: true,
      },
    ]);
  });

  it('skips an item from which no slug can be made, naming it', () => {
    const result = readSource(
      'f.xml',
      utf8(rssFeed([rssItem({ title: '人工智能', link: 'https://zh.example.com/?p=7' })])),
    );
    expect(result.candidates).toEqual([]);
    expect(result.warnings[0]).toMatchObject({ file: 'f.xml', item: '#1', field: 'link', skipped: true });
  });

  it('keeps control characters out of titles and bodies', () => {
    const result = readSource(
      'f.xml',
      utf8(rssFeed([rssItem({ title: 'Bell&#7; and \u0001 tab', description: '<p>x&#x1;y</p>' })])),
    );
    expect(result.candidates[0]).toMatchObject({ title: 'Bell and tab', body: 'xy\n' });
  });
});
