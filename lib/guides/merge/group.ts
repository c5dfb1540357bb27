/**
 * Merged items under the vocabulary's display groups, for pages that show a
 * long list by topic (interview questions, the hiring helper's needs).
 */
import type { ThemeCatalog } from '@/lib/content/schema';
import type { ItemGroup, MergedItem, MergeKind, Statement, ThemeGroupRef } from '@/lib/guides/merge/types';

/** Where unthemed items go; the catalogue check keeps the slug free for it. */
export const OTHER_GROUP: ThemeGroupRef = { slug: 'other', label: 'Other' };

/**
 * Groups in vocabulary order, then "Other"; items keep the order they are
 * given in (ranked, from `mergeStatements`). Groups with no items are left out.
 */
export function groupItems<S extends Statement>(
  items: readonly MergedItem<S>[],
  kind: MergeKind,
  vocabulary: ThemeCatalog,
): ItemGroup<S>[] {
  const groups = vocabulary[kind].groups.map((group) => ({
    group: { slug: group.slug, label: group.label },
    items: items.filter((item) => item.group.slug === group.slug),
  }));
  const known = new Set(groups.map(({ group }) => group.slug));
  // Items whose group this vocabulary does not list are not dropped: they join "Other".
  const other = items.filter((item) => !known.has(item.group.slug));
  return [...groups, { group: OTHER_GROUP, items: other }].filter((entry) => entry.items.length > 0);
}
