/**
 * Where the site is served. Canonical links and other absolute URLs are built
 * from it; set SITE_URL when deploying (e.g. `SITE_URL=https://careers.example.org`).
 * The default is the address `npm start` serves on.
 */
export const SITE_URL = new URL(process.env.SITE_URL ?? 'http://localhost:3000');

/** The site's name, as structured data, the feed, the manifest and social images give it. */
export const SITE_NAME = 'AI Career Atlas';

/** One sentence on what the site is, for the same places. */
export const SITE_DESCRIPTION =
  'Articles on careers in artificial intelligence (roles, skills and pay), gathered from public blogs.';
