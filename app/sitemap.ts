import type { MetadataRoute } from 'next';
import { getArticles } from '@/lib/content/articles';
import { getPageInventory } from '@/lib/guides';
import { sitemapEntries } from '@/lib/seo/sitemap';
import { SITE_URL } from '@/lib/site';

/** The site-wide pages and every page the inventory offers to search engines. */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries({
    siteUrl: SITE_URL,
    pages: [...getPageInventory().values()].filter((page) => page.index),
    articleDates: new Map(getArticles().map((article) => [article.slug, article.publishedAt])),
  });
}
