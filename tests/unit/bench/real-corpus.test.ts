import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFeed, numberedUrl, realCorpusFeeds } from '@/lib/bench/real-corpus';
import { readSource } from '@/lib/ingest/source';

const sources = path.resolve(import.meta.dirname, '../../../content/sources');
const feed = {
  name: 'tag.rss.xml',
  xml: fs.readFileSync(path.join(sources, '9cv9-tag-ai-engineer-skills.rss.xml'), 'utf8'),
};

describe('the real-shaped corpus', () => {
  it('gives every item of every copy its own link, guid and title, and keeps the articles', () => {
    const original = readSource(feed.name, Buffer.from(feed.xml)).candidates;
    const copies = [1, 2].map((copy) => readSource(feed.name, Buffer.from(copyFeed(feed.xml, copy))).candidates);
    const all = [original, ...copies].flat();
    for (const field of ['sourceUrl', 'guid', 'title', 'preferredSlug'] as const)
      expect(new Set(all.map((candidate) => candidate[field])).size).toBe(all.length);
    // The same articles: only links into the article itself, resolved against its new address, differ.
    const unnumbered = (body: string) => body.replace(/blog\.9cv9\.com\/c\d+-/g, 'blog.9cv9.com/');
    for (const copy of copies)
      expect(copy.map((candidate) => unnumbered(candidate.body))).toEqual(original.map((candidate) => candidate.body));
  });

  it('writes each feed once per copy, named so the files sort by copy', () => {
    expect(realCorpusFeeds([feed, { ...feed, name: 'b.xml' }], 2).map((out) => out.name)).toEqual([
      '001-tag.rss.xml',
      '001-b.xml',
      '002-tag.rss.xml',
      '002-b.xml',
    ]);
  });
});

/** The candidates `readSource` makes of a feed and of two copies of it. */
function readCopies(name: string, xml: string) {
  return [xml, copyFeed(xml, 1), copyFeed(xml, 2)].map((text) => readSource(name, Buffer.from(text)).candidates);
}

function expectDistinctCopies(name: string, xml: string, items: number): void {
  const copies = readCopies(name, xml);
  for (const candidates of copies) expect(candidates).toHaveLength(items);
  const all = copies.flat();
  for (const field of ['sourceUrl', 'guid', 'title', 'preferredSlug'] as const)
    expect(new Set(all.map((candidate) => candidate[field])).size).toBe(all.length);
  for (const copy of copies.slice(1))
    expect(copy.map((candidate) => candidate.body)).toEqual(copies[0]?.map((candidate) => candidate.body));
}

const body = (topic: string) =>
  `<h2>${topic} pay</h2><p>A ${topic} earns about $120,000 a year in the United States, more with experience.</p>`;

describe('copies of feeds the repository does not hold', () => {
  it('numbers Atom entries: the alternate link, the id and the title, plain or in CDATA', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Careers</title><id>tag:example.org,2025:feed</id>
<updated>2025-05-01T00:00:00Z</updated>
<entry><title type="html"><![CDATA[AI engineer pay & skills]]></title><id>tag:example.org,2025:1</id>
<link rel="replies" href="https://example.org/ai-engineer-pay/#comments"/>
<link rel="alternate" type="text/html" href="https://example.org/ai-engineer-pay/"/>
<updated>2025-05-01T00:00:00Z</updated><content type="html"><![CDATA[${body('AI engineer')}]]></content></entry>
<entry><title>Data scientist pay</title><id>https://example.org/?p=2</id>
<link href='https://example.org/2025/05/data-scientist-pay'/>
<updated>2025-05-02T00:00:00Z</updated><content type="html">${body('data scientist').replace(/</g, '&lt;')}</content></entry>
</feed>`;
    expectDistinctCopies('careers.atom', xml, 2);
    const copy = copyFeed(xml, 3);
    expect(copy).toContain('href="https://example.org/c3-ai-engineer-pay/"');
    expect(copy).toContain('href="https://example.org/ai-engineer-pay/#comments"');
    expect(copy).toContain('<![CDATA[AI engineer pay & skills (copy 3)]]>');
    expect(copy).toContain('<id>https://example.org/?p=2&amp;copy-3</id>');
  });

  it('numbers RSS 1.0 items, whose guid is their rdf:about', () => {
    const xml = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://example.org/feed"><title>Careers</title><link>https://example.org/</link></channel>
<item rdf:about="https://example.org/ml-engineer-pay"><title>ML engineer pay</title>
<link>https://example.org/ml-engineer-pay</link><dc:date>2025-05-01</dc:date>
<content:encoded><![CDATA[${body('ML engineer')}]]></content:encoded></item>
</rdf:RDF>`;
    expectDistinctCopies('careers.rdf', xml, 1);
  });

  it('leaves markup quoted in an article body alone, and the rest of the feed byte for byte', () => {
    const quoted =
      '<p>A feed item looks like <code><item><title>x</title><link>https://a.example/b</link></item></code>.</p>';
    const xml = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Careers</title><link>https://example.org/</link><!-- <item><title>not an item</title></item> -->
<item><title><![CDATA[Feeds for AI careers]]></title><link><![CDATA[https://example.org/feeds-for-ai-careers/]]></link>
<guid isPermaLink="false"><![CDATA[https://example.org/?p=9]]></guid><pubDate>Thu, 01 May 2025 00:00:00 GMT</pubDate>
<content:encoded><![CDATA[${body('AI engineer')}${quoted}]]></content:encoded></item>
</channel></rss>`;
    expectDistinctCopies('careers.rss', xml, 1);
    const copy = copyFeed(xml, 2);
    expect(copy).toContain(quoted);
    expect(copy).toContain('<!-- <item><title>not an item</title></item> -->');
    expect(copy).toContain('<guid isPermaLink="false"><![CDATA[https://example.org/?p=9&copy-2]]></guid>');
    // Only the three fields differ.
    expect(copy.replace('c2-feeds-for', 'feeds-for').replace(' (copy 2)', '').replace('&copy-2', '')).toBe(xml);
  });
});

describe('numberedUrl', () => {
  it('puts the copy in the last path segment, or adds a segment to an address without one', () => {
    expect(numberedUrl('https://blog.example/ai-careers/', 4)).toBe('https://blog.example/c4-ai-careers/');
    expect(numberedUrl('https://blog.example/2025/ai-careers?utm=feed', 4)).toBe(
      'https://blog.example/2025/c4-ai-careers/?utm=feed',
    );
    expect(numberedUrl('https://blog.example/?p=12', 4)).toBe('https://blog.example/c4/?p=12');
    expect(numberedUrl('https://blog.example', 4)).toBe('https://blog.example/c4/');
  });
});
