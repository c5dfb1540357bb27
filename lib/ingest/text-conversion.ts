/**
 * What the plain-text converters (`text-article.ts`, `page-text.ts`) share:
 * their result type, input clean-up, strict date reading and the few mdast
 * builders both use, so both emit the same shapes through `stringifyMarkdown`.
 */
import type { Heading, List, ListItem, Paragraph, PhrasingContent } from 'mdast';
import { stripControls } from './text-fields';

/** A plain-text source turned into article parts. */
export interface TextConversion {
  /** The title the text itself states, or null so the caller derives one. */
  title: string | null;
  /** ISO 8601 UTC (`2024-01-22T00:00:00Z`), only when the text states a date. */
  publishedAt: string | null;
  /** GFM Markdown body, ending in exactly one newline. */
  markdown: string;
}

/**
 * NFC-normalizes and drops control characters other than `\n` and `\t`, after
 * turning CRLF/CR line ends into `\n` (a bare CR is a line break, not noise).
 */
export function normalizeSourceText(text: string): string {
  const normalized = text
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/^\uFEFF/, '');
  // No CR is left after the line-end rewrite, so this keeps exactly tab and line feed.
  return stripControls(normalized);
}

const MONTHS = 'january february march april may june july august september october november december'.split(' ');
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';

/** A date as pages print it: "January 22, 2024", "22 Jan 2024" or "2024-01-22". */
export const STATED_DATE_PATTERN = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})`;

function monthIndex(name: string): number | null {
  const key = name.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.findIndex((month) => month === key || (key.length >= 3 && month.startsWith(key)));
  return index === -1 ? null : index + 1;
}

function toIsoDate(year: number, month: number, day: number): string | null {
  // Checked by hand: `Date` would roll 30 February over to 2 March.
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (year < 1900 || year > 2999 || days === undefined || day < 1 || day > days) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(month)}-${pad(day)}T00:00:00Z`;
}

/** Reads one `STATED_DATE_PATTERN` date strictly; null for impossible dates (30 February). */
export function parseStatedDate(value: string): string | null {
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return toIsoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const monthFirst = /^([A-Za-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(text);
  const dayFirst = /^(\d{1,2})\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(text);
  const [monthName, day, year] = monthFirst
    ? [monthFirst[1], monthFirst[2], monthFirst[3]]
    : dayFirst
      ? [dayFirst[2], dayFirst[1], dayFirst[3]]
      : [];
  const month = monthName === undefined ? null : monthIndex(monthName);
  if (month === null || day === undefined || year === undefined) return null;
  return toIsoDate(Number(year), month, Number(day));
}

/** Ends like a sentence: . ! ? or … possibly followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return /[.!?…]["'”’)\]]*$/.test(text.trim());
}

/** Counts words (whitespace-separated runs), the unit every length heuristic uses. */
export function countWords(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}

/**
 * Section names that say nothing about the article ("Summary", "FAQs"): they
 * are never a title, and they mark a heading even when they look like a list item.
 */
export function isGenericHeading(text: string): boolean {
  return GENERIC_HEADING.test(text.trim());
}

const GENERIC_HEADING = new RegExp(
  `^(?:${[
    'summary',
    'introduction',
    'intro',
    'overview',
    'conclusions?',
    'final thoughts',
    'key takeaways',
    'takeaways',
    'faqs?',
    'frequently asked questions',
    'table of contents',
    'contents',
    'references',
    'sources',
    'related (?:posts|articles|reading)',
    'wrapping up',
    'next steps',
    '(?:the )?bottom line',
    'background',
    'abstract',
  ].join('|')})$`,
  'i',
);

/** A paragraph of literal text (the writer escapes any Markdown syntax in it). */
export function textParagraph(value: string): Paragraph {
  return paragraphOf([{ type: 'text', value }]);
}

/** A paragraph of the given inline nodes (text and links). */
export function paragraphOf(children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

/** A heading of literal text; converters use h2 for sections, h3 below them. */
export function textHeading(depth: 2 | 3, value: string): Heading {
  return { type: 'heading', depth, children: [{ type: 'text', value }] };
}

/** A list item holding one text paragraph, plus an optional nested list. */
export function textListItem(value: string, nested?: List): ListItem {
  const children: ListItem['children'] = [textParagraph(value)];
  if (nested) children.push(nested);
  return { type: 'listItem', spread: false, children };
}

/** A tight list; `start` is kept only for ordered lists that do not start at 1. */
export function listOf(items: ListItem[], ordered = false, start?: number): List {
  const list: List = { type: 'list', ordered, spread: false, children: items };
  if (ordered && start !== undefined && start !== 1) list.start = start;
  return list;
}
