import { Link } from '@/components/link';
import { ArticleDate } from '@/components/article-date';
import { CategoryList } from '@/components/category-list';
import type { Article } from '@/lib/content/schema';

interface ArticleListProps {
  articles: readonly Article[];
  /** The level that fits the page outline: h2 under the page's h1, h3 under an h2 section. */
  headingLevel?: 'h2' | 'h3';
  /** Make each category a link to the list filtered by it. */
  linkCategories?: boolean;
}

/** Articles as a list of title links with date and categories, in the order given. */
export function ArticleList({ articles, headingLevel: Heading = 'h2', linkCategories = false }: ArticleListProps) {
  return (
    <ul className="divide-y divide-zinc-200 dark:divide-zinc-800">
      {articles.map((article) => (
        <li key={article.slug} className="flex flex-col gap-2 py-5">
          <Heading className="text-lg leading-snug font-semibold">
            <Link href={`/articles/${article.slug}`}>{article.title}</Link>
          </Heading>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            <ArticleDate publishedAt={article.publishedAt} />
          </p>
          <CategoryList categories={article.categories} linked={linkCategories} />
        </li>
      ))}
    </ul>
  );
}
