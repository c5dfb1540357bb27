import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { ArticleList } from '@/components/article-list';
import { FeaturedComparisons } from '@/components/compare/featured-comparisons';
import { JsonLd } from '@/components/json-ld';
import { RoleCard } from '@/components/role/role-card';
import { SiteSearchForm } from '@/components/site-search-form';
import { getArticles } from '@/lib/content/articles';
import { formatCount } from '@/lib/format';
import { getComparedPairs, getPlaceLookup } from '@/lib/guides';
import { buildRoleCards } from '@/lib/guides/role/guide';
import { getRoles, getSalaryFigures, getSkills } from '@/lib/records';
import { homeMetadata } from '@/lib/seo/metadata';
import { webSiteJsonLd } from '@/lib/seo/json-ld/website';
import { SITE_DESCRIPTION, SITE_NAME, SITE_URL } from '@/lib/site';

export function generateMetadata(): Metadata {
  return homeMetadata();
}

const LATEST_COUNT = 5;
const FEATURED_COUNT = 6;

export default function HomePage() {
  const articles = getArticles();
  const roles = getRoles();
  const figures = getSalaryFigures();
  const cards = buildRoleCards(roles, figures, getSkills(), getPlaceLookup());
  const featured = getComparedPairs();
  // Not every article states pay; the count is of those the figures come from.
  const articlesWithPay = new Set(figures.map((figure) => figure.provenance.article)).size;
  const names = new Map(roles.map((role) => [role.slug, role.name]));
  return (
    <div className="flex flex-col gap-14">
      <JsonLd data={webSiteJsonLd({ siteUrl: SITE_URL, name: SITE_NAME, description: SITE_DESCRIPTION })} />
      <section aria-labelledby="intro-title" className="flex max-w-3xl flex-col gap-5">
        <h1 id="intro-title" className="text-3xl font-bold tracking-tight sm:text-4xl">
          Find your way into a career in AI
        </h1>
        <p className="text-lg leading-8 text-zinc-700 dark:text-zinc-300">
          Guides to {formatCount(roles.length, { one: 'AI role', other: 'AI roles' })}: what the job is, the skills and
          certifications it asks for, how people move up, and what it pays by level and place. For hiring managers,
          side-by-side comparisons and a helper to choose which role to hire.
        </p>
        <p className="leading-7 text-zinc-700 dark:text-zinc-300">
          <strong className="text-zinc-900 dark:text-zinc-100">Why you can check it:</strong> the{' '}
          {formatCount(figures.length, { one: 'pay figure', other: 'pay figures' })} come from{' '}
          {formatCount(articlesWithPay, { one: 'published article', other: 'published articles' })} and each one links
          to the sentence or table cell it was read from. The medians beside them are computed here and say so; where
          sources disagree, the spread stays in view. <Link href="/about">How the data is made</Link>.
        </p>
        <SiteSearchForm id="home-search" prominent />
      </section>

      <section aria-labelledby="roles-title" className="flex flex-col gap-4">
        <h2 id="roles-title" className="text-2xl font-bold">
          Roles
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {cards.map((card) => (
            <RoleCard key={card.role.slug} card={card} headingLevel="h3" />
          ))}
        </ul>
        <p>
          <Link href="/salaries">Explore every pay figure</Link> or <Link href="/skills">browse skills</Link>.
        </p>
      </section>

      {featured.length > 0 && (
        <section aria-labelledby="compare-title" className="flex flex-col gap-4">
          <h2 id="compare-title" className="text-2xl font-bold">
            Roles the articles compare
          </h2>
          <FeaturedComparisons pairs={featured.slice(0, FEATURED_COUNT)} names={names} />
          <p>
            <Link href="/compare">Compare any two roles</Link> or <Link href="/hire">find which role to hire</Link>.
          </p>
        </section>
      )}

      <section aria-labelledby="latest-title" className="max-w-3xl">
        <h2 id="latest-title" className="text-2xl font-bold">
          Latest articles
        </h2>
        <ArticleList articles={articles.slice(0, LATEST_COUNT)} headingLevel="h3" />
        <p className="mt-4">
          <Link href="/articles">Browse all {formatCount(articles.length, { one: 'article', other: 'articles' })}</Link>
        </p>
      </section>
    </div>
  );
}
