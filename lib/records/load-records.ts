/**
 * Reads everything the records are built from under one content directory
 * (articles, roles, catalogues) and builds them. Shared by the site's query
 * API and the `npm run records` report, so both see exactly the same data.
 */
import path from 'node:path';
import { certificationCatalogEntrySchema, skillCatalogEntrySchema } from '@/lib/content/schema';
import { articlesLastFirst, loadArticles } from '@/lib/content/load-articles';
import {
  buildCareerRecords,
  extractIntoCache,
  lastSlugFirst,
  type CareerRecords,
  type RecordsInput,
} from '@/lib/records/build-records';
import { EXTRACT_LOCK, fileRecordsCache, isCacheLocked, withCacheLock } from '@/lib/records/cache';
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
  /**
   * Called when this process holds the lock and is about to build, with the
   * size (characters of Markdown) of the articles not cached yet: the moment
   * to start a helper (`helpExtractRecords` in another process) when there is
   * much to extract.
   */
  onBuilding?: (uncachedSize: () => number) => void;
  /**
   * This process took the cache's lock (`tryCacheLock(dir, EXTRACT_LOCK)`)
   * before it loaded the records' code, and releases it itself.
   */
  lockHeld?: boolean;
}

/**
 * Loads `contentDir` (articles/, roles/, catalog/) and builds the validated
 * records. With `cache`, each article's records come from the cache when its
 * content and the extractors are unchanged, and concurrent processes extract
 * each article once between them: one builds, first article first; the others
 * help while they wait, extracting from the other end into the cache; then
 * they read the cache.
 */
export function loadCareerRecords(contentDir: string, cache?: RecordsCacheOptions): LoadRecordsResult {
  const { input, errors: contentErrors } = loadRecordsInput(contentDir);
  if (!cache) {
    const { records, errors } = buildCareerRecords(input);
    return { records, errors: [...contentErrors, ...errors] };
  }
  const store = fileRecordsCache(cache.dir, cache.version, cataloguesOf(input));
  const build = (): ReturnType<typeof buildCareerRecords> => {
    cache.onBuilding?.(() =>
      input.articles.reduce((size, article) => (store.has(article) ? size : size + article.body.length), 0),
    );
    return buildCareerRecords(input, store);
  };
  const { records, errors } = cache.lockHeld
    ? build()
    : withCacheLock(cache.dir, EXTRACT_LOCK, build, {
        whileWaiting: (stillLocked) =>
          extractIntoCache(lastSlugFirst(input.articles), cataloguesOf(input), store, stillLocked),
      });
  return { records, errors: [...contentErrors, ...errors] };
}

/**
 * Helps a process that is building the records of `contentDir` into the same
 * cache: extracts the articles not cached yet, last first, until the builder
 * releases the lock. Returns the slugs it extracted (none when no process is
 * building). It reads each article only when it comes to it, so it starts at
 * once and never reads the ones the builder got to first. Problems in the
 * content are the builder's to report.
 */
export function helpExtractRecords(contentDir: string, cache: Pick<RecordsCacheOptions, 'dir' | 'version'>): string[] {
  const catalogues = loadCatalogues(contentDir).catalogues;
  const store = fileRecordsCache(cache.dir, cache.version, catalogues);
  return extractIntoCache(articlesLastFirst(path.join(contentDir, 'articles')), catalogues, store, () =>
    isCacheLocked(cache.dir, EXTRACT_LOCK),
  );
}

const cataloguesOf = ({ roles, skillCatalog, certificationCatalog }: RecordsInput): Omit<RecordsInput, 'articles'> => ({
  roles,
  skillCatalog,
  certificationCatalog,
});

/** The articles, roles and catalogues under `contentDir`, with every problem found reading them. */
function loadRecordsInput(contentDir: string): { input: RecordsInput; errors: string[] } {
  const articles = loadArticles(path.join(contentDir, 'articles'));
  const { catalogues, errors } = loadCatalogues(contentDir);
  return { input: { articles: articles.articles, ...catalogues }, errors: [...articles.errors, ...errors] };
}

/** The roles and catalogues under `contentDir`, with every problem found reading them. */
function loadCatalogues(contentDir: string): { catalogues: Omit<RecordsInput, 'articles'>; errors: string[] } {
  const roles = loadRoles(path.join(contentDir, 'roles'));
  const skills = loadYamlList(path.join(contentDir, 'catalog', 'skills.yaml'), skillCatalogEntrySchema);
  const certifications = loadYamlList(
    path.join(contentDir, 'catalog', 'certifications.yaml'),
    certificationCatalogEntrySchema,
  );
  return {
    catalogues: { roles: roles.items, skillCatalog: skills.items, certificationCatalog: certifications.items },
    errors: [...roles.errors, ...skills.errors, ...certifications.errors],
  };
}
