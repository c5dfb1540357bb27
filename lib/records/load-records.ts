/**
 * Reads everything the records are built from under one content directory
 * (articles, roles, catalogues) and builds them. Shared by the site's query
 * API and the `npm run records` report, so both see exactly the same data.
 */
import path from 'node:path';
import { certificationCatalogEntrySchema, skillCatalogEntrySchema } from '@/lib/content/schema';
import { loadArticles } from '@/lib/content/load-articles';
import { buildCareerRecords, type CareerRecords } from '@/lib/records/build-records';
import { loadRoles, loadYamlList } from '@/lib/records/load-catalog';

export interface LoadRecordsResult {
  records: CareerRecords;
  /** Every problem in the content or the records, `file: field: message`. */
  errors: string[];
}

/** Loads `contentDir` (articles/, roles/, catalog/) and builds the validated records. */
export function loadCareerRecords(contentDir: string): LoadRecordsResult {
  const articles = loadArticles(path.join(contentDir, 'articles'));
  const roles = loadRoles(path.join(contentDir, 'roles'));
  const skills = loadYamlList(path.join(contentDir, 'catalog', 'skills.yaml'), skillCatalogEntrySchema);
  const certifications = loadYamlList(
    path.join(contentDir, 'catalog', 'certifications.yaml'),
    certificationCatalogEntrySchema,
  );
  const { records, errors } = buildCareerRecords({
    articles: articles.articles,
    roles: roles.items,
    skillCatalog: skills.items,
    certificationCatalog: certifications.items,
  });
  return {
    records,
    errors: [...articles.errors, ...roles.errors, ...skills.errors, ...certifications.errors, ...errors],
  };
}
