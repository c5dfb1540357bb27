import path from 'node:path';
import { loadArticles } from '@/lib/content/load-articles';
import { loadPlaces } from '@/lib/content/load-places';
import { createPlaceLookup } from '@/lib/guides/pay/places';
import { buildOpenDataFiles } from '@/lib/open-data/build';
import { buildDataPackage } from '@/lib/open-data/data-package';
import { paySummaryRecords } from '@/lib/open-data/pay-summaries';
import { loadCareerRecords } from '@/lib/records/load-records';
import { SITE } from '../seo/site-url';

const CONTENT = path.resolve(import.meta.dirname, '../../../content');

/** The real records and articles, and everything published from them, built once for the open data tests. */
export const { records } = loadCareerRecords(CONTENT);
export const { articles } = loadArticles(path.join(CONTENT, 'articles'));
export const placeOf = createPlaceLookup(loadPlaces(CONTENT).items);
export const paySummaries = paySummaryRecords(records.roles, records.salaries, placeOf);
export const openData = buildOpenDataFiles({ records, paySummaries }, SITE);
export const descriptor = buildDataPackage({
  siteUrl: SITE,
  name: 'ai-career-atlas',
  title: 'AI Career Atlas open data',
  description: 'The records behind the site.',
  files: openData.files,
  articles,
});
