import type { MetadataRoute } from 'next';
import { SITE_URL } from '@/lib/site';

/** Everything may be crawled; the sitemap lists the pages meant to rank. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/' }],
    sitemap: new URL('/sitemap.xml', SITE_URL).href,
  };
}
