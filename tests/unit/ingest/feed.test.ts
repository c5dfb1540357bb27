import { describe, expect, it } from 'vitest';
import { parseFeed, type FeedItem } from '@/lib/ingest/feed';
import { fixture, rssFeed, rssItem } from './fixtures';

const parseFixture = (name: string) => parseFeed(fixture(name).toString('utf8'), name);

function only<T>(list: T[]): T {
  expect(list).toHaveLength(1);
  return list[0] as T;
}

function byTitle(items: FeedItem[], title: string): FeedItem {
  const item = items.find((candidate) => candidate.title === title);
  if (!item) throw new Error(`no item titled ${title}; have ${items.map((i) => i.title).join(' | ')}`);
  return item;
}

describe('parseFeed: RSS 2.0', () => {
  const feed = parseFixture('rss2-wordpress.xml');

  it('reads the format, the self link and every item', () => {
    expect(feed.format).toBe('rss-2.0');
    expect(feed.feedUrl).toBe('https://blog.example.com/feed/');
    expect(feed.itemCount).toBe(2);
    expect(feed.items).toHaveLength(2);
    expect(feed.warnings).toEqual([]);
  });

  it('decodes entity-encoded and double-encoded WordPress titles', () => {
    expect(feed.items[0]?.title).toBe('AI Engineer vs Data Scientist: It’s Not “Either/Or”');
  });

  it('keeps guid "000123" and title "1e3" as the strings they are', () => {
    expect(feed.items[0]?.guid).toBe('000123');
    expect(byTitle(feed.items, '1e3').guid).toBe('https://blog.example.com/?p=2');
  });

  it('prefers content:encoded over the description teaser', () => {
    const html = feed.items[0]?.html ?? '';
    expect(html).toContain('The full article');
    expect(html).not.toContain('Only the teaser');
  });

  it('falls back to the description when there is no content:encoded', () => {
    expect(byTitle(feed.items, '1e3').html).toBe('<p>Only a description, escaped.</p>');
  });

  it('reads the author, date, categories and link', () => {
    expect(feed.items[0]).toMatchObject({
      index: 1,
      link: 'https://blog.example.com/ai-engineer-vs-data-scientist/',
      author: 'Jane Doe',
      publishedAt: '2025-08-29T14:11:35Z',
      categories: ['AI Careers', 'Data Science'],
      baseUrl: 'https://blog.example.com/ai-engineer-vs-data-scientist/',
    });
  });

  it('still gives a list for a feed with a single <item>', () => {
    const single = parseFixture('rss2-single-item.xml');
    const item = only(single.items);
    expect(item).toMatchObject({
      title: 'The only post',
      guid: 'single-1',
      categories: ['Solo'],
      publishedAt: '2025-06-02T08:00:00Z',
    });
  });

  it('takes the name from an RSS author "mail (Name)" and merges dc:subject into categories', () => {
    const xml = rssFeed([
      rssItem({
        extra:
          '<author>jo@example.com (Jo Writer)</author><category>A</category><dc:subject>B</dc:subject><category>A</category>',
      }),
    ]);
    expect(only(parseFeed(xml, 'a.xml').items)).toMatchObject({ author: 'Jo Writer', categories: ['A', 'B'] });
  });

  it('resolves a relative item link against the channel link', () => {
    const xml = rssFeed([rssItem({ link: '/posts/relative-link' })]);
    expect(only(parseFeed(xml, 'a.xml').items).link).toBe('https://blog.example.com/posts/relative-link');
  });

  it('rejects an <rss> document without a <channel>', () => {
    expect(() => parseFeed('<rss version="2.0"><item/></rss>', 'nochannel.xml')).toThrow(
      'nochannel.xml: not a feed (an <rss> element without a <channel>)',
    );
  });
});

describe('parseFeed: Atom 1.0', () => {
  const feed = parseFixture('atom.xml');

  it('reads the format, the self link resolved against xml:base, and every entry', () => {
    expect(feed.format).toBe('atom-1.0');
    expect(feed.feedUrl).toBe('https://atom.example.org/blog/feed.atom');
    expect(feed.itemCount).toBe(4);
    expect(feed.items).toHaveLength(4);
  });

  it('turns an html title into its text and picks the rel=alternate link through nested xml:base', () => {
    const entry = byTitle(feed.items, 'Prompt engineering & you');
    expect(entry.link).toBe('https://atom.example.org/blog/posts/2025/prompt-engineering');
    // Relative URLs in content resolve against the xml:base in force (RFC 4287), not the entry's link.
    expect(entry.baseUrl).toBe('https://atom.example.org/blog/posts/2025/');
    expect(entry.html).toContain('<a href="../guide">guide</a>');
  });

  it('prefers published over updated, keeping fractions and the offset', () => {
    expect(byTitle(feed.items, 'Prompt engineering & you').publishedAt).toBe('2025-03-01T08:00:00.250Z');
    expect(byTitle(feed.items, 'Summary only').publishedAt).toBe('2025-04-04T00:00:00Z');
  });

  it('uses the category label, else its term', () => {
    expect(byTitle(feed.items, 'Prompt engineering & you').categories).toEqual(['Machine Learning', 'careers']);
  });

  it('keeps xhtml content as markup and reads an xhtml title in document order', () => {
    const entry = byTitle(feed.items, 'Roles compared today');
    expect(typeof entry.html).toBe('string');
    expect(entry.html).toContain('<strong>bold</strong>');
    expect(entry.html).toContain('<li>two</li>');
    expect(entry.author).toBe('Entry Author');
  });

  it('keeps text content as text: markup characters are escaped, not elements', () => {
    const entry = byTitle(feed.items, 'Tags like <b> stay text');
    expect(entry.html).toBe(
      '<p>Write &lt;b&gt;bold&lt;/b&gt; as you like &amp; *stars* too.</p>\n<p>A second paragraph.</p>',
    );
    expect(entry.author).toBe('Feed Author');
  });

  it('falls back to the summary when there is no content', () => {
    expect(byTitle(feed.items, 'Summary only').html).toBe('<p>Just the summary.</p>');
  });

  it('resolves content URLs against the xml:base of the content element itself', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title><id>1</id>
      <link href="https://atom.example.org/x/t"/><updated>2025-01-01T00:00:00Z</updated>
      <content type="html" xml:base="https://cdn.example.net/media/">&lt;img src="pic.png"&gt;</content></entry></feed>`;
    expect(only(parseFeed(xml, 'a.xml').items).baseUrl).toBe('https://cdn.example.net/media/');
  });

  it('reads a feed whose Atom elements carry a prefix, including xhtml and CDATA content', () => {
    const xml = `<?xml version="1.0"?>
<atom:feed xmlns:atom="http://www.w3.org/2005/Atom">
 <atom:entry><atom:title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">First <i>prefixed</i> post</div></atom:title>
  <atom:link href="https://p.example.com/p1"/><atom:id>p1</atom:id><atom:updated>2025-01-01T00:00:00Z</atom:updated>
  <atom:content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>xhtml <b>body</b></p></div></atom:content></atom:entry>
 <atom:entry><atom:title>Second</atom:title><atom:link href="https://p.example.com/p2"/><atom:id>p2</atom:id><atom:updated>2025-01-01T00:00:00Z</atom:updated>
  <atom:content type="html"><![CDATA[<p>cdata body</p>]]></atom:content></atom:entry>
</atom:feed>`;
    const parsed = parseFeed(xml, 'prefixed.xml');
    expect(parsed.warnings).toEqual([]);
    expect(parsed.items.map((item) => [item.title, item.html])).toEqual([
      ['First prefixed post', '<div xmlns="http://www.w3.org/1999/xhtml"><p>xhtml <b>body</b></p></div>'],
      ['Second', '<p>cdata body</p>'],
    ]);
  });

  it('rejects a <feed> outside the Atom 1.0 namespace', () => {
    expect(() => parseFeed('<feed xmlns="http://purl.org/atom/ns#"><entry/></feed>', 'atom03.xml')).toThrow(
      'atom03.xml: not a feed (root element <feed> is not in the Atom 1.0 namespace)',
    );
  });
});

describe('parseFeed: RSS 1.0 (RDF)', () => {
  const feed = parseFixture('rss1-rdf.xml');

  it('finds the items beside the channel, with rdf:about as guid', () => {
    expect(feed.format).toBe('rss-1.0');
    expect(feed.feedUrl).toBe('https://rdf.example.com/feed.rdf');
    expect(feed.items.map((item) => item.guid)).toEqual([
      'https://rdf.example.com/2024/prompt-roles',
      'https://rdf.example.com/2024/data-roles',
    ]);
  });

  it('reads dc:date, dc:subject and dc:creator', () => {
    expect(feed.items[0]).toMatchObject({
      title: 'Prompt roles',
      publishedAt: '2024-01-22T14:30:00Z',
      categories: ['AI', 'Jobs'],
      author: 'Ann Author',
      html: '<p>Prompt roles explained.</p>',
    });
    expect(feed.items[1]).toMatchObject({ publishedAt: '2024-01-23T00:00:00Z', categories: [], author: null });
  });
});

describe('parseFeed: not a feed', () => {
  it('names the root element of any other XML document', () => {
    expect(() => parseFixture('note.xml')).toThrow('note.xml: not a feed (root element <note>)');
    expect(() => parseFeed('<opml version="2.0"><body/></opml>', 'subs.opml')).toThrow(
      'subs.opml: not a feed (root element <opml>)',
    );
  });
});

describe('parseFeed: items missing a field', () => {
  const skipped = (item: string) => {
    const feed = parseFeed(rssFeed([item]), 'feed.xml');
    expect(feed.items).toEqual([]);
    expect(feed.itemCount).toBe(1);
    return only(feed.warnings);
  };

  it('skips an item without a title, naming the file, the item index and the field', () => {
    expect(skipped(rssItem({ title: null }))).toEqual({
      file: 'feed.xml',
      item: '#1',
      field: 'title',
      message: 'missing or empty; item skipped',
      skipped: true,
    });
    expect(skipped(rssItem({ title: '  ' })).field).toBe('title');
  });

  it('names the item by its guid when it has one', () => {
    expect(skipped(rssItem({ link: null, guid: 'post-42' }))).toMatchObject({ item: 'post-42', field: 'link' });
  });

  it('skips an item without a date, or with a link that is not http(s)', () => {
    expect(skipped(rssItem({ pubDate: null }))).toMatchObject({
      field: 'pubDate (or dc:date)',
      message: 'missing; item skipped',
    });
    expect(skipped(rssItem({ link: 'javascript:alert(1)' }))).toMatchObject({
      field: 'link',
      message: 'not an http(s) URL: "javascript:alert(1)"; item skipped',
    });
    expect(skipped(rssItem({ link: 'file:///etc/passwd' })).field).toBe('link');
  });

  it('skips an item without content', () => {
    expect(skipped(rssItem({ description: null }))).toMatchObject({
      field: 'description',
      message: 'no content; item skipped',
    });
    expect(skipped(rssItem({ description: '   ' })).field).toBe('description');
  });

  it.each([
    ['30 February', 'Sun, 30 Feb 2025 10:00:00 GMT'],
    ['a relative word', 'yesterday'],
    ['epoch milliseconds', '1700000000000'],
    ['epoch seconds', '1700000000'],
  ])('skips an invalid date (%s) rather than guessing one', (_, date) => {
    expect(skipped(rssItem({ pubDate: date }))).toMatchObject({
      field: 'pubDate',
      message: `not a valid date: "${date}"; item skipped`,
    });
  });

  it('counts the 1-based position among all items, skipped or not', () => {
    const feed = parseFeed(
      rssFeed([rssItem(), rssItem({ title: null }), rssItem({ link: 'https://blog.example.com/c' })]),
      'feed.xml',
    );
    expect(feed.items.map((item) => item.index)).toEqual([1, 3]);
    expect(feed.warnings.map((warning) => warning.item)).toEqual(['#2']);
  });

  it('never turns a missing field into the text "undefined", "null", "NaN" or "Invalid Date"', () => {
    const feed = parseFeed(
      rssFeed([rssItem({ extra: '<author></author><dc:creator> </dc:creator><category></category>' })]),
      'feed.xml',
    );
    const item = only(feed.items);
    expect(item.author).toBeNull();
    expect(item.categories).toEqual([]);
    expect(JSON.stringify(item)).not.toMatch(/undefined|NaN|Invalid Date|"null"/);
  });
});
