import { describe, expect, it } from 'vitest';
import { dataExports } from '@/lib/records/data-dictionary';
import { datasetJsonLd } from '@/lib/seo/json-ld/dataset';
import { SITE } from '../site-url';

const data = datasetJsonLd({
  siteUrl: SITE,
  siteName: 'AI Career Atlas',
  name: 'AI Career Atlas open data',
  description: 'The records behind the site.',
  exports: dataExports,
});

describe('datasetJsonLd', () => {
  it('offers every published file as a DataDownload with its media type', () => {
    expect(data.distribution).toEqual([
      expect.objectContaining({
        '@type': 'DataDownload',
        name: 'salaries.json',
        contentUrl: 'https://careers.example.org/data/salaries.json',
        encodingFormat: 'application/json',
      }),
      expect.objectContaining({
        name: 'salaries.csv',
        contentUrl: 'https://careers.example.org/data/salaries.csv',
        encodingFormat: 'text/csv',
      }),
      expect.objectContaining({ contentUrl: 'https://careers.example.org/data/roles.json' }),
      expect.objectContaining({ contentUrl: 'https://careers.example.org/data/skills.json' }),
      expect.objectContaining({ contentUrl: 'https://careers.example.org/data/certifications.json' }),
    ]);
  });

  it('names the site as creator and the articles as the basis, and states no licence', () => {
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: 'AI Career Atlas open data',
      url: 'https://careers.example.org/data',
      creator: { '@type': 'Organization', name: 'AI Career Atlas', url: 'https://careers.example.org/' },
      isBasedOn: 'https://careers.example.org/articles',
    });
    expect(data).not.toHaveProperty('license');
  });
});
