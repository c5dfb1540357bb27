import type { WebPage, WithContext } from 'schema-dts';

/** What every page of the site described as a schema.org WebPage says of itself. */
interface WebPageInput {
  /** The page's path (`/roles/ai-engineer/responsibilities`). */
  path: string;
  title: string;
  description: string;
  /** The articles the page quotes, with the original's address when the source states one. */
  sources: readonly { title: string; sourceUrl: string | null }[];
  /** The newest publication date among the sources. */
  newest: string | null;
}

type Role = { name: string; slug: string };

export interface TopicPageInput extends WebPageInput {
  /** The role the page is about. */
  role: Role;
}

const occupation = (role: Role, siteUrl: URL) => ({
  '@type': 'Occupation' as const,
  name: role.name,
  url: new URL(`/roles/${role.slug}`, siteUrl).href,
});

/**
 * A page as a schema.org WebPage about `about`, dated by its newest source
 * and citing the articles it quotes (no citation when it quotes none). Pure.
 */
function webPageJsonLd(input: WebPageInput, about: WebPage['about'], siteUrl: URL): WithContext<WebPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: input.title,
    description: input.description,
    url: new URL(input.path, siteUrl).href,
    about,
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

/**
 * A role's topic page (responsibilities, career path, interview questions) as
 * a schema.org WebPage about the Occupation, citing the articles it quotes.
 * Pure.
 */
export function topicPageJsonLd(input: TopicPageInput, siteUrl: URL): WithContext<WebPage> {
  return webPageJsonLd(input, occupation(input.role, siteUrl), siteUrl);
}

/**
 * A comparison as a schema.org WebPage about the two Occupations it sets side
 * by side, citing the articles that compare them. Pure.
 */
export function comparisonPageJsonLd(
  input: WebPageInput & { roles: readonly [Role, Role] },
  siteUrl: URL,
): WithContext<WebPage> {
  return webPageJsonLd(
    input,
    input.roles.map((role) => occupation(role, siteUrl)),
    siteUrl,
  );
}
