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

/** What stands between the words of a term: white space, a hyphen or a dash. */
const SPLIT_WORDS = /\s*[\u2010-\u2015-]\s*|\s+/;
// Letters, digits or "&" next to a term mean it is part of a longer word ("R&D",
// "Excellent"); so does a dot joining letters ("TensorFlow.org"). The scan for
// where a term may start rules out ASCII letters, digits and "&" before it
// (`isAsciiWordChar`); any other letter or digit, and a joining dot, are checked
// after (`joinedToWord`, `joinedByDot`).
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** What may not follow a term (tried where the term ends): a letter, digit or "&", or a dot and a letter or digit. */
const JOINED_AFTER = /[\p{L}\p{N}&]|\.[\p{L}\p{N}]/uy;

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
  const root = termTree(
    terms
      .filter(({ term }) => term.length > 0)
      .sort((a, b) => b.term.length - a.term.length || a.term.localeCompare(b.term)),
  );
  if (root.codes.length === 0) return () => [];
  // Where a term may start: the code units some term starts with (for a first
  // character outside the BMP, its high surrogate; the tree decides).
  const starts = new Uint8Array(0x10000);
  for (const code of root.codes) starts[code > 0xffff ? 0xd800 + ((code - 0x10000) >> 10) : code] = 1;
  const slugOf = spellingLookup(bySpelling);

  const scan = (text: string): TermMention[] => {
    const mentions: TermMention[] = [];
    // The first term (longest first) that matches where a word starts wins, and the
    // search goes on after it. The word starts are found by a loop over the code
    // units, and only there is the tree walked.
    for (let index = 0; index < text.length; index += 1) {
      if (starts[text.charCodeAt(index)] !== 1) continue;
      // Letters, digits and "&" before it join it to a word; other letters are checked below.
      if (index > 0 && isAsciiWordChar(text.charCodeAt(index - 1))) continue;
      if (joinedToWord(text, index) || joinedByDot(text, index)) continue;
      const end = termEnd(root, text, index);
      if (end < 0) continue;
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

/**
 * The terms as a tree of the steps they are written in, shared where terms
 * begin alike. A step is a character in any of its accepted spellings
 * (`charSpellings`), or the space or dash between two words. The terms were
 * once the alternatives of one regular expression per first character, which
 * V8 compiled at first use: that compiling (about 160 KB of patterns) was a
 * tenth of a records run of 32 articles. The tree finds what those patterns
 * found (the unit test checks it against them): of the terms matching at a
 * place, the first in priority order (longest first), ending where that term's
 * pattern would have ended.
 */
interface TermNode {
  /** The best (lowest) priority of a term ending at or under this node. */
  best: number;
  /** The terms ending here, by priority; `plural`: an "s" or "es" may follow. */
  ends: Array<{ priority: number; plural: boolean }>;
  /** The code points of the characters that lead on from here, each beside the node it leads to (a code point may lead to several). */
  codes: number[];
  targets: TermNode[];
  /** The same by code point, where there are many (`INDEXED_FROM`): at the root and just after it. */
  index: CodeIndex | null;
  /** The node after the space or dash between two words, if any term goes on with another word. */
  between: TermNode | null;
  /** The nodes after each step, by the step's key, so that terms beginning alike share them. */
  steps: Map<string, TermNode>;
}

/** From this many characters leading on, a node looks them up by code point rather than in a list. */
const INDEXED_FROM = 12;

/** Nodes by code point: ASCII ones in an array, others in a map. */
interface CodeIndex {
  ascii: Array<TermNode[] | undefined>;
  other: Map<number, TermNode[]>;
}

function indexCodes(codes: readonly number[], targets: readonly TermNode[]): CodeIndex {
  const index: CodeIndex = { ascii: new Array<TermNode[] | undefined>(128).fill(undefined), other: new Map() };
  codes.forEach((code, i) => addToIndex(index, code, targets[i] as TermNode));
  return index;
}

function addToIndex(index: CodeIndex, code: number, target: TermNode): void {
  const nodes = code < 128 ? index.ascii[code] : index.other.get(code);
  if (nodes) nodes.push(target);
  else if (code < 128) index.ascii[code] = [target];
  else index.other.set(code, [target]);
}

const BETWEEN_WORDS = ' ';

function termNode(): TermNode {
  return {
    best: Number.POSITIVE_INFINITY,
    ends: [],
    codes: [],
    targets: [],
    index: null,
    between: null,
    steps: new Map(),
  };
}

/** The tree of `terms`, given in priority order. */
function termTree(terms: ReadonlyArray<{ term: string; rule: CaseRule }>): TermNode {
  const root = termNode();
  terms.forEach(({ term, rule }, priority) => {
    const words = term.split(SPLIT_WORDS).filter(Boolean);
    if (words.length === 0) return;
    let node = root;
    const path = [root];
    words.forEach((word, w) => {
      if (w > 0) node = step(node, BETWEEN_WORDS, null);
      path.push(node);
      Array.from(word).forEach((char, c) => {
        const codes = charSpellings(char, rule === 'any' || (rule === 'capital' && (w > 0 || c > 0))).map(
          (spelling) => spelling.codePointAt(0) ?? 0,
        );
        node = step(node, codes.join(','), codes);
        path.push(node);
      });
    });
    // Plurals only where case is loose: "Rs" must not read as the language R.
    node.ends.push({ priority, plural: rule !== 'exact' && /\p{L}$/u.test(term) });
    for (const passed of path) passed.best = Math.min(passed.best, priority);
  });
  return root;
}

/** The node after `node` by the step `key` (a character's code points, or between words), made if new. */
function step(node: TermNode, key: string, codes: readonly number[] | null): TermNode {
  const known = node.steps.get(key);
  if (known) return known;
  const child = termNode();
  node.steps.set(key, child);
  if (codes === null) node.between = child;
  else
    for (const code of codes) {
      node.codes.push(code);
      node.targets.push(child);
      if (node.index) addToIndex(node.index, code, child);
      else if (node.codes.length >= INDEXED_FROM) node.index = indexCodes(node.codes, node.targets);
    }
  return child;
}

/**
 * Where the best term starting at `start` ends, or -1. Every path through the
 * tree that the text follows is tried; a subtree is left once it holds no term
 * better than one found.
 */
function termEnd(root: TermNode, text: string, start: number): number {
  found.priority = Number.POSITIVE_INFINITY;
  found.end = -1;
  walk(root, text, start);
  return found.end;
}

/** The best term found by `walk` so far (one search at a time: the walk calls nothing outside this module). */
const found = { priority: Number.POSITIVE_INFINITY, end: -1 };

/**
 * Follows the text from `node` at `at`, recording in `found` any better term
 * that ends. Goes on in a loop along the one node a character leads to (most
 * of a term), and calls itself only where the text can take several ways.
 */
function walk(from: TermNode, text: string, start: number): void {
  let node = from;
  let at = start;
  for (;;) {
    if (node.best >= found.priority) return;
    const { ends } = node;
    for (let i = 0; i < ends.length; i += 1) {
      const { priority, plural } = ends[i] as TermNode['ends'][number];
      if (priority >= found.priority) break;
      const end = endAt(text, at, plural);
      if (end >= 0) {
        found.priority = priority;
        found.end = end;
        break;
      }
    }
    if (node.between) {
      const after = betweenWords(text, at);
      if (after > at) {
        if (node.codes.length === 0) {
          node = node.between;
          at = after;
          continue;
        }
        walk(node.between, text, after);
      }
    }
    const code = text.codePointAt(at);
    if (code === undefined) return;
    const next = at + (code > 0xffff ? 2 : 1);
    let only: TermNode | undefined;
    if (node.index) {
      const nodes = code < 128 ? node.index.ascii[code] : node.index.other.get(code);
      if (!nodes) return;
      for (let i = 1; i < nodes.length; i += 1) walk(nodes[i] as TermNode, text, next);
      only = nodes[0];
    } else {
      const { codes, targets } = node;
      for (let i = 0; i < codes.length; i += 1) {
        if (codes[i] !== code) continue;
        if (only) walk(targets[i] as TermNode, text, next);
        else only = targets[i];
      }
    }
    if (!only) return;
    node = only;
    at = next;
  }
}

/**
 * Where a term whose last character is at `at - 1` ends: after a plural "es"
 * or "s" when `plural` allows one, else at `at`; each only when no letter,
 * digit or joining dot follows. -1 when none does.
 */
function endAt(text: string, at: number, plural: boolean): number {
  if (plural) {
    if (text.charCodeAt(at) === 0x65 && text.charCodeAt(at + 1) === 0x73 && !joinedAfter(text, at + 2)) return at + 2;
    if (text.charCodeAt(at) === 0x73 && !joinedAfter(text, at + 1)) return at + 1;
  }
  return joinedAfter(text, at) ? -1 : at;
}

function joinedAfter(text: string, at: number): boolean {
  JOINED_AFTER.lastIndex = at;
  return JOINED_AFTER.test(text);
}

/**
 * Where the space or dash between two words of a term ends, or `at` when there
 * is none: white space (not a line feed, so a term cannot span table rows
 * written as lines), with at most one hyphen or dash in it.
 */
function betweenWords(text: string, at: number): number {
  let index = at;
  while (isSpaceInLine(text.charCodeAt(index))) index += 1;
  if (!isDash(text.charCodeAt(index))) return index;
  index += 1;
  while (isSpaceInLine(text.charCodeAt(index))) index += 1;
  return index;
}

/** A hyphen-minus, or a hyphen or dash from U+2010 to U+2015. */
const isDash = (code: number): boolean => code === 0x2d || (code >= 0x2010 && code <= 0x2015);

/** White space as `\s` has it (every such character is in the BMP), except the line feed. */
function isSpaceInLine(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d && code !== 0x0a);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
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

/** The spellings `char` may take in a term: both apostrophes, both cases of a letter where case is loose. */
function charSpellings(char: string, anyCase: boolean): string[] {
  if (char === "'" || char === '’') return ["'", '’'];
  const lower = char.toLowerCase();
  const upper = char.toUpperCase();
  return anyCase && lower !== upper && lower.length === 1 && upper.length === 1 ? [lower, upper] : [char];
}
