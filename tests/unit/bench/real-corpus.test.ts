import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFeed, realCorpusFeeds } from '@/lib/bench/real-corpus';
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
