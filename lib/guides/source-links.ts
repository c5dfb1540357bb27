/**
 * Links from a guide back to the place in an article a statement comes from:
 * `/articles/<article>#<section id>`, named by the article and section.
 */
import type { ArticleLocation } from '@/lib/content/schema';
import { provenanceHref } from '@/lib/guides/provenance';

export interface SourceLink {
  href: string;
  article: string;
  articleTitle: string;
  section: string | null;
}

/** The provenance link for a record's location; `titles` maps article slugs to titles. */
export function toSourceLink(location: ArticleLocation, titles: ReadonlyMap<string, string>): SourceLink {
  return {
    href: provenanceHref(location),
    article: location.article,
    articleTitle: titles.get(location.article) ?? location.article,
    section: location.section,
  };
}

/** Distinct links (one per article section), in first-seen order. */
export function uniqueSources(links: readonly SourceLink[]): SourceLink[] {
  const seen = new Set<string>();
  return links.filter((link) => !seen.has(link.href) && Boolean(seen.add(link.href)));
}
