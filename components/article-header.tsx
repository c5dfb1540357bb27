import { ArticleDate } from '@/components/article-date';
import { CategoryList } from '@/components/category-list';
import { SourceLink } from '@/components/source-link';
import type { Article } from '@/lib/content/schema';
import { formatReadingTime } from '@/lib/format';
import { readingMinutes } from '@/lib/markdown/reading-time';

/** The page's h1 and the article's facts: date, author, categories and source. */
export function ArticleHeader({ article }: { article: Article }) {
  return (
    <header className="flex flex-col gap-4 border-b border-zinc-200 pb-6 dark:border-zinc-800">
      <h1 className="text-3xl leading-tight font-bold tracking-tight sm:text-4xl">{article.title}</h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="text-zinc-600 dark:text-zinc-400">Published</dt>
        <dd>
          <ArticleDate publishedAt={article.publishedAt} />
        </dd>
        <dt className="text-zinc-600 dark:text-zinc-400">Reading time</dt>
        <dd>{formatReadingTime(readingMinutes(article.body))}</dd>
        {article.author !== null && (
          <>
            <dt className="text-zinc-600 dark:text-zinc-400">Author</dt>
            <dd>{article.author}</dd>
          </>
        )}
        {article.categories.length > 0 && (
          <>
            <dt className="text-zinc-600 dark:text-zinc-400">Categories</dt>
            <dd>
              <CategoryList categories={article.categories} />
            </dd>
          </>
        )}
        <dt className="text-zinc-600 dark:text-zinc-400">Source</dt>
        <dd>
          <SourceLink article={article} />
        </dd>
      </dl>
    </header>
  );
}
