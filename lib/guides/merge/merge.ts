/**
 * Merges statements that say the same thing into ranked items:
 * 1. each statement gets one theme of its kind (see `placeStatement`);
 * 2. statements with the same theme (and, for questions and career steps,
 *    the same other roles) are one item; unthemed statements merge only with
 *    statements of exactly the same normalised words;
 * 3. items are ranked by distinct articles, then statements, then vocabulary
 *    order, then label. Every statement appears in exactly one item.
 */
import { OTHER_GROUP } from '@/lib/guides/merge/group';
import { themeItemId, uniqueIds, wordsItemId } from '@/lib/guides/merge/item-id';
import { createNormaliser } from '@/lib/guides/merge/normalise';
import { placeStatement, type Placement } from '@/lib/guides/merge/place';
import type { MergeContext, MergedItem, MergeKind, Statement } from '@/lib/guides/merge/types';
import { compileVocabulary } from '@/lib/guides/merge/vocabulary';

interface Bucket<S extends Statement> {
  placement: Placement;
  statements: S[];
  matched: Set<string>;
}

/** Merges `statements` of one kind. Pure; the statements are returned as given, in input order within an item. */
export function mergeStatements<S extends Statement>(
  statements: readonly S[],
  kind: MergeKind,
  context: MergeContext,
): MergedItem<S>[] {
  const normalise = createNormaliser(context.stopRoleWords);
  const vocabulary = compileVocabulary(context.vocabulary[kind], normalise);
  const buckets = new Map<string, Bucket<S>>();
  for (const statement of statements) {
    const placement = placeStatement(statement, kind, vocabulary, normalise, context);
    const bucket = buckets.get(placement.key) ?? { placement, statements: [], matched: new Set<string>() };
    bucket.statements.push(statement);
    for (const term of placement.matched) bucket.matched.add(term);
    buckets.set(placement.key, bucket);
  }
  const ranked = [...buckets.values()].map(toItem).sort(compareItems);
  const ids = uniqueIds(ranked.map(({ item }) => item.id));
  return ranked.map(({ item }, index) => ({ ...item, id: ids[index] ?? item.id }));
}

interface Ranked<S extends Statement> {
  item: MergedItem<S>;
  vocabularyIndex: number;
}

function toItem<S extends Statement>(bucket: Bucket<S>): Ranked<S> {
  const { placement, statements } = bucket;
  const theme = placement.theme;
  const first = statements[0] as S;
  const item: MergedItem<S> = {
    id: theme ? themeItemId(theme.slug, placement.otherRoles) : wordsItemId(placement.wordKey, placement.otherRoles),
    label: theme ? theme.label : first.text,
    theme: theme ? { slug: theme.slug, label: theme.label, group: theme.group } : null,
    group: placement.group ?? OTHER_GROUP,
    otherRoles: placement.otherRoles,
    statements,
    articles: [...new Set(statements.map((statement) => statement.article))],
    matched: theme ? theme.allTerms.filter((term) => bucket.matched.has(term)) : placement.matched,
  };
  // Unthemed items come after every theme (and compare equal among themselves, then by label).
  return { item, vocabularyIndex: theme ? theme.index : Number.MAX_SAFE_INTEGER };
}

function compareItems<S extends Statement>(a: Ranked<S>, b: Ranked<S>): number {
  return (
    b.item.articles.length - a.item.articles.length ||
    b.item.statements.length - a.item.statements.length ||
    a.vocabularyIndex - b.vocabularyIndex ||
    compareText(a.item.label, b.item.label)
  );
}

/** Code-point order: the same on every machine, whatever its locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
