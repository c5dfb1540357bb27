/** The site's name, as titles, cards and feeds show it. */
export const SITE_NAME = 'AI Career Atlas';

/**
 * Where the site is served. Canonical links and other absolute URLs are built
 * from it; set SITE_URL when deploying (e.g. `SITE_URL=https://careers.example.org`).
 * The default is the address `npm start` serves on.
 */
export const SITE_URL = new URL(process.env.SITE_URL ?? 'http://localhost:3000');
