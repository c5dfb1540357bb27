/**
 * Text to the words merging compares: lower-cased, accents and compatibility
 * characters folded, split into words, role names dropped, stop words and
 * years dropped, each word stemmed. Vocabulary terms go through the same
 * steps, so a term and a statement meet on whole stems, never on substrings.
 */
import { STOP_WORDS } from '@/lib/guides/merge/stop-words';
import { stemWord } from '@/lib/guides/merge/stem';

/** One word as written (lower-cased) and its stem. */
export interface Token {
  word: string;
  stem: string;
}

export type Normaliser = (text: string) => Token[];

// "in 2025" dates a question; it does not change what it asks.
const YEAR = /^(19|20)\d\d$/;

/** Every word of `text`, lower-cased and stemmed, stop words included. */
export function tokenize(text: string): Token[] {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    // Possessives: "an AI Trainer's salary" names the trainer; "shouldn't" says "not".
    .replace(/(\p{L})'s\b/gu, '$1')
    .replace(/n't\b/gu, ' not');
  return folded
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => ({ word, stem: stemWord(word) }));
}

/**
 * Builds the normaliser for a set of role names and aliases. Role names are
 * matched as whole phrases of words, plurals too, longest first, before stop
 * words go: "Data Scientists" drops both words, "data" alone stays. Words,
 * not stems: "AI research" and "AI development" are not the AI Researcher
 * and the AI Developer, though Porter gives them the same stems.
 */
export function createNormaliser(stopRoleWords: readonly string[]): Normaliser {
  const phrases = [
    ...new Set(
      stopRoleWords.map((phrase) =>
        tokenize(phrase)
          .map((token) => token.word)
          .join(' '),
      ),
    ),
  ]
    .filter(Boolean)
    .map((phrase) => phrase.split(' '))
    .sort((a, b) => b.length - a.length);
  // The phrases a word can begin, longest first as above: only those are tried at each word.
  const byFirstWord = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const [first = ''] = phrase;
    for (const written of new Set([first, `${first}s`, `${first}es`])) {
      const known = byFirstWord.get(written);
      if (known) known.push(phrase);
      else byFirstWord.set(written, [phrase]);
    }
  }
  return (text) => {
    const tokens = tokenize(text);
    const words = tokens.map((token) => token.word);
    const kept: Token[] = [];
    for (let index = 0; index < tokens.length;) {
      const role = byFirstWord.get(words[index] ?? '')?.find((phrase) => namesAt(words, index, phrase));
      if (role) {
        index += role.length;
        continue;
      }
      const token = tokens[index] as Token;
      if (!STOP_WORDS.has(token.word) && !YEAR.test(token.word)) kept.push(token);
      index += 1;
    }
    return kept;
  };
}

/** Whether the words at `index` are `name`, each word as written or with a plural "s"/"es". */
export function namesAt(words: readonly string[], index: number, name: readonly string[]): boolean {
  if (index + name.length > words.length) return false;
  return name.every((word, offset) => {
    const written = words[index + offset];
    return written === word || written === `${word}s` || written === `${word}es`;
  });
}

/** Whether `stems` occur in `tokens` starting at `index`. */
export function startsAt(tokens: readonly Token[], index: number, stems: readonly string[]): boolean {
  if (index + stems.length > tokens.length) return false;
  return stems.every((stem, offset) => tokens[index + offset]?.stem === stem);
}
