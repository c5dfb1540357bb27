import type { Metadata } from 'next';
import { ArticleList } from '@/components/article-list';
import { getArticles } from '@/lib/content/articles';
import { formatCount } from '@/lib/format';

export const metadata: Metadata = {
  title: 'Articles',
  description: 'Every article in AI Career Atlas, newest first.',
};

export default function ArticlesPage() {
  const articles = getArticles();
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Articles</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        {formatCount(articles.length, { one: 'article', other: 'articles' })}, newest first. Articles whose source
        states no date come last.
      </p>
      <ArticleList articles={articles} />
    </>
  );
}
