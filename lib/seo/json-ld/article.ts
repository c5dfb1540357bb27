import type { Article as ArticlePage, WithContext } from 'schema-dts';
import type { Article } from '@/lib/content/schema';

/**
 * An article page as a schema.org Article. The page republishes another
 * site's article, so `isBasedOn` names the original when the source states
 * its address; the date and author are given only when the source states
 * them. Feed authors are the writer's account name, so the author is a Person. Pure.
 */
export function articleJsonLd(article: Article, siteUrl: URL): WithContext<ArticlePage> {
  const url = new URL(`/articles/${article.slug}`, siteUrl).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.title,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    ...(article.publishedAt !== null && { datePublished: article.publishedAt }),
    ...(article.author !== null && { author: { '@type': 'Person' as const, name: article.author } }),
    ...(article.sourceUrl !== null && { isBasedOn: article.sourceUrl }),
    ...(article.categories.length > 0 && { keywords: article.categories }),
  };
}
