import { describe, expect, it } from 'vitest';
import { webSiteJsonLd } from '@/lib/seo/json-ld/website';
import { SITE } from '../site-url';

describe('webSiteJsonLd', () => {
  it('describes the site and its search as a SearchAction on /search?q=', () => {
    expect(webSiteJsonLd({ siteUrl: SITE, name: 'AI Career Atlas', description: 'Careers in AI.' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: 'AI Career Atlas',
      description: 'Careers in AI.',
      url: 'https://careers.example.org/',
      potentialAction: {
        '@type': 'SearchAction',
        target: {
          '@type': 'EntryPoint',
          urlTemplate: 'https://careers.example.org/search?q={search_term_string}',
        },
        'query-input': 'required name=search_term_string',
      },
    });
  });
});
