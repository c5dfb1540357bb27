import { describe, expect, it } from 'vitest';
import { datasetJsonLd } from '@/lib/seo/json-ld/dataset';
import { SITE } from '../site-url';

const data = datasetJsonLd({
  siteUrl: SITE,
  siteName: 'AI Career Atlas',
  name: 'AI Career Atlas open data',
  description: 'The records behind the site.',
  version: '2025-08-29+a3ea08c2e345',
  dateModified: '2025-08-29T14:11:35Z',
  rights: 'The articles’ text stays their authors’.',
  files: [
    {
      name: 'salaries.json',
      description: 'One record per pay figure.',
      href: '/data/salaries.json',
      mediaType: 'application/json',
      bytes: 246728,
      sha256: 'f'.repeat(64),
    },
    {
      name: 'salaries.csv',
      description: 'One record per pay figure.',
      href: '/data/salaries.csv',
      mediaType: 'text/csv',
      bytes: 107914,
      sha256: 'e'.repeat(64),
    },
  ],
});

describe('datasetJsonLd', () => {
  it('offers every file as a DataDownload with its address, media type, size and hash', () => {
    expect(data.distribution).toEqual([
      {
        '@type': 'DataDownload',
        name: 'salaries.json',
        description: 'One record per pay figure.',
        contentUrl: 'https://careers.example.org/data/salaries.json',
        encodingFormat: 'application/json',
        contentSize: '246728 bytes',
        sha256: 'f'.repeat(64),
      },
      {
        '@type': 'DataDownload',
        name: 'salaries.csv',
        description: 'One record per pay figure.',
        contentUrl: 'https://careers.example.org/data/salaries.csv',
        encodingFormat: 'text/csv',
        contentSize: '107914 bytes',
        sha256: 'e'.repeat(64),
      },
    ]);
  });

  it('names the site as creator, the articles as the basis, the version and date, and states rights but no licence', () => {
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: 'AI Career Atlas open data',
      url: 'https://careers.example.org/data',
      version: '2025-08-29+a3ea08c2e345',
      dateModified: '2025-08-29T14:11:35Z',
      creator: { '@type': 'Organization', name: 'AI Career Atlas', url: 'https://careers.example.org/' },
      isBasedOn: 'https://careers.example.org/articles',
      copyrightNotice: 'The articles’ text stays their authors’.',
    });
    expect(data).not.toHaveProperty('license');
  });

  it('leaves out the date when no article states one', () => {
    const undated = datasetJsonLd({
      siteUrl: SITE,
      siteName: 'A',
      name: 'n',
      description: 'd',
      version: 'abc',
      dateModified: null,
      rights: 'r',
      files: [],
    });
    expect(undated).not.toHaveProperty('dateModified');
  });
});
