/**
 * The site's Atom feed: one entry per article (linking to its page here) and
 * one per role guide, dated by the newest article the guide draws on. Atom
 * requires a date on every entry and we never make one up, so an article
 * whose source states no date, or a guide whose sources state none, is left
 * out. Pure: the caller passes the articles and guides.
 */
import type { Article } from '@/lib/content/schema';
import { articleExcerpt, shorten } from '@/lib/search/documents';
import type { AtomEntry, AtomFeed } from '@/lib/seo/atom';

/** The author of an article whose source names none. */
export const AUTHOR_NOT_STATED = 'Author not stated';

/** Summaries are a reader's preview, not the article. */
const SUMMARY_LENGTH = 300;

export interface FeedRole {
  slug: string;
  name: string;
  tagline: string;
  /** The newest publication date among the articles the guide draws on; `null` when none states one. */
  newest: string | null;
}

export interface SiteFeedInput {
  siteUrl: URL;
  siteName: string;
  description: string;
  articles: readonly Article[];
  roles: readonly FeedRole[];
}

function articleEntry(article: Article, date: string, siteUrl: URL): AtomEntry {
  const page = new URL(`/articles/${article.slug}`, siteUrl).href;
  return {
    id: page,
    title: article.title,
    updated: date,
    published: date,
    links: [
      { rel: 'alternate', href: page, type: 'text/html' },
      ...(article.sourceUrl === null ? [] : [{ rel: 'via' as const, href: article.sourceUrl, type: 'text/html' }]),
    ],
    authors: [{ name: article.author ?? AUTHOR_NOT_STATED }],
    summary: shorten(articleExcerpt(article), SUMMARY_LENGTH),
    categories: article.categories,
  };
}

function roleEntry(role: FeedRole, date: string, input: SiteFeedInput): AtomEntry {
  const page = new URL(`/roles/${role.slug}`, input.siteUrl).href;
  return {
    id: page,
    title: `${role.name}: role guide`,
    updated: date,
    links: [{ rel: 'alternate', href: page, type: 'text/html' }],
    authors: [{ name: input.siteName, uri: new URL('/', input.siteUrl).href }],
    summary: role.tagline,
    categories: ['Role guide'],
  };
}

/** Newest first, then by title, so the feed is stable from build to build. */
function byUpdated(a: AtomEntry, b: AtomEntry): number {
  return b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title);
}

/** The feed, or `null` when no article or guide has a date to publish it under. */
export function buildSiteFeed(input: SiteFeedInput): AtomFeed | null {
  const articles = input.articles.flatMap((article) =>
    article.publishedAt === null ? [] : [articleEntry(article, article.publishedAt, input.siteUrl)],
  );
  const roles = input.roles.flatMap((role) => (role.newest === null ? [] : [roleEntry(role, role.newest, input)]));
  const entries = [...articles, ...roles].sort(byUpdated);
  const [newest] = entries;
  if (newest === undefined) return null;
  return {
    id: new URL('/', input.siteUrl).href,
    title: input.siteName,
    subtitle: input.description,
    updated: newest.updated,
    self: new URL('/feed.xml', input.siteUrl).href,
    alternate: new URL('/', input.siteUrl).href,
    entries,
  };
}
