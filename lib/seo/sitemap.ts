/**
 * The pages we ask search engines to index, each with the date its content
 * last changed: the newest article it is built from. Article pages are left
 * out: they republish other people's writing, and the originals are what
 * should rank. Pure: the records and dates come in, entries go out.
 */

export interface SitemapInput {
  siteUrl: URL;
  /** The pages offered to search engines (see lib/guides/inventory.ts), each with the articles it is built from. */
  pages: readonly { path: string; articles: readonly string[] }[];
  /** Publication date of every article (ISO), `null` when the source states none. */
  articleDates: ReadonlyMap<string, string | null>;
}

export interface SitemapEntry {
  url: string;
  /** ISO date; absent when none of the page's articles states a date. */
  lastModified?: string;
}

/** Pages built from every article (home, lists, explorers). */
const SITE_WIDE = ['/', '/roles', '/compare', '/salaries', '/skills', '/hire', '/articles', '/about', '/data'];

export function sitemapEntries(input: SitemapInput): SitemapEntry[] {
  const newest = (articles: Iterable<string>): string | undefined => {
    let latest: string | undefined;
    for (const article of articles) {
      const date = input.articleDates.get(article);
      if (date && (latest === undefined || date > latest)) latest = date;
    }
    return latest;
  };
  const entry = (path: string, articles: Iterable<string>): SitemapEntry => {
    const lastModified = newest(articles);
    const url = new URL(path, input.siteUrl).href;
    return lastModified === undefined ? { url } : { url, lastModified };
  };
  return [
    ...SITE_WIDE.map((path) => entry(path, input.articleDates.keys())),
    ...input.pages.map((page) => entry(page.path, page.articles)),
  ];
}
