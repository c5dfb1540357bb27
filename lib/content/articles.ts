/**
 * The site's query API for articles. Reads `content/articles` at build time
 * (pages are prerendered) and fails loudly when any file is invalid, so a bad
 * article stops `next build` instead of reaching a page.
 */
import 'server-only';
import path from 'node:path';
import { cache } from 'react';
import { loadArticles } from '@/lib/content/load-articles';
import type { Article } from '@/lib/content/schema';
import { sortArticles } from '@/lib/content/sort-articles';
import { formatCount } from '@/lib/format';

const loadAll = cache((): Article[] => {
  // Built inline from process.cwd() so output tracing only includes content/articles.
  const { articles, errors } = loadArticles(path.join(process.cwd(), 'content', 'articles'));
  if (errors.length > 0) {
    const count = formatCount(errors.length, { one: 'problem', other: 'problems' });
    throw new Error(`Invalid articles in content/articles (${count}):\n${errors.join('\n')}`);
  }
  return sortArticles(articles);
});

/** Every article, newest first, undated ones last, then by title. Throws if any file is invalid. */
export function getArticles(): Article[] {
  return loadAll();
}

/** The article with this slug, or `undefined` when there is none. Throws if any file is invalid. */
export function getArticle(slug: string): Article | undefined {
  return loadAll().find((article) => article.slug === slug);
}
