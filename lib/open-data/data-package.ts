/**
 * The Frictionless Data Package descriptor (`/data/datapackage.json`): one
 * resource per data file with its path, format, media type, encoding, size,
 * hash and schema, so tools can find, check and load the files without
 * reading the page. Its version and date come from the content, never the
 * clock: the same content always gives the same descriptor.
 */
import { createHash } from 'node:crypto';
import type { DataFile } from '@/lib/open-data/build';
import type { TableSchema } from '@/lib/open-data/table-schema';

/** The Data Package profile (version 2) the descriptor follows. */
export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

/** An article the records were read from, as the descriptor's sources list it. */
export interface SourceArticle {
  slug: string;
  title: string;
  /** Where the article was first published; `null` when its feed gave no link. */
  sourceUrl: string | null;
  publishedAt: string | null;
}

export interface PackageSource {
  title: string;
  path: string;
}

/** RFC 4180 as a Table Dialect: the defaults, stated so no tool has to guess. */
export const CSV_DIALECT = {
  header: true,
  delimiter: ',',
  lineTerminator: '\r\n',
  quoteChar: '"',
  doubleQuote: true,
} as const;

interface ResourceBase {
  name: string;
  title: string;
  description: string;
  path: string;
  format: DataFile['format'];
  mediatype: DataFile['mediaType'];
  encoding: 'utf-8';
  bytes: number;
  hash: string;
}

export interface TableResource extends ResourceBase {
  type: 'table';
  dialect: typeof CSV_DIALECT;
  schema: TableSchema;
}

/**
 * A JSON file: its JSON Schema is linked as `jsonSchema`, because the
 * Frictionless tools read a resource's `schema` as a Table Schema and reject
 * a JSON Schema there.
 */
export interface JsonResource extends ResourceBase {
  jsonSchema: string;
}

export interface DataPackage {
  $schema: typeof DATA_PACKAGE_PROFILE;
  name: string;
  title: string;
  description: string;
  homepage: string;
  version: string;
  /** The newest article's date; absent when no article states one. */
  created?: string;
  keywords: string[];
  sources: PackageSource[];
  resources: (TableResource | JsonResource)[];
}

export interface DataPackageInput {
  siteUrl: URL;
  name: string;
  title: string;
  description: string;
  files: readonly DataFile[];
  articles: readonly SourceArticle[];
}

/** The newest publication date among the articles, or `null` when none states one. */
export function newestDate(articles: readonly SourceArticle[]): string | null {
  let newest: string | null = null;
  for (const { publishedAt } of articles) {
    if (publishedAt !== null && (newest === null || Date.parse(publishedAt) > Date.parse(newest))) newest = publishedAt;
  }
  return newest;
}

/**
 * A hash of every data file's name and content: the first 12 hex digits of
 * the SHA-256 of one `name sha256` line per file, in file-name order. It
 * changes when any file changes and only then.
 */
export function contentHash(files: readonly Pick<DataFile, 'name' | 'sha256'>[]): string {
  const lines = [...files]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((file) => `${file.name} ${file.sha256}\n`);
  return createHash('sha256').update(lines.join(''), 'utf8').digest('hex').slice(0, 12);
}

/**
 * `2025-07-07+3fa9c1d2e4b5`: the day of the newest article, then the content
 * hash after a `+` as in a semantic version's build metadata. Without a dated
 * article, the hash alone.
 */
export function packageVersion(files: readonly Pick<DataFile, 'name' | 'sha256'>[], newest: string | null): string {
  const hash = contentHash(files);
  return newest === null ? hash : `${newest.slice(0, 10)}+${hash}`;
}

/** `salaries.csv` -> `salaries-csv`: resource names are identifiers, and one export has two files. */
export function resourceName(fileName: string): string {
  return fileName.toLowerCase().replace(/[^a-z0-9-]/g, '-');
}

function toResource(file: DataFile): TableResource | JsonResource {
  const base: ResourceBase = {
    name: resourceName(file.name),
    title: file.title,
    description: file.description,
    path: file.name,
    format: file.format,
    mediatype: file.mediaType,
    encoding: 'utf-8',
    bytes: file.bytes,
    hash: `sha256:${file.sha256}`,
  };
  if (file.format === 'csv') {
    if (!file.tableSchema) throw new Error(`${file.name} has no Table Schema`);
    return { ...base, type: 'table', dialect: CSV_DIALECT, schema: file.tableSchema };
  }
  // Relative to the descriptor, like `path`: the schemas are served under /data/schemas/.
  return { ...base, jsonSchema: `schemas/${file.schema.name}` };
}

/**
 * The descriptor for `files`, with every article listed as a source (its
 * original address, else its page here). Pure.
 */
export function buildDataPackage(input: DataPackageInput): DataPackage {
  const newest = newestDate(input.articles);
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: input.name,
    title: input.title,
    description: input.description,
    homepage: new URL('/data', input.siteUrl).href,
    version: packageVersion(input.files, newest),
    ...(newest === null ? {} : { created: newest }),
    keywords: ['careers', 'artificial intelligence', 'salaries', 'skills', 'job roles'],
    sources: input.articles.map((article) => ({
      title: article.title,
      path: article.sourceUrl ?? new URL(`/articles/${article.slug}`, input.siteUrl).href,
    })),
    resources: input.files.map(toResource),
  };
}
