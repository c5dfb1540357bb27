/**
 * Where the site's articles came from, per source file: the "Sources" part
 * of /about. Built from the articles' own front matter, so it cannot drift
 * from what was ingested.
 */
import type { Article, SourceFormat } from '@/lib/content/schema';

/** How each source format is described to readers. */
export const SOURCE_FORMAT_LABELS: Record<SourceFormat, string> = {
  'rss-2.0': 'RSS 2.0 feed',
  'atom-1.0': 'Atom feed',
  'rss-1.0': 'RSS 1.0 (RDF) feed',
  text: 'Plain-text article',
  'page-text': 'Web page text',
};

export interface SourceSummary {
  file: string;
  format: SourceFormat;
  feedUrl: string | null;
  /** Articles this source supplied, in the order given (an article can come from several sources). */
  articles: { slug: string; title: string; sourceUrl: string | null }[];
}

/** One entry per source file, ordered by file name. */
export function summarizeSources(articles: readonly Article[]): SourceSummary[] {
  const byFile = new Map<string, SourceSummary>();
  for (const article of articles) {
    for (const source of article.sources) {
      const summary = byFile.get(source.file) ?? {
        file: source.file,
        format: source.format,
        feedUrl: source.feedUrl,
        articles: [],
      };
      summary.articles.push({ slug: article.slug, title: article.title, sourceUrl: article.sourceUrl });
      byFile.set(source.file, summary);
    }
  }
  return [...byFile.values()].sort((a, b) => a.file.localeCompare(b.file, 'en'));
}
