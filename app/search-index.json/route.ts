import { getSearchIndex } from '@/lib/search';

// Written to a file at build time: the index changes only when content/ does.
export const dynamic = 'force-static';

/** The serialized search index the instant results load (with `lib/search/index-options.ts`). */
export function GET(): Response {
  return new Response(JSON.stringify(getSearchIndex()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
