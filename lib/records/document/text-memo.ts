/**
 * What the extractors share for reading the same texts again and again: the
 * headings, labels and cells of a section are read once for every block, cell
 * and figure under them.
 */

/** Texts a reader remembers before it starts again: text cannot make the memory grow without end. */
const MAX_REMEMBERED_TEXTS = 4_096;

/** `read`, remembering what it returns for each text (at most 4,096 texts at a time). `read` must be pure. */
export function remembered<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    const value = read(text);
    if (known.size >= MAX_REMEMBERED_TEXTS) known.clear();
    known.set(text, value);
    return value;
  };
}

/** Runs of white space other than a lone space, which is already what folding makes of a run. */
const WHITE_SPACE_TO_FOLD = / \s+|[^\S ]\s*/g;

/** `text` with every run of white space as one space (most of a text's white space already is one). */
export function foldWhiteSpace(text: string): string {
  return text.replace(WHITE_SPACE_TO_FOLD, ' ');
}
