/**
 * Merged, ranked facts: statements that say the same thing in several
 * articles become one item with every source, ranked by how many articles
 * say it. Deterministic and explainable: normalised words, Porter stems and
 * the curated theme vocabulary of `content/catalog/themes.yaml`. Pure: no
 * file system, usable on the server and in tests alike.
 */
export { mergeStatements } from '@/lib/guides/merge/merge';
export { groupItems, OTHER_GROUP } from '@/lib/guides/merge/group';
export { parseThemeCatalog, type ParsedThemes } from '@/lib/guides/merge/parse-themes';
export { createRolesIn, hiringNeedStatement, roleWords } from '@/lib/guides/merge/statements';
export { createNormaliser, tokenize, type Normaliser, type Token } from '@/lib/guides/merge/normalise';
export type {
  ItemGroup,
  MergeContext,
  MergedItem,
  MergeKind,
  Statement,
  ThemeCatalog,
  ThemeGroupRef,
} from '@/lib/guides/merge/types';
