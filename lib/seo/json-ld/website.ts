import type { SearchAction, WebSite, WithActionConstraints, WithContext } from 'schema-dts';

export interface WebSiteInput {
  siteUrl: URL;
  name: string;
  description: string;
}

/**
 * The site itself, with its search (`/search?q=`) as a SearchAction so search
 * engines can offer a search box for it. Pure.
 */
export function webSiteJsonLd({ siteUrl, name, description }: WebSiteInput): WithContext<WebSite> {
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    target: {
      '@type': 'EntryPoint',
      urlTemplate: `${new URL('/search', siteUrl).href}?q={search_term_string}`,
    },
    'query-input': 'required name=search_term_string',
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name,
    description,
    url: new URL('/', siteUrl).href,
    potentialAction: search,
  };
}
