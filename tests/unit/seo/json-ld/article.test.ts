import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content/load-articles';
import { articleJsonLd } from '@/lib/seo/json-ld/article';
import { SITE } from '../site-url';

const { articles } = loadArticles(path.resolve(import.meta.dirname, '../../../../content/articles'));

function article(slug: string) {
  const found = articles.find((entry) => entry.slug === slug);
  if (!found) throw new Error(`no article ${slug}`);
  return found;
}

describe('articleJsonLd', () => {
  it('gives the headline, date, author and original of an article that states them', () => {
    const source = article('the-2025-ai-engineer-career-report-a-data-driven-analysis');
    const url = 'https://careers.example.org/articles/the-2025-ai-engineer-career-report-a-data-driven-analysis';
    expect(articleJsonLd(source, SITE)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: source.title,
      url,
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      datePublished: source.publishedAt,
      author: { '@type': 'Person', name: source.author },
      isBasedOn: source.sourceUrl,
      keywords: source.categories,
    });
    expect(source.sourceUrl).toMatch(/^https:\/\/blog\.9cv9\.com\//);
  });

  it('leaves out the date, author and original when the source does not state them', () => {
    const source = article('ai-engineer-roles-and-responsibilities');
    expect(source.publishedAt).toBeNull();
    const data = articleJsonLd(source, SITE);
    expect(data).not.toHaveProperty('datePublished');
    expect(data).not.toHaveProperty('author');
    expect(data).not.toHaveProperty('isBasedOn');
    expect(data.headline).toBe(source.title);
  });
});
