import Link from 'next/link';
import { ArticleList } from '@/components/article-list';
import { getArticles } from '@/lib/content/articles';
import { formatCount } from '@/lib/format';

const LATEST_COUNT = 5;

export default function HomePage() {
  const articles = getArticles();
  return (
    <>
      <section aria-labelledby="intro-title" className="flex flex-col gap-4">
        <h1 id="intro-title" className="text-3xl font-bold tracking-tight sm:text-4xl">
          Find your way into a career in AI
        </h1>
        <p className="text-lg leading-8 text-zinc-700 dark:text-zinc-300">
          AI Career Atlas gathers articles on working in artificial intelligence: what the roles involve, which skills
          they ask for and what they pay. Each article links back to where it was first published.
        </p>
      </section>
      <section aria-labelledby="latest-title" className="mt-10">
        <h2 id="latest-title" className="text-2xl font-bold">
          Latest articles
        </h2>
        <ArticleList articles={articles.slice(0, LATEST_COUNT)} headingLevel="h3" />
        <p className="mt-4">
          <Link href="/articles">Browse all {formatCount(articles.length, { one: 'article', other: 'articles' })}</Link>
        </p>
      </section>
    </>
  );
}
