/**
 * The site's query API for articles. Reads `content/articles` at build time
 * (pages are prerendered) and fails loudly when any file is invalid, so a bad
 * article stops `next build` instead of reaching a page.
 */
import 'server-only';
import path from 'node:path';
import { newestChange } from '@/lib/content/content-files';
import { loadArticles } from '@/lib/content/load-articles';
import type { Article } from '@/lib/content/schema';
import { sortArticles } from '@/lib/content/sort-articles';
import { formatCount } from '@/lib/format';

// Kept for the life of the process, like the records: pages that render per
// request (/salaries, /articles, /search, /hire) would otherwise re-read and
// re-parse every article on each request. In development it is reloaded when
// a file in content/articles has changed, so edits show up.
let loaded: Article[] | undefined;
let loadedAt = 0;

function loadAll(): Article[] {
  // Built inline from process.cwd() so output tracing only includes content/articles.
  const dir = path.join(process.cwd(), 'content', 'articles');
  if (loaded && (process.env.NODE_ENV !== 'development' || newestChange(dir) <= loadedAt)) return loaded;
  const startedAt = Date.now();
  const { articles, errors } = loadArticles(dir);
  if (errors.length > 0) {
    const count = formatCount(errors.length, { one: 'problem', other: 'problems' });
    throw new Error(`Invalid articles in content/articles (${count}):\n${errors.join('\n')}`);
  }
  loaded = sortArticles(articles);
  loadedAt = startedAt;
  return loaded;
}

/** Every article, newest first, undated ones last, then by title. Throws if any file is invalid. */
export function getArticles(): Article[] {
  return loadAll();
}

/** The article with this slug, or `undefined` when there is none. Throws if any file is invalid. */
export function getArticle(slug: string): Article | undefined {
  return loadAll().find((article) => article.slug === slug);
}
