/**
 * The real-shaped benchmark corpus: the repository's own WordPress feeds,
 * copied N times with each item given its own link, guid and title. The
 * generated corpus (corpus.ts) is about 15 KB an article; the real ones are
 * 70–110 KB with dozens of tables, and it is their shape that the ingest and
 * the records must keep up with. Pure; the bench writes the copies to disk.
 */

/** One copy of a feed, numbered from 1: every item gets its own address, guid and title, the rest is byte-identical. */
export function copyFeed(xml: string, copy: number): string {
  const suffix = `copy-${copy}`;
  return xml.replace(/<item>[\s\S]*?<\/item>/g, (item) =>
    item
      // A prefix on the last path segment, since slugs are cut at 80 characters and a suffix would be cut off.
      .replace(
        /<link>([^<]*\/)([^/<]+)\/?<\/link>/,
        (_match, base: string, last: string) => `<link>${base}c${copy}-${last}/</link>`,
      )
      .replace(
        /(<guid\b[^>]*>)([^<]*)(<\/guid>)/,
        (_match, open: string, guid: string, close: string) => `${open}${guid}&amp;${suffix}${close}`,
      )
      .replace(/<title>([^<]*)<\/title>/, (_match, title: string) => `<title>${title} (copy ${copy})</title>`),
  );
}

export interface RealCorpusFeed {
  name: string;
  xml: string;
}

/**
 * `copies` copies of each feed, named `<copy>-<name>` so that the files sort
 * by copy. Articles shared between feeds stay shared within a copy, as on the
 * real site, so the merge does its real work.
 */
export function realCorpusFeeds(feeds: ReadonlyArray<{ name: string; xml: string }>, copies: number): RealCorpusFeed[] {
  const out: RealCorpusFeed[] = [];
  for (let copy = 1; copy <= copies; copy += 1)
    for (const feed of feeds)
      out.push({ name: `${String(copy).padStart(3, '0')}-${feed.name}`, xml: copyFeed(feed.xml, copy) });
  return out;
}
