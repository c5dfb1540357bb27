/**
 * The one MiniSearch configuration. The build serializes the index with it
 * and the browser loads that index with it (`MiniSearch.loadJSON` needs the
 * same fields and tokenizer), and both search with its defaults, so results
 * as you type match the server-rendered results for the same query.
 * Importable from client components: no server-only code here.
 */
import type { Options } from 'minisearch';

/** The kinds of entry the site search finds, in the order results are grouped. */
export const searchTypes = ['role', 'skill', 'certification', 'article'] as const;
export type SearchType = (typeof searchTypes)[number];

/** One searchable entry, as indexed (`text` is extra matter; `aliases` are other names for it). */
export interface SearchDocument {
  /** `<type>:<slug>`, unique across types. */
  id: string;
  type: SearchType;
  title: string;
  aliases: string;
  text: string;
  url: string;
  /** One short line shown under the result's link. */
  snippet: string;
}

// The site is a set of role guides: when a role and, say, a certification
// named after it match equally, the role's guide is the better answer.
const typeBoosts: Record<SearchType, number> = { role: 1.5, skill: 1.2, certification: 1, article: 0.8 };

export const searchIndexOptions = {
  idField: 'id',
  fields: ['title', 'aliases', 'text'],
  storeFields: ['type', 'title', 'url', 'snippet'],
  searchOptions: {
    // A name or another name for the entry matters more than words in its description.
    boost: { title: 4, aliases: 3 },
    // Only the word being typed is a prefix ("pyto" finds PyTorch) so earlier
    // whole words still narrow the results.
    prefix: (_term: string, index: number, terms: string[]) => index === terms.length - 1,
    // One typo in words of five letters or more ("enginer"); short words must be exact.
    fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false),
    combineWith: 'OR',
    boostDocument: (_id: unknown, _term: string, stored?: Partial<SearchDocument>) =>
      (stored?.type === undefined ? undefined : typeBoosts[stored.type]) ?? 1,
  },
} satisfies Options<SearchDocument>;
