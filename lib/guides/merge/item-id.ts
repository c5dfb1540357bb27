/**
 * Ids for merged items, usable as HTML ids and URL fragments, stable while
 * the vocabulary and the statements' words are unchanged.
 */

/** The theme's slug, plus the other roles' slugs when the key has them. */
export function themeItemId(themeSlug: string, otherRoles: readonly string[]): string {
  return [themeSlug, ...otherRoles].join('--');
}

/** An unthemed item: a short hash of its normalised words, plus the other roles' slugs. */
export function wordsItemId(wordKey: string, otherRoles: readonly string[]): string {
  return [`other-${shortHash(wordKey)}`, ...otherRoles].join('--');
}

/** FNV-1a (32 bit) in base 36: deterministic, short, no dependency. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/** Makes ids unique in order: a repeat gets "-2", "-3"… (only a hash collision can cause one). */
export function uniqueIds(ids: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? id : `${id}-${count}`;
  });
}
