import { getArticles } from '@/lib/content/articles';
import { getRoleGuide } from '@/lib/guides';
import { getRoles } from '@/lib/records';
import { toAtomXml } from '@/lib/seo/atom';
import { buildSiteFeed } from '@/lib/seo/site-feed';
import { SITE_DESCRIPTION, SITE_NAME, SITE_URL } from '@/lib/site';

// Content is fixed for a build, so the feed is written once at build time.
export const dynamic = 'force-static';

export function GET(): Response {
  const feed = buildSiteFeed({
    siteUrl: SITE_URL,
    siteName: SITE_NAME,
    description: SITE_DESCRIPTION,
    articles: getArticles(),
    roles: getRoles().map((role) => ({
      slug: role.slug,
      name: role.name,
      tagline: role.tagline,
      newest: getRoleGuide(role.slug)?.newest ?? null,
    })),
  });
  if (feed === null) return new Response('Nothing dated to publish yet.', { status: 404 });
  return new Response(toAtomXml(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
