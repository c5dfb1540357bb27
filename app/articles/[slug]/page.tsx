import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article-body';
import { ArticleHeader } from '@/components/article-header';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { SourceLink } from '@/components/source-link';
import { TableOfContents } from '@/components/table-of-contents';
import { getArticle, getArticles } from '@/lib/content/articles';
import { getTableOfContents } from '@/lib/markdown/table-of-contents';
import { articleMetadata } from '@/lib/seo/metadata';
import { articleJsonLd } from '@/lib/seo/json-ld/article';
import { SITE_URL } from '@/lib/site';

interface ArticlePageProps {
  params: Promise<{ slug: string }>;
}

// Every article is prerendered; any other slug is a 404.
export const dynamicParams = false;

export function generateStaticParams(): { slug: string }[] {
  return getArticles().map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  return articleMetadata((await params).slug) ?? {};
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const toc = getTableOfContents(article.body);
  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-8">
      <JsonLd data={articleJsonLd(article, SITE_URL)} />
      <div>
        <Breadcrumbs items={[{ name: 'Articles', href: '/articles' }, { name: article.title }]} />
        <ArticleHeader article={article} />
      </div>
      {toc.length >= 2 && <TableOfContents entries={toc} />}
      <ArticleBody markdown={article.body} />
      <footer className="border-t border-zinc-200 pt-6 text-sm dark:border-zinc-800">
        <SourceLink article={article} />
      </footer>
    </article>
  );
}
