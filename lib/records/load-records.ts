/**
 * Reads everything the records are built from under one content directory
 * (articles, roles, catalogues) and builds them. Shared by the site's query
 * API and the `npm run records` report, so both see exactly the same data.
 */
import path from 'node:path';
import { certificationCatalogEntrySchema, skillCatalogEntrySchema } from '@/lib/content/schema';
import { loadArticles } from '@/lib/content/load-articles';
import { buildCareerRecords, type CareerRecords } from '@/lib/records/build-records';
import { fileRecordsCache, withCacheLock } from '@/lib/records/cache';
import { loadRoles, loadYamlList } from '@/lib/records/load-catalog';

export interface LoadRecordsResult {
  records: CareerRecords;
  /** Every problem in the content or the records, `file: field: message`. */
  errors: string[];
}

/** Where the records of each article are cached, and for which version of the extractors. */
export interface RecordsCacheOptions {
  dir: string;
  version: string;
}

/**
 * Loads `contentDir` (articles/, roles/, catalog/) and builds the validated
 * records; with `cache`, each article's records come from the cache when its
 * content and the extractors are unchanged, and concurrent processes extract
 * each article once between them.
 */
export function loadCareerRecords(contentDir: string, cache?: RecordsCacheOptions): LoadRecordsResult {
  const articles = loadArticles(path.join(contentDir, 'articles'));
  const roles = loadRoles(path.join(contentDir, 'roles'));
  const skills = loadYamlList(path.join(contentDir, 'catalog', 'skills.yaml'), skillCatalogEntrySchema);
  const certifications = loadYamlList(
    path.join(contentDir, 'catalog', 'certifications.yaml'),
    certificationCatalogEntrySchema,
  );
  const catalogues = { roles: roles.items, skillCatalog: skills.items, certificationCatalog: certifications.items };
  const build = () =>
    buildCareerRecords(
      { articles: articles.articles, ...catalogues },
      cache ? fileRecordsCache(cache.dir, cache.version, catalogues) : undefined,
    );
  const { records, errors } = cache ? withCacheLock(cache.dir, 'extract', build) : build();
  return {
    records,
    errors: [...articles.errors, ...roles.errors, ...skills.errors, ...certifications.errors, ...errors],
  };
}
