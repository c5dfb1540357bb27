/**
 * Which theme a statement's words belong to. A theme matches when the words
 * name a term of every one of its term groups (and, for an exclusive theme,
 * nothing but its terms, or nothing at all). Among matching themes the most
 * specific wins: most term groups, then most distinct terms named, then the
 * first in the vocabulary.
 */
import type { Token } from '@/lib/guides/merge/normalise';
import { startsAt } from '@/lib/guides/merge/normalise';
import type { CompiledMatcher, CompiledTerm } from '@/lib/guides/merge/vocabulary';
import { groupBy } from '@/lib/group-by';

export interface ThemeMatch {
  theme: CompiledMatcher;
  /** The vocabulary terms the words named, one per distinct stem sequence. */
  terms: string[];
}

interface Occurrence {
  term: CompiledTerm;
  start: number;
  end: number;
}

/** The best theme for `tokens`, or `null` when none matches. */
export function matchTheme(tokens: readonly Token[], themes: readonly CompiledMatcher[]): ThemeMatch | null {
  const starts = startsByStem(tokens);
  let best: { match: ThemeMatch; groups: number } | null = null;
  for (const theme of themes) {
    const terms = matchOne(tokens, theme, starts);
    if (!terms) continue;
    const groups = theme.termGroups.length;
    if (!best || groups > best.groups || (groups === best.groups && terms.length > best.match.terms.length)) {
      best = { match: { theme, terms }, groups };
    }
  }
  return best?.match ?? null;
}

/** Where each stem occurs in `tokens`, in order: a term can only start where its first stem does. */
type StartsByStem = ReadonlyMap<string, readonly number[]>;

function startsByStem(tokens: readonly Token[]): StartsByStem {
  return groupBy(tokens.keys(), (index) => tokens[index]?.stem ?? '');
}

function matchOne(tokens: readonly Token[], theme: CompiledMatcher, starts: StartsByStem): string[] | null {
  if (theme.termGroups.length === 0) return null;
  // Nothing left once the role's name goes ("What is an AI Architect?"): the
  // statement asks about the role itself, which is what an exclusive theme is for.
  if (theme.exclusive && tokens.length === 0) return [];
  const found: Occurrence[] = [];
  for (const group of theme.termGroups) {
    const inGroup = group.flatMap((term) =>
      occurrences(tokens, term.stems, starts).map((start) => ({ term, start, end: start + term.stems.length })),
    );
    if (inGroup.length === 0) return null;
    found.push(...inGroup);
  }
  if (theme.exclusive) {
    const covered = new Set(found.flatMap(({ start, end }) => range(start, end)));
    if (covered.size < tokens.length) return null;
  }
  // A phrase counts once: "model training" is one term, not also "training".
  const counted = found.filter(
    (inner) =>
      !found.some(
        (outer) =>
          outer.end - outer.start > inner.end - inner.start && outer.start <= inner.start && inner.end <= outer.end,
      ),
  );
  // One term per stem sequence: "salary" and "salaries" are one reason, said once.
  const byStems = new Map<string, string>();
  for (const { term } of counted) if (!byStems.has(term.stems.join(' '))) byStems.set(term.stems.join(' '), term.term);
  return [...byStems.values()];
}

function occurrences(tokens: readonly Token[], stems: readonly string[], starts: StartsByStem): number[] {
  const [first] = stems;
  // Every place a term of no words could start; the vocabulary has none, but the answer stays defined.
  if (first === undefined) return range(0, tokens.length + 1);
  return (starts.get(first) ?? []).filter((index) => startsAt(tokens, index, stems));
}

function range(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - start) }, (_, offset) => start + offset);
}
