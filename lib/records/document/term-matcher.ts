/**
 * Finds catalogue terms (skills, tools, certifications) in text by their
 * names and aliases: whole words only, the longest term winning where terms
 * overlap ("Google Cloud Professional Machine Learning Engineer" is one
 * certification, not also "Google Cloud").
 *
 * Case rules, because short and all-capital names collide with ordinary words:
 * - terms of at most 3 characters or with no lower-case letter ("R", "Go",
 *   "SQL", "AWS", "CI/CD") match only exactly as catalogued: "r" and "go" in
 *   prose are not the languages;
 * - tools (`type: 'tool'`) whose name starts with a capital are proper nouns:
 *   the capital is required, so the verb "excel" is not Microsoft Excel (list
 *   an all-lower-case alias, such as "pytorch", to accept that spelling);
 * - everything else matches case-insensitively.
 * Spaces, hyphens and dashes between words are interchangeable
 * ("scikit learn", "AWS Certified Machine Learning – Specialty"), curly and
 * straight apostrophes are the same, and a plural "s"/"es" is accepted on
 * case-insensitive terms.
 */

import { remembered } from '@/lib/records/document/text-memo';

export interface TermEntry {
  slug: string;
  name: string;
  aliases: string[];
  /** Only skills catalogues have it; tools follow the proper-noun rule above. */
  type?: 'skill' | 'tool';
}

export interface TermMention {
  slug: string;
  /** The words exactly as the text writes them. */
  asWritten: string;
  index: number;
  end: number;
}

/** The mentions in `text`, in order; shared between calls with the same text, so never changed. */
export type TermMatcher = (text: string) => readonly TermMention[];

type CaseRule = 'exact' | 'capital' | 'any';

/** Word separators inside a term; never a line break, so a term cannot span table rows written as lines. */
const SEPARATOR = '(?:[^\\S\\n]*[\\u2010-\\u2015-][^\\S\\n]*|[^\\S\\n]+)';
const SPLIT_WORDS = /\s*[\u2010-\u2015-]\s*|\s+/;
// Letters, digits or "&" next to a term mean it is part of a longer word ("R&D",
// "Excellent"); so does a dot joining letters ("TensorFlow.org"). The scan for
// where a term may start rules out ASCII letters, digits and "&" before it
// (`isAsciiWordChar`); any other letter or digit, and a joining dot, are checked
// after (`joinedToWord`, `joinedByDot`).
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const AFTER = '(?![\\p{L}\\p{N}&]|\\.[\\p{L}\\p{N}])';

/** Builds a matcher over every entry's name and aliases. Pure; the matcher is reusable. */
export function createTermMatcher(entries: readonly TermEntry[]): TermMatcher {
  const terms = entries.flatMap((entry) =>
    [entry.name, ...entry.aliases].map((term) => ({
      slug: entry.slug,
      term: term.trim(),
      rule: caseRule(term.trim(), entry.type),
    })),
  );
  const bySpelling = new Map<string, string>();
  for (const { slug, term } of terms) {
    if (!bySpelling.has(termKey(term))) bySpelling.set(termKey(term), slug);
  }
  const alternatives = terms
    .filter(({ term }) => term.length > 0)
    .sort((a, b) => b.term.length - a.term.length || a.term.localeCompare(b.term))
    .map(({ term, rule }) => ({ term, rule, pattern: termPattern(term, rule), starts: firstChars(term, rule) }));
  if (alternatives.length === 0) return () => [];
  const patterns = patternsByFirstChar(alternatives);
  const seconds = secondCharsByFirstChar(alternatives);
  // Where a term may start: the code units some term starts with (for a first
  // character outside the BMP, its high surrogate; the pattern map decides).
  const starts = new Uint8Array(0x10000);
  for (const code of patterns.keys()) starts[code > 0xffff ? 0xd800 + ((code - 0x10000) >> 10) : code] = 1;
  const slugOf = spellingLookup(bySpelling);

  const scan = (text: string): TermMention[] => {
    const mentions: TermMention[] = [];
    // What one regular expression of every term did, position by position: the first
    // term (longest first) that matches where a word starts wins, and the search goes
    // on after it. Only the terms that can start with the character at hand are tried,
    // and only where a word starts: one pattern of a few hundred alternatives tried at
    // every position was most of the extraction time. The word starts are found by a
    // loop over the code units rather than by a pattern: no regular expression runs
    // until a term can start.
    for (let index = 0; index < text.length; index += 1) {
      if (starts[text.charCodeAt(index)] !== 1) continue;
      // Letters, digits and "&" before it join it to a word; other letters are checked below.
      if (index > 0 && isAsciiWordChar(text.charCodeAt(index - 1))) continue;
      const first = text.codePointAt(index) ?? 0;
      const pattern = patterns.get(first);
      if (!pattern) continue;
      // Most word starts are ruled out by their second character, without running the pattern.
      const next = seconds.get(first);
      if (next && !next.has(text.codePointAt(index + (first > 0xffff ? 2 : 1)) ?? -1)) continue;
      if (joinedToWord(text, index) || joinedByDot(text, index)) continue;
      pattern.lastIndex = index;
      if (!pattern.test(text)) continue;
      const end = pattern.lastIndex;
      const asWritten = text.slice(index, end);
      const slug = slugOf(asWritten);
      if (slug) mentions.push({ slug, asWritten, index, end });
      index = end - 1;
    }
    return mentions;
  };
  // Sentences, cells and headings are matched again and again: by several extractors
  // reading the same article, and in text that articles share (calls to action, notes).
  // The same frozen list is returned for the same text.
  const scanFrozen = remembered((text: string): readonly TermMention[] =>
    Object.freeze(scan(text).map((mention) => Object.freeze(mention))),
  );
  return (text) => (text.length > MAX_REMEMBERED_TEXT ? scan(text) : scanFrozen(text));
}

/** Texts up to this long have their mentions remembered. */
const MAX_REMEMBERED_TEXT = 1_000;

/** ASCII letters, digits and "&". */
const isAsciiWordChar = (code: number): boolean =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x26;

/**
 * The slug a term written as `asWritten` stands for (its plural read as the
 * term), remembering each spelling met: articles write the same terms again
 * and again.
 */
function spellingLookup(bySpelling: ReadonlyMap<string, string>): (asWritten: string) => string | undefined {
  return remembered((asWritten) => {
    const key = termKey(asWritten);
    return bySpelling.get(key) ?? bySpelling.get(key.replace(/s$/, '')) ?? bySpelling.get(key.replace(/es$/, ''));
  });
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The characters a term's pattern can start with, as code points. */
function firstChars(term: string, rule: CaseRule): number[] {
  const first = Array.from(term.split(SPLIT_WORDS).find(Boolean) ?? '')[0] ?? '';
  if (first === "'" || first === '’') return ["'", '’'].map((char) => char.codePointAt(0) ?? 0);
  const spellings = rule === 'any' ? [first.toLowerCase(), first.toUpperCase()] : [first];
  return [...new Set(spellings.filter((char) => Array.from(char).length === 1))].map(
    (char) => char.codePointAt(0) ?? 0,
  );
}

/**
 * For each first character, the characters that can come second in a term
 * starting with it, as code points; none (any character) when one of those
 * terms starts with a one-character word ("R", "C#"), which a separator or the
 * term's end may follow. Mirrors `charPattern`, so it never rules out a match.
 */
function secondCharsByFirstChar(
  alternatives: ReadonlyArray<{ term: string; rule: CaseRule; starts: number[] }>,
): Map<number, Set<number> | null> {
  const seconds = new Map<number, Set<number> | null>();
  for (const { term, rule, starts } of alternatives) {
    const second = Array.from(term.split(SPLIT_WORDS).find(Boolean) ?? '')[1];
    const allowed = second === undefined ? null : charSpellings(second, rule !== 'exact');
    for (const start of starts) {
      const known = seconds.get(start);
      if (known === null) continue;
      if (allowed === null) seconds.set(start, null);
      else seconds.set(start, new Set([...(known ?? []), ...allowed.map((char) => char.codePointAt(0) ?? 0)]));
    }
  }
  return seconds;
}

/** One sticky pattern per first character, holding the terms that start with it in their original order. */
function patternsByFirstChar(alternatives: ReadonlyArray<{ pattern: string; starts: number[] }>): Map<number, RegExp> {
  const grouped = new Map<number, string[]>();
  for (const { pattern, starts } of alternatives)
    for (const start of starts) grouped.set(start, [...(grouped.get(start) ?? []), pattern]);
  return new Map([...grouped].map(([start, group]) => [start, new RegExp(`(?:${group.join('|')})${AFTER}`, 'yu')]));
}

/** The character (a whole code point) that ends just before `index`. */
function charBefore(text: string, index: number): string {
  const surrogatePair = isLowSurrogate(text.charCodeAt(index - 1)) && index >= 2;
  return text.slice(surrogatePair ? index - 2 : index - 1, index);
}

/** True when a letter or digit outside ASCII ends just before `index` (the scan rules out the ASCII ones). */
function joinedToWord(text: string, index: number): boolean {
  return index >= 1 && text.charCodeAt(index - 1) >= 0x80 && LETTER_OR_DIGIT.test(charBefore(text, index));
}

/** True when a dot joins `index` to letters or digits before it ("TensorFlow.org"). */
function joinedByDot(text: string, index: number): boolean {
  return index >= 2 && text.charCodeAt(index - 1) === 0x2e && LETTER_OR_DIGIT.test(charBefore(text, index - 1));
}

const matchers = new WeakMap<readonly TermEntry[], TermMatcher>();

/**
 * The matcher of a catalogue, built once per catalogue array: extractors ask
 * for it for every article, and compiling a pattern of a few hundred terms
 * each time cost more than the matching.
 */
export function termMatcherFor(entries: readonly TermEntry[]): TermMatcher {
  let matcher = matchers.get(entries);
  if (!matcher) {
    matcher = createTermMatcher(entries);
    matchers.set(entries, matcher);
  }
  return matcher;
}

function caseRule(term: string, type: TermEntry['type']): CaseRule {
  if (term.length <= 3 || !/\p{Ll}/u.test(term)) return 'exact';
  if (type === 'tool' && /^\p{Lu}/u.test(term)) return 'capital';
  return 'any';
}

/** How two spellings of a term compare: case, separators and apostrophes ignored. */
export function termKey(text: string): string {
  return text.toLowerCase().replace(/’/g, "'").split(SPLIT_WORDS).filter(Boolean).join(' ');
}

function termPattern(term: string, rule: CaseRule): string {
  const words = term.split(SPLIT_WORDS).filter(Boolean);
  const body = words
    .map((word, w) =>
      Array.from(word)
        .map((char, c) => charPattern(char, rule === 'any' || (rule === 'capital' && (w > 0 || c > 0))))
        .join(''),
    )
    .join(SEPARATOR);
  // Plurals only where case is loose: "Rs" must not read as the language R.
  return rule !== 'exact' && /\p{L}$/u.test(term) ? `${body}(?:e?s)?` : body;
}

/** The spellings `char` may take in a term: both apostrophes, both cases of a letter where case is loose. */
function charSpellings(char: string, anyCase: boolean): string[] {
  if (char === "'" || char === '’') return ["'", '’'];
  const lower = char.toLowerCase();
  const upper = char.toUpperCase();
  return anyCase && lower !== upper && lower.length === 1 && upper.length === 1 ? [lower, upper] : [char];
}

function charPattern(char: string, anyCase: boolean): string {
  const spellings = charSpellings(char, anyCase);
  if (spellings.length === 2) return `[${spellings.join('')}]`;
  return char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
