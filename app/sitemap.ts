import type { MetadataRoute } from 'next';
import { getArticles } from '@/lib/content/articles';
import { getRolePairs } from '@/lib/guides';
import { hasSkillPage } from '@/lib/guides/skills/page';
import { getGuideFacts, getRoleArticles, getRoles, getSalaryFigures, getSkills } from '@/lib/records';
import { sitemapEntries } from '@/lib/seo/sitemap';
import { SITE_URL } from '@/lib/site';

export default function sitemap(): MetadataRoute.Sitemap {
  const roles = getRoles().map((role) => ({
    slug: role.slug,
    // What the guide is built from: the articles that discuss the role, state its pay or its facts.
    articles: [
      ...new Set([
        ...getRoleArticles(role.slug),
        ...getSalaryFigures({ role: role.slug }).map((figure) => figure.provenance.article),
        ...getGuideFacts(role.slug).map((fact) => fact.article),
      ]),
    ],
  }));
  return sitemapEntries({
    siteUrl: SITE_URL,
    roles,
    pairs: getRolePairs(),
    skills: getSkills().filter(hasSkillPage),
    articleDates: new Map(getArticles().map((article) => [article.slug, article.publishedAt])),
  });
}
