/**
 * The metadata every page shares: its canonical address and the cards shown
 * when it is shared. Titles and descriptions come from lib/seo/page-text.ts,
 * so they are made from the same records the page shows.
 */
import type { Metadata } from 'next';
import { FEED_ALTERNATE_TYPES, SITE_NAME } from '@/lib/site';

export interface PageMetadataInput {
  /** The page's own path (`/roles/ai-engineer`), or an absolute URL when the page is a copy of one elsewhere. */
  canonical: string;
  title: string;
  description: string;
  /** The home page's title is used as it is, without the site name appended. */
  absoluteTitle?: boolean;
  /** Kept out of search results (e.g. search result pages). */
  noindex?: boolean;
  /** Open Graph type; `article` adds the publication date. */
  article?: { publishedTime: string | null; authors: readonly string[] };
}

export function pageMetadata(input: PageMetadataInput): Metadata {
  // Cards are read outside the site, so they carry the site name themselves.
  const cardTitle = input.absoluteTitle ? input.title : `${input.title} | ${SITE_NAME}`;
  return {
    title: input.absoluteTitle ? { absolute: input.title } : input.title,
    description: input.description,
    // `alternates` replaces the layout's, so the feed link is repeated here.
    alternates: { canonical: input.canonical, types: FEED_ALTERNATE_TYPES },
    ...(input.noindex ? { robots: { index: false, follow: true } } : {}),
    openGraph: {
      siteName: SITE_NAME,
      locale: 'en_GB',
      url: input.canonical,
      title: cardTitle,
      description: input.description,
      ...(input.article
        ? {
            type: 'article',
            ...(input.article.publishedTime ? { publishedTime: input.article.publishedTime } : {}),
            authors: [...input.article.authors],
          }
        : { type: 'website' }),
    },
    twitter: { card: 'summary_large_image', title: cardTitle, description: input.description },
  };
}
