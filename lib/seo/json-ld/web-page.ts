import type { WebPage, WithContext } from 'schema-dts';

export interface TopicPageInput {
  /** The page's path (`/roles/ai-engineer/responsibilities`). */
  path: string;
  title: string;
  description: string;
  /** The role the page is about. */
  role: { name: string; slug: string };
  /** The articles the page quotes, with the original's address when the source states one. */
  sources: readonly { title: string; sourceUrl: string | null }[];
  /** The newest publication date among the sources. */
  newest: string | null;
}

/**
 * A role's topic page (responsibilities, career path, interview questions) as
 * a schema.org WebPage about the Occupation, citing the articles it quotes.
 * Pure.
 */
export function topicPageJsonLd(input: TopicPageInput, siteUrl: URL): WithContext<WebPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: input.title,
    description: input.description,
    url: new URL(input.path, siteUrl).href,
    about: { '@type': 'Occupation', name: input.role.name, url: new URL(`/roles/${input.role.slug}`, siteUrl).href },
    ...(input.newest !== null && { dateModified: input.newest }),
    citation: input.sources.map((source) => ({
      '@type': 'CreativeWork' as const,
      name: source.title,
      ...(source.sourceUrl !== null && { url: source.sourceUrl }),
    })),
  };
}
