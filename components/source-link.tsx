import type { Article } from '@/lib/content/schema';
import { formatHost } from '@/lib/format';

/**
 * Where an article came from: a link to the original when the source names
 * one, otherwise the feed it was read from, otherwise a plain statement.
 */
export function SourceLink({ article }: { article: Pick<Article, 'sourceUrl' | 'sources'> }) {
  if (article.sourceUrl !== null) {
    return <a href={article.sourceUrl}>Read the original on {formatHost(article.sourceUrl)}</a>;
  }
  const feedUrl = article.sources.find((source) => source.feedUrl !== null)?.feedUrl;
  if (feedUrl) {
    return <a href={feedUrl}>From the feed on {formatHost(feedUrl)}</a>;
  }
  return <span>Original address not stated</span>;
}
