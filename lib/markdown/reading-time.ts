/**
 * How long an article takes to read, from the text a reader sees (link
 * targets, image addresses and Markdown syntax do not count as words).
 */
import { textContent } from '@/lib/markdown/hast-utils';
import { markdownToHast } from '@/lib/markdown/processor';

/** A common estimate for reading on screen; tables and lists make it rough, so only whole minutes are shown. */
export const WORDS_PER_MINUTE = 230;

/** The visible words of a Markdown body. */
export function countWords(markdown: string): number {
  const text = textContent(markdownToHast(markdown));
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes to read `markdown`, at least one. */
export function readingMinutes(markdown: string): number {
  return Math.max(1, Math.round(countWords(markdown) / WORDS_PER_MINUTE));
}
