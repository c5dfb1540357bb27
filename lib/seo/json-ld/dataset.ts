import type { Dataset, WithContext } from 'schema-dts';

/** One published data file as the Dataset offers it. */
export interface DatasetFile {
  name: string;
  /** What one record of the file is. */
  description: string;
  /** Path on the site, `/data/salaries.csv`. */
  href: string;
  /** Media type without parameters, `text/csv`. */
  mediaType: string;
  bytes: number;
  /** Lowercase hex SHA-256 of the file. */
  sha256: string;
}

export interface DatasetInput {
  siteUrl: URL;
  siteName: string;
  name: string;
  description: string;
  /** The Data Package version: the newest article's date and a hash of the files. */
  version: string;
  /** The newest article's date; `null` when no article states one. */
  dateModified: string | null;
  /** Who may do what with the files, in plain words. */
  rights: string;
  files: readonly DatasetFile[];
}

/**
 * The open data on `/data` as a schema.org Dataset: one DataDownload per
 * published file with its size and hash, made by this site from the articles
 * it republishes. No licence is given because the page states none; the
 * rights statement is the copyright notice. Pure.
 */
export function datasetJsonLd(input: DatasetInput): WithContext<Dataset> {
  const { siteUrl, siteName } = input;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    url: new URL('/data', siteUrl).href,
    version: input.version,
    ...(input.dateModified === null ? {} : { dateModified: input.dateModified }),
    creator: { '@type': 'Organization', name: siteName, url: new URL('/', siteUrl).href },
    // The page says the records are read from the articles on this site.
    isBasedOn: new URL('/articles', siteUrl).href,
    copyrightNotice: input.rights,
    distribution: input.files.map((file) => ({
      '@type': 'DataDownload' as const,
      name: file.name,
      description: file.description,
      contentUrl: new URL(file.href, siteUrl).href,
      encodingFormat: file.mediaType,
      contentSize: `${file.bytes} bytes`,
      sha256: file.sha256,
    })),
  };
}
