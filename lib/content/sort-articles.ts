import type { Article } from '@/lib/content/schema';

const titleCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Orders articles newest first; undated articles come last (a missing date is
 * never guessed), and ties are broken by title so the order is stable.
 * Returns a new array.
 */
export function sortArticles(articles: readonly Article[]): Article[] {
  return [...articles].sort(compareArticles);
}

/** Comparator behind `sortArticles`, exported for tests and other lists. */
export function compareArticles(a: Article, b: Article): number {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return 1;
    if (b.publishedAt === null) return -1;
    // ISO 8601 UTC strings of the same shape would sort as text, but parsing
    // also copes with and without fractional seconds.
    const difference = Date.parse(b.publishedAt) - Date.parse(a.publishedAt);
    if (difference !== 0) return difference;
  }
  return titleCollator.compare(a.title, b.title) || a.slug.localeCompare(b.slug);
}
