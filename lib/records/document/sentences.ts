/**
 * Splits block text into sentences. Money text is full of periods that do not
 * end sentences ("U.S.", "$31.24", "approx.", "e.g."), so a sentence ends only
 * at . ! ? followed by a space and an upper-case letter or digit, and never
 * after a known abbreviation. Hard line breaks always end a sentence.
 */
const ABBREVIATIONS =
  /(?:^|[\s(])(?:U\.S|U\.K|e\.g|i\.e|etc|approx|avg|vs|Mr|Ms|Dr|St|Inc|Ltd|No|est|incl|yrs?|mo|hr|D\.C)\.$/i;

export interface Sentence {
  text: string;
  /** Offset of the sentence in the text it was split from. */
  start: number;
}

/** Splits `text` into trimmed sentences with their offsets. Pure. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) sentences.push({ text: trimmed, start: start + lead });
    start = end;
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '\n') {
      push(i);
      continue;
    }
    if ((char === '.' || char === '!' || char === '?') && /^\s+["“(]?[\p{Lu}\d$£€¥₹]/u.test(text.slice(i + 1, i + 4))) {
      if (char === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, i - 12), i + 1))) continue;
      push(i + 1);
    }
  }
  push(text.length);
  return sentences;
}
