'use client';

import type MiniSearch from 'minisearch';
import { Link } from '@/components/link';
import { useEffect, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { formatCount } from '@/lib/format';
import type { SearchDocument } from '@/lib/search/index-options';
import { groupHits, loadSearchIndex, normalizeQuery, searchHits, type SearchGroup } from '@/lib/search/results';

interface InstantSearchProps {
  /** The query the server searched for (from ?q=). */
  initialQuery: string;
  /** The server's results for it, shown until the reader types. */
  initialGroups: SearchGroup[];
  /** Shown while the query is empty. */
  children: ReactNode;
}

/** Light enough that results follow typing, long enough not to search on every keystroke. */
const DEBOUNCE_MS = 150;
const RESULT = { one: 'result', other: 'results' };

async function fetchIndex(): Promise<MiniSearch<SearchDocument>> {
  const response = await fetch('/search-index.json');
  if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
  return loadSearchIndex(await response.text());
}

/**
 * The /search form and its results. Server-rendered with the server's
 * results, so it works without JavaScript (Enter submits the GET form); with
 * JavaScript, the first keystroke loads the index once and results follow
 * the typing, with the address kept in step.
 */
export function InstantSearch({ initialQuery, initialGroups, children }: InstantSearchProps) {
  const [query, setQuery] = useState(initialQuery);
  const [shown, setShown] = useState({ query: initialQuery, groups: initialGroups });
  const [unavailable, setUnavailable] = useState(false);
  // Set on first input: until the reader types, the server's results stand and nothing is downloaded.
  const index = useRef<Promise<MiniSearch<SearchDocument>> | null>(null);

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    setQuery(event.target.value);
    index.current ??= fetchIndex();
  }

  useEffect(() => {
    const pending = index.current;
    if (pending === null) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      pending.then(
        (loaded) => {
          if (cancelled) return;
          const text = normalizeQuery(query);
          setShown({ query: text, groups: groupHits(searchHits(loaded, text)) });
          const url = new URL(window.location.href);
          if (text === '') url.searchParams.delete('q');
          else url.searchParams.set('q', text);
          window.history.replaceState(null, '', url);
        },
        () => {
          if (!cancelled) setUnavailable(true);
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query]);

  const total = shown.groups.reduce((sum, group) => sum + group.hits.length, 0);
  let status = '';
  if (unavailable) status = 'Results as you type are unavailable; press Enter to search.';
  else if (shown.query !== '') {
    status = total === 0 ? `No results for “${shown.query}”.` : `${formatCount(total, RESULT)} for “${shown.query}”.`;
  }

  return (
    <div className="flex flex-col gap-6">
      <form
        action="/search"
        method="get"
        role="search"
        aria-label="Search page"
        className="flex max-w-3xl flex-col gap-2"
      >
        <label htmlFor="search-query" className="font-semibold">
          Search terms
        </label>
        <div className="flex flex-wrap gap-2">
          <input
            id="search-query"
            name="q"
            type="search"
            value={query}
            onChange={onChange}
            autoComplete="off"
            aria-describedby="search-hint"
            className="min-w-0 flex-1 rounded border border-zinc-400 bg-white px-3 py-2 text-zinc-900 dark:border-zinc-500 dark:bg-zinc-900 dark:text-zinc-100"
          />
          <button
            type="submit"
            className="rounded bg-zinc-900 px-4 py-2 font-semibold text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
          >
            Search
          </button>
        </div>
        <p id="search-hint" className="text-sm text-zinc-600 dark:text-zinc-400">
          A role, skill, tool, certification or article title, for example “PyTorch” or “data scientist”.
        </p>
      </form>

      <p role="status" className="font-semibold">
        {status}
      </p>

      {shown.query === '' ? (
        children
      ) : total === 0 ? (
        <p className="max-w-3xl text-zinc-700 dark:text-zinc-300">
          Check the spelling or try a shorter word, or browse <Link href="/roles">all roles</Link> and{' '}
          <Link href="/skills">all skills</Link>.
        </p>
      ) : (
        <div className="flex max-w-3xl flex-col gap-8">
          {shown.groups.map((group) => (
            <SearchResultGroup key={group.type} group={group} />
          ))}
        </div>
      )}
    </div>
  );
}

function SearchResultGroup({ group }: { group: SearchGroup }) {
  const titleId = `results-${group.type}`;
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId} className="text-xl font-bold">
        {group.label} <span className="font-normal text-zinc-600 dark:text-zinc-400">({group.hits.length})</span>
      </h2>
      <ul className="mt-2 divide-y divide-zinc-200 dark:divide-zinc-800">
        {group.hits.map((hit) => (
          <li key={hit.id} className="flex flex-col gap-1 py-3">
            <Link href={hit.url} className="font-medium">
              {hit.title}
            </Link>
            <p className="text-sm text-zinc-600 dark:text-zinc-400">{hit.snippet}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
