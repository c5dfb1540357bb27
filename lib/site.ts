/**
 * Where the site is served. Canonical links and other absolute URLs are built
 * from it; set SITE_URL when deploying (e.g. `SITE_URL=https://careers.example.org`).
 * The default is the address `npm start` serves on.
 */
export const SITE_URL = new URL(process.env.SITE_URL ?? 'http://localhost:3000');

/** The site's name, as titles, structured data, the feed, the manifest and social images give it. */
export const SITE_NAME = 'AI Career Atlas';

/** One sentence on what the site is, for the same places. */
export const SITE_DESCRIPTION =
  'Articles on careers in artificial intelligence (roles, skills and pay), gathered from public blogs.';

/** The site's colour: the background of app/icon.svg, for the manifest and the PNG icons. */
export const SITE_THEME_COLOR = '#1d4ed8';

/**
 * The Atom feed as `alternates.types` for page metadata. Next.js merges
 * metadata shallowly, so a page that sets its own `alternates` (a canonical
 * URL) replaces the layout's and must repeat this to keep the feed link.
 */
export const FEED_ALTERNATE_TYPES = { 'application/atom+xml': '/feed.xml' };
