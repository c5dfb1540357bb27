import type { Dataset, WithContext } from 'schema-dts';
import type { DataExport } from '@/lib/records/data-dictionary';

export interface DatasetInput {
  siteUrl: URL;
  siteName: string;
  name: string;
  description: string;
  exports: readonly DataExport[];
}

/** `text/csv; charset=utf-8` -> `text/csv`: encodingFormat is a media type, parameters aside. */
function mediaType(contentType: string): string {
  return contentType.split(';')[0]?.trim() ?? contentType;
}

/**
 * The open data on `/data` as a schema.org Dataset: one DataDownload per
 * published file, made by this site from the articles it republishes. No
 * licence is given because the page states none. Pure.
 */
export function datasetJsonLd({ siteUrl, siteName, name, description, exports }: DatasetInput): WithContext<Dataset> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name,
    description,
    url: new URL('/data', siteUrl).href,
    creator: { '@type': 'Organization', name: siteName, url: new URL('/', siteUrl).href },
    // The page says the records are read from the articles on this site.
    isBasedOn: new URL('/articles', siteUrl).href,
    distribution: exports.flatMap((entry) =>
      entry.files.map((file) => ({
        '@type': 'DataDownload' as const,
        name: file.name,
        description: entry.summary,
        contentUrl: new URL(file.href, siteUrl).href,
        encodingFormat: mediaType(file.contentType),
      })),
    ),
  };
}
