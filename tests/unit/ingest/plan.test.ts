import matter from 'gray-matter';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { articleSchema, type Article } from '@/lib/content/schema';
import { planIngest, type IngestPlan, type SourceInput } from '@/lib/ingest/plan';
import { fixture, rssFeed, rssItem, utf8 } from './fixtures';

/** Reads planned files back as the site would, so a second run sees them as existing articles. */
function asExisting(writes: IngestPlan['writes']): { articles: Article[]; texts: Map<string, string> } {
  const articles = writes.map(({ text }) => {
    const parsed = matter(text, { engines: { yaml: (source: string): object => YAML.parse(source) ?? {} } });
    return articleSchema.parse({ ...parsed.data, body: parsed.content.trim() });
  });
  return { articles, texts: new Map(writes.map(({ slug, text }) => [slug, text])) };
}

const source = (name: string, text: string | Buffer): SourceInput => ({
  name,
  bytes: typeof text === 'string' ? utf8(text) : text,
});
const plan = (inputs: SourceInput[], existing: Article[] = [], texts = new Map<string, string>()) =>
  planIngest(inputs, existing, texts);

const sameLink = 'https://blog.example.com/ai-roles/';
const feedA = source(
  'a.xml',
  rssFeed([
    rssItem({ title: 'AI roles', link: sameLink, extra: '<category>Careers</category>' }),
    rssItem({ title: 'Only in A', link: 'https://blog.example.com/only-a/' }),
  ]),
);
const feedB = source(
  'b.xml',
  rssFeed([rssItem({ title: 'AI roles', link: sameLink, extra: '<category>Salaries</category>' })]),
);

describe('planIngest', () => {
  it('plans one file per article, named by slug, each passing the site schema', () => {
    const result = plan([
      source('wp.xml', fixture('rss2-wordpress.xml')),
      source('atom.xml', fixture('atom.xml')),
      source('rdf.xml', fixture('rss1-rdf.xml')),
    ]);
    expect(
      result.sources.map((report) => [report.name, report.status, report.format, report.items, report.written]),
    ).toEqual([
      ['atom.xml', 'ingested', 'atom-1.0', 4, 4],
      ['rdf.xml', 'ingested', 'rss-1.0', 2, 2],
      ['wp.xml', 'ingested', 'rss-2.0', 2, 2],
    ]);
    expect(result.writes).toHaveLength(8);
    expect(
      asExisting(result.writes)
        .articles.map((article) => article.slug)
        .sort(),
    ).toEqual(result.writes.map((write) => write.slug).sort());
  });

  it('merges the same article from two feeds into one file listing both sources', () => {
    const result = plan([feedA, feedB]);
    expect(result.writes.map((write) => write.slug)).toEqual(['ai-roles', 'only-a']);
    const [merged] = asExisting(result.writes).articles;
    expect(merged).toMatchObject({
      categories: ['Careers', 'Salaries'],
      sources: [
        { file: 'a.xml', format: 'rss-2.0', feedUrl: null },
        { file: 'b.xml', format: 'rss-2.0', feedUrl: null },
      ],
    });
    expect(result.sources.map((report) => [report.name, report.written])).toEqual([
      ['a.xml', 2],
      ['b.xml', 1],
    ]);
  });

  it('produces identical bytes and warnings whatever the argument order', () => {
    const clash = source('c.xml', rssFeed([rssItem({ title: 'Clash', link: 'https://other.example.com/ai-roles/' })]));
    const forward = plan([feedA, feedB, clash]);
    const backward = plan([clash, feedB, feedA]);
    expect(backward).toEqual(forward);
    expect(forward.writes.map((write) => write.slug)).toEqual(['ai-roles', 'only-a', 'ai-roles-2']);
  });

  it('reports every file unchanged on a second run over its own output', () => {
    const first = plan([feedA, feedB]);
    const { articles, texts } = asExisting(first.writes);
    const second = plan([feedB, feedA], articles, texts);
    expect(second.writes).toEqual([]);
    expect(second.unchanged.sort()).toEqual(['ai-roles', 'only-a']);
    expect(second.sources.map((report) => report.unchanged)).toEqual([2, 1]);
  });

  it('keeps an existing file with the same slug from a different article, and warns', () => {
    const first = plan([
      source('old.xml', rssFeed([rssItem({ title: 'Old', link: 'https://old.example.com/ai-roles/' })])),
    ]);
    const { articles, texts } = asExisting(first.writes);
    const second = plan([feedB], articles, texts);
    expect(second.writes.map((write) => write.slug)).toEqual(['ai-roles-2']);
    expect(second.warnings).toEqual([
      expect.objectContaining({
        file: 'b.xml',
        field: 'slug',
        message: 'slug "ai-roles" is already used by https://old.example.com/ai-roles/; written as "ai-roles-2"',
      }),
    ]);
  });

  it('warns about a duplicate guid within a feed and writes both articles', () => {
    const feed = source(
      'dup.xml',
      rssFeed([
        rssItem({ guid: 'same', link: 'https://blog.example.com/one/' }),
        rssItem({ guid: 'same', link: 'https://blog.example.com/two/' }),
      ]),
    );
    const result = plan([feed]);
    expect(result.writes.map((write) => write.slug)).toEqual(['one', 'two']);
    expect(result.warnings).toEqual([expect.objectContaining({ file: 'dup.xml', item: 'same', field: 'guid' })]);
    expect(plan([feed])).toEqual(result);
  });

  it('changes nothing for a feed with zero items, with a warning', () => {
    const result = plan([source('zero-items.xml', fixture('zero-items.xml'))]);
    expect(result.writes).toEqual([]);
    expect(result.sources[0]).toMatchObject({ status: 'ingested', items: 0, written: 0 });
    expect(result.warnings).toEqual([
      expect.objectContaining({ file: 'zero-items.xml', message: 'the feed has no items; nothing changed' }),
    ]);
  });

  it('rejects a bad source whole and still ingests the others', () => {
    const result = plan([
      feedA,
      source('broken.xml', fixture('broken.xml')),
      { name: 'https://down.example.com/feed', error: 'fetch failed: HTTP 503' },
      source('xxe.xml', fixture('xxe.xml')),
    ]);
    expect(result.sources.map((report) => [report.name, report.status])).toEqual([
      ['a.xml', 'ingested'],
      ['broken.xml', 'rejected'],
      ['https://down.example.com/feed', 'rejected'],
      ['xxe.xml', 'rejected'],
    ]);
    expect(result.sources[1]?.error).toMatch(/^broken\.xml:5:18: not well-formed XML/);
    expect(result.sources[2]?.error).toBe('https://down.example.com/feed: fetch failed: HTTP 503');
    expect(result.writes.map((write) => write.slug)).toEqual(['ai-roles', 'only-a']);
  });

  it('counts skipped items per source and in total', () => {
    const feed = source('skips.xml', rssFeed([rssItem(), rssItem({ title: null }), rssItem({ pubDate: 'yesterday' })]));
    const result = plan([feed]);
    expect(result.sources[0]).toMatchObject({ items: 3, written: 1, skipped: 2 });
    expect(result.skipped).toBe(2);
    expect(result.warnings.map((warning) => [warning.item, warning.field])).toEqual([
      ['#2', 'title'],
      ['#3', 'pubDate'],
    ]);
  });
});
