/**
 * Running a query and grouping its hits by type. Shared by the server page
 * and the instant results in the browser, so both show the same thing.
 * Importable from client components: no server-only code here.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { searchIndexOptions, searchTypes, type SearchDocument, type SearchType } from '@/lib/search/index-options';

/** What a result needs to be shown: a link and its snippet. */
export interface SearchHit {
  id: string;
  type: SearchType;
  title: string;
  url: string;
  snippet: string;
}

export interface SearchGroup {
  type: SearchType;
  /** Plural heading: "Roles". */
  label: string;
  hits: SearchHit[];
}

export const searchTypeLabels: Record<SearchType, string> = {
  role: 'Roles',
  skill: 'Skills',
  certification: 'Certifications',
  article: 'Articles',
};

/** Queries longer than this are cut: nobody types more, and fuzzy matching grows with length. */
export const MAX_QUERY_LENGTH = 100;

/** The query as searched: trimmed, inner whitespace collapsed, at most `MAX_QUERY_LENGTH` characters. */
export function normalizeQuery(query: string | readonly string[] | undefined): string {
  const text = typeof query === 'string' ? query : (query?.[0] ?? '');
  return text.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}

/** An index over `documents` with the shared options (the server's and the build's). */
export function createSearchIndex(documents: readonly SearchDocument[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(searchIndexOptions);
  index.addAll(documents);
  return index;
}

/** A serialized index (`/search-index.json`) loaded with the shared options. */
export function loadSearchIndex(json: string): MiniSearch<SearchDocument> {
  return MiniSearch.loadJSON<SearchDocument>(json, searchIndexOptions);
}

function isSearchType(value: unknown): value is SearchType {
  return searchTypes.some((type) => type === value);
}

/** A result's stored fields, checked: a result missing one is dropped rather than shown half-empty. */
function toHit(result: SearchResult): SearchHit | null {
  const { type, title, url, snippet } = result;
  if (!isSearchType(type) || typeof title !== 'string' || typeof url !== 'string' || typeof snippet !== 'string') {
    return null;
  }
  return { id: String(result.id), type, title, url, snippet };
}

/** Hits for `query`, best first; none for an empty query. */
export function searchHits(index: MiniSearch<SearchDocument>, query: string): SearchHit[] {
  const text = normalizeQuery(query);
  if (text === '') return [];
  return index.search(text).flatMap((result) => toHit(result) ?? []);
}

/**
 * Hits grouped by type, best first within each; empty groups left out. The
 * group holding the best hit comes first, so "pytorch" leads with the PyTorch
 * skill rather than with roles whose summaries mention it.
 */
export function groupHits(hits: readonly SearchHit[]): SearchGroup[] {
  const bestRank = (type: SearchType) => hits.findIndex((hit) => hit.type === type);
  return searchTypes
    .map((type) => ({ type, label: searchTypeLabels[type], hits: hits.filter((hit) => hit.type === type) }))
    .filter((group) => group.hits.length > 0)
    .sort((a, b) => bestRank(a.type) - bestRank(b.type));
}
