import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml, toAtomXml, type AtomFeed } from '@/lib/seo/atom';

const hostile = 'R&D <b>"bold"</b> it\'s ]]> \u0001 done';

const feed: AtomFeed = {
  id: 'https://example.org/',
  title: 'Atlas & Co',
  subtitle: 'Pay <today>',
  updated: '2025-08-29T14:11:35Z',
  self: 'https://example.org/feed.xml?a=1&b=2',
  alternate: 'https://example.org/',
  entries: [
    {
      id: 'https://example.org/articles/a',
      title: hostile,
      updated: '2025-08-29T14:11:35Z',
      published: '2025-08-29T14:11:35Z',
      links: [
        { rel: 'alternate', href: 'https://example.org/articles/a', type: 'text/html' },
        { rel: 'via', href: 'https://blog.example.com/a?x=1&y="2"' },
      ],
      authors: [{ name: 'A <writer> & "co"' }],
      summary: hostile,
      categories: [hostile, 'Careers'],
    },
  ],
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  isArray: (name) => ['entry', 'link', 'category', 'author'].includes(name),
});

describe('escapeXml', () => {
  it('escapes markup characters and quotes and drops characters XML cannot carry', () => {
    expect(escapeXml(`a&b<c>"d"'e'\u0000\uFFFE`)).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;');
  });
});

describe('toAtomXml', () => {
  const xml = toAtomXml(feed);

  it('is well-formed XML whatever the text holds', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('round-trips every value: what a reader parses is exactly what went in (less forbidden characters)', () => {
    const parsed = parser.parse(xml).feed;
    const [entry] = parsed.entry;
    const clean = hostile.replace('\u0001', '');
    expect(entry.title['#text']).toBe(clean);
    expect(entry.summary['#text']).toBe(clean);
    expect(entry.category.map((category: { term: string }) => category.term)).toEqual([clean, 'Careers']);
    expect(entry.author[0].name).toBe('A <writer> & "co"');
    expect(entry.link[1]).toEqual({ rel: 'via', href: 'https://blog.example.com/a?x=1&y="2"' });
    expect(parsed.link[0]).toEqual({
      rel: 'self',
      href: 'https://example.org/feed.xml?a=1&b=2',
      type: 'application/atom+xml',
    });
    expect(parsed.title['#text']).toBe('Atlas & Co');
  });

  it('has the elements Atom requires of a feed and its entries, in the Atom namespace', () => {
    const parsed = parser.parse(xml).feed;
    expect(parsed.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(parsed).toMatchObject({ id: 'https://example.org/', updated: '2025-08-29T14:11:35Z' });
    const [entry] = parsed.entry;
    expect(entry).toMatchObject({
      id: 'https://example.org/articles/a',
      updated: '2025-08-29T14:11:35Z',
      published: '2025-08-29T14:11:35Z',
    });
    expect(entry.link[0]).toMatchObject({ rel: 'alternate', href: 'https://example.org/articles/a' });
  });

  it('marks text as plain text, never HTML', () => {
    expect(xml).toContain('<title type="text">R&amp;D &lt;b&gt;');
    expect(xml).not.toContain('type="html"');
    expect(xml).not.toContain('CDATA');
  });
});
