import path from 'node:path';
import { loadArticles } from '@/lib/content/load-articles';
import { loadCareerRecords } from '@/lib/records/load-records';

const CONTENT = path.resolve(import.meta.dirname, '../../../content');

/** The published records and article titles, built once for the guide tests. */
export const { records } = loadCareerRecords(CONTENT);
export const titles = new Map(
  loadArticles(path.join(CONTENT, 'articles')).articles.map((article) => [article.slug, article.title]),
);
