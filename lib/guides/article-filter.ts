/**
 * Filtering the article list by the role it discusses and by its category,
 * from query parameters, so the filter works as a plain GET form without
 * JavaScript and every filtered list has a shareable address.
 */
import type { Article, Role } from '@/lib/content/schema';

export interface ArticleFilter {
  role: string | null;
  category: string | null;
}

export interface FilterOption {
  value: string;
  label: string;
  /** How many articles the option would show. */
  count: number;
}

export interface ArticleFilterOptions {
  roles: FilterOption[];
  categories: FilterOption[];
}

/** The roles each article discusses, by article slug. */
export type RolesOfArticle = (article: string) => readonly string[];

/** Query parameters as Next.js hands them to a page. */
export type QueryParams = Record<string, string | string[] | undefined>;

/**
 * The choices worth offering: only roles and categories that at least one
 * article has, most common first, so the lists never lead to an empty page.
 */
export function articleFilterOptions(
  articles: readonly Article[],
  roles: readonly Role[],
  rolesOf: RolesOfArticle,
): ArticleFilterOptions {
  const roleOptions = roles
    .map((role) => ({
      value: role.slug,
      label: role.name,
      count: articles.filter((article) => rolesOf(article.slug).includes(role.slug)).length,
    }))
    .filter((option) => option.count > 0);
  const categoryCounts = new Map<string, number>();
  for (const article of articles) {
    for (const category of new Set(article.categories)) {
      categoryCounts.set(category, (categoryCounts.get(category) ?? 0) + 1);
    }
  }
  const categories = [...categoryCounts].map(([category, count]) => ({ value: category, label: category, count }));
  return { roles: byCountThenLabel(roleOptions), categories: byCountThenLabel(categories) };
}

function byCountThenLabel(options: FilterOption[]): FilterOption[] {
  return options.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en'));
}

/** The first value of a query parameter, if it is a non-empty string. */
export function firstParam(params: QueryParams, name: string): string | undefined {
  const value = params[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first.trim() === '' ? undefined : first.trim();
}

/**
 * Reads `?role=` and `?category=`. A value that is not one of the options
 * (an old link, a typo) is ignored rather than showing an empty list.
 */
export function readArticleFilter(params: QueryParams, options: ArticleFilterOptions): ArticleFilter {
  const role = firstParam(params, 'role');
  const category = firstParam(params, 'category');
  return {
    role: options.roles.find((option) => option.value === role)?.value ?? null,
    category: options.categories.find((option) => option.value === category)?.value ?? null,
  };
}

/** The articles matching every set field of the filter, in the order given. */
export function filterArticles(
  articles: readonly Article[],
  filter: ArticleFilter,
  rolesOf: RolesOfArticle,
): Article[] {
  return articles.filter(
    (article) =>
      (filter.role === null || rolesOf(article.slug).includes(filter.role)) &&
      (filter.category === null || article.categories.includes(filter.category)),
  );
}

/** `/articles?category=Career`: the address of a filtered list, for links from tags. */
export function articleListHref(filter: Partial<ArticleFilter>): string {
  const query = new URLSearchParams();
  if (filter.role) query.set('role', filter.role);
  if (filter.category) query.set('category', filter.category);
  const text = query.toString();
  return text === '' ? '/articles' : `/articles?${text}`;
}
