/**
 * The site's search index, built from the records once per process: the
 * `/search-index.json` build output and the server-rendered `/search` page
 * both come from it.
 */
import 'server-only';
import type MiniSearch from 'minisearch';
import { getArticles } from '@/lib/content/articles';
import { getCareerRecords } from '@/lib/records';
import { buildSearchDocuments } from '@/lib/search/documents';
import type { SearchDocument } from '@/lib/search/index-options';
import { createSearchIndex } from '@/lib/search/results';

let built: MiniSearch<SearchDocument> | undefined;

/** The index over every role, skill, certification and article. */
export function getSearchIndex(): MiniSearch<SearchDocument> {
  if (built && process.env.NODE_ENV !== 'development') return built;
  const { roles, skills, certifications } = getCareerRecords();
  built = createSearchIndex(buildSearchDocuments({ roles, skills, certifications, articles: getArticles() }));
  return built;
}
