/**
 * Role pairs and their addresses: `/compare/<a>-vs-<b>` with the two slugs in
 * alphabetical order. Slugs contain hyphens themselves, so a pair is read by
 * matching known slugs, never by splitting on "-". No imports: next.config.ts
 * builds the reversed-order redirects from it.
 */

export interface RolePair {
  /** The slug that sorts first. */
  a: string;
  b: string;
  /** `<a>-vs-<b>`, the canonical path segment. */
  slug: string;
}

const SEPARATOR = '-vs-';

/** The canonical pair for two different roles, in either order. */
export function toPair(first: string, second: string): RolePair {
  const [a, b] = [first, second].sort();
  return { a: a ?? first, b: b ?? second, slug: `${a}${SEPARATOR}${b}` };
}

export type ParsedPair = { pair: RolePair; canonical: boolean } | null;

/**
 * Reads `<x>-vs-<y>` against the known slugs: the pair and whether it is in
 * canonical order; `null` for an unknown role, the same role twice or any
 * other text.
 */
export function parsePair(segment: string, slugs: readonly string[]): ParsedPair {
  for (const first of slugs) {
    if (!segment.startsWith(`${first}${SEPARATOR}`)) continue;
    const second = segment.slice(first.length + SEPARATOR.length);
    if (second !== first && slugs.includes(second)) {
      const pair = toPair(first, second);
      return { pair, canonical: pair.slug === segment };
    }
  }
  return null;
}

/** Every unordered pair of different roles, canonical order, sorted by slug. */
export function allPairs(slugs: readonly string[]): RolePair[] {
  const sorted = [...new Set(slugs)].sort();
  return sorted.flatMap((a, i) => sorted.slice(i + 1).map((b) => toPair(a, b)));
}

/** Permanent redirects from each reversed pair to its canonical address (for next.config.ts). */
export function comparisonRedirects(
  slugs: readonly string[],
): { source: string; destination: string; permanent: true }[] {
  return allPairs(slugs).map(({ a, b, slug }) => ({
    source: `/compare/${b}${SEPARATOR}${a}`,
    destination: `/compare/${slug}`,
    permanent: true,
  }));
}
