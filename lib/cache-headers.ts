/**
 * Cache-Control for everything that is not a hashed asset. Pages and data
 * files change only when the site is rebuilt, so a CDN may keep them for an
 * hour and then serve its copy for a day more while it fetches the new one;
 * browsers revalidate on each visit (cheap: the server sends an ETag), so a
 * reader never sees an old page after a deploy reaches the CDN.
 *
 * Hashed assets under /_next/static keep the framework's own
 * `public, max-age=31536000, immutable`: their names change with their content.
 */
export const CDN_FRESH_SECONDS = 60 * 60;
export const CDN_STALE_SECONDS = 24 * 60 * 60;

export const PAGE_CACHE_CONTROL = `public, max-age=0, s-maxage=${CDN_FRESH_SECONDS}, stale-while-revalidate=${CDN_STALE_SECONDS}`;

/** Every path except the framework's hashed assets. */
export const CACHEABLE_PATHS = '/:path((?!_next/).*)';
