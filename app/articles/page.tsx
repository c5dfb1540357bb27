import type { Metadata } from 'next';
import { ArticleFilterForm } from '@/components/article-filter-form';
import { ArticleList } from '@/components/article-list';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { getArticles } from '@/lib/content/articles';
import { formatCount } from '@/lib/format';
import {
  articleFilterOptions,
  filterArticles,
  readArticleFilter,
  type ArticleFilter,
  type QueryParams,
} from '@/lib/guides/article-filter';
import { getArticleRoles, getRoles } from '@/lib/records';
import { articlesMetadata } from '@/lib/seo/metadata';

export function generateMetadata(): Metadata {
  return articlesMetadata();
}

interface ArticlesPageProps {
  searchParams: Promise<QueryParams>;
}

export default async function ArticlesPage({ searchParams }: ArticlesPageProps) {
  const articles = getArticles();
  const roles = getRoles();
  const options = articleFilterOptions(articles, roles, getArticleRoles);
  const filter = readArticleFilter(await searchParams, options);
  const shown = filterArticles(articles, filter, getArticleRoles);
  const roleName = roles.find((role) => role.slug === filter.role)?.name;
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumbs items={[{ name: 'Articles' }]} />
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Articles</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        The articles every guide on this site is built from, newest first. Articles whose source states no date come
        last. Each one links to where it was first published.
      </p>
      <ArticleFilterForm options={options} filter={filter} />
      <p role="status" className="mt-6 font-medium">
        {describeResult(shown.length, articles.length, filter, roleName)}
      </p>
      <ArticleList articles={shown} linkCategories />
    </div>
  );
}

function describeResult(shown: number, total: number, filter: ArticleFilter, roleName: string | undefined): string {
  const count = formatCount(shown, { one: 'article', other: 'articles' });
  if (!filter.role && !filter.category) return `${formatCount(total, { one: 'article', other: 'articles' })}.`;
  const about = roleName ? ` about the ${roleName} role` : '';
  const inCategory = filter.category ? ` in the category “${filter.category}”` : '';
  return `${count}${about}${inCategory}, of ${total}.`;
}
