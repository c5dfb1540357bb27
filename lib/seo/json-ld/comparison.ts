import type { WebPage, WithContext } from 'schema-dts';

export interface ComparisonPageInput {
  /** The page's path (`/compare/ai-engineer-vs-data-scientist`). */
  path: string;
  title: string;
  description: string;
  roles: readonly [{ name: string; slug: string }, { name: string; slug: string }];
  /** The articles that compare the two directly, with the original's address when the source states one. */
  sources: readonly { title: string; sourceUrl: string | null }[];
  /** The newest publication date among the articles either role's guide draws on. */
  newest: string | null;
}

/**
 * A comparison as a schema.org WebPage about the two Occupations it sets side
 * by side, citing the articles that compare them. Pure.
 */
export function comparisonPageJsonLd(input: ComparisonPageInput, siteUrl: URL): WithContext<WebPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: input.title,
    description: input.description,
    url: new URL(input.path, siteUrl).href,
    about: input.roles.map((role) => ({
      '@type': 'Occupation' as const,
      name: role.name,
      url: new URL(`/roles/${role.slug}`, siteUrl).href,
    })),
    ...(input.newest !== null && { dateModified: input.newest }),
    ...(input.sources.length > 0 && {
      citation: input.sources.map((source) => ({
        '@type': 'CreativeWork' as const,
        name: source.title,
        ...(source.sourceUrl !== null && { url: source.sourceUrl }),
      })),
    }),
  };
}
