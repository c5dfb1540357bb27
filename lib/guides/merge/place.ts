/**
 * Where one statement goes: its theme (from its text, else from its detail
 * where the detail restates it), the other roles it names, the key that
 * decides what it merges with, and for an unthemed statement its display group.
 */
import type { Normaliser, Token } from '@/lib/guides/merge/normalise';
import { matchTheme, type ThemeMatch } from '@/lib/guides/merge/match-theme';
import type { MergeContext, MergeKind, Statement, ThemeGroupRef } from '@/lib/guides/merge/types';
import type { CompiledMatcher, CompiledVocabulary } from '@/lib/guides/merge/vocabulary';

/** Questions and career steps are about the roles they name ("… an AI Architect and a Data Scientist?", "Data Scientist"). */
const KEYED_BY_ROLES: ReadonlySet<MergeKind> = new Set(['faq', 'interview-question', 'career-step']);

/**
 * Kinds whose detail says the same thing as the text in more words ("Deployment":
 * "Integrate into apps"). An FAQ's detail is its answer, which touches on many
 * themes, so it never decides what the question asks.
 */
const DETAIL_RESTATES: ReadonlySet<MergeKind> = new Set(['responsibility', 'career-step', 'hiring-need']);

export interface Placement {
  key: string;
  theme: CompiledMatcher | null;
  /** The theme's group; for an unthemed statement, the group whose terms it names, or `null`. */
  group: ThemeGroupRef | null;
  otherRoles: string[];
  /** Matched vocabulary terms, or for an unthemed statement its words. */
  matched: string[];
  /** The normalised words as a set, for an unthemed statement's id. */
  wordKey: string;
}

/** Places one statement. Pure. */
export function placeStatement(
  statement: Statement,
  kind: MergeKind,
  vocabulary: CompiledVocabulary,
  normalise: Normaliser,
  context: MergeContext,
): Placement {
  const named = KEYED_BY_ROLES.has(kind) && context.rolesIn ? context.rolesIn(statement.text) : [];
  const otherRoles = [...new Set(named)].filter((role) => role !== context.role).sort();
  const roleKey = otherRoles.length > 0 ? `|${otherRoles.join(',')}` : '';
  const tokens = normalise(statement.text);
  // A career step that names a role is that role, whatever its description says.
  const detail =
    DETAIL_RESTATES.has(kind) && statement.detail !== null && named.length === 0 ? normalise(statement.detail) : [];
  const firstMatch = (matchers: readonly CompiledMatcher[]): ThemeMatch | null =>
    matchTheme(tokens, matchers) ?? (detail.length > 0 ? matchTheme(detail, matchers) : null);
  const wordKey = wordSetKey(tokens);
  const match = firstMatch(vocabulary.themes);
  if (match) {
    const key = `theme:${match.theme.slug}${roleKey}`;
    return { key, theme: match.theme, group: match.theme.group, otherRoles, matched: match.terms, wordKey };
  }
  const group = firstMatch(vocabulary.groups)?.theme.group ?? null;
  const key = `words:${wordKey}${roleKey}`;
  return { key, theme: null, group, otherRoles, matched: distinctWords(tokens), wordKey };
}

/** The normalised words as a set: order and repeats do not matter. */
export function wordSetKey(tokens: readonly Token[]): string {
  return [...new Set(tokens.map((token) => token.stem))].sort().join(' ');
}

function distinctWords(tokens: readonly Token[]): string[] {
  return [...new Set(tokens.map((token) => token.word))];
}
