/**
 * Web page flattened into one paragraph -> title, date and GFM Markdown.
 *
 * Flattening keeps the space between sentences of one paragraph but none
 * where one element ended and the next began ("opportunities.Product
 * companies", "AI engineer responsibilitiesWe broadly"). Those glued
 * boundaries are the only trace of the page's blocks, so the text is cut
 * there first, then each piece is read as a heading, list item or paragraph.
 */
import type { BlockContent, ListItem, Root } from 'mdast';
import { stringifyMarkdown } from './markdown-stringify';
import { splitGluedBlocks } from './page-text-split';
import {
  STATED_DATE_PATTERN,
  countWords,
  endsSentence,
  isGenericHeading,
  listOf,
  normalizeSourceText,
  parseStatedDate,
  textHeading,
  textListItem,
  textParagraph,
  type TextConversion,
} from './text-conversion';

const BREADCRUMB = /^(?:[^\s›»«][^›»«]{0,39}?\s+[›»]\s+)+/u;
const POSTED_SOURCE = `(?:Posted|Published)(?:\\s*on)?\\s*:?\\s*(${STATED_DATE_PATTERN})`;
const POSTED = new RegExp(POSTED_SOURCE, 'i');
const POSTED_AT_START = new RegExp(`^${POSTED_SOURCE}`, 'i');
const READ_TIME = /^\d{1,3}\s*min(?:ute)?s?\s+read\b/i;

/** Page templates print the title twice (breadcrumb, then header): "T T Posted...". */
function repeatedTitle(text: string): { title: string; length: number } | null {
  for (let end = Math.min(text.length, 300); end > 0; end -= 1) {
    if (text[end] !== ' ') continue;
    const title = text.slice(0, end);
    const after = text[2 * end + 1];
    if (text.startsWith(title, end + 1) && (after === undefined || /\s/.test(after))) {
      return { title: title.trim(), length: 2 * end + 1 };
    }
  }
  return null;
}

/**
 * Strips the page chrome (breadcrumb, repeated title, "Posted <date>", "N min
 * read") and keeps what it says. Only the header is read: a "Posted ..." deep
 * in the body is prose, and an impossible date stays in the text.
 */
function readHeader(text: string): Omit<TextConversion, 'markdown'> & { body: string } {
  const crumb = BREADCRUMB.exec(text)?.[0] ?? '';
  let body = text.slice(crumb.length);
  let title: string | null = null;
  const repeated = repeatedTitle(body);
  // Without a breadcrumb, "Yes Yes ..." must not pass for a title.
  if (repeated && (crumb || countWords(repeated.title) >= 3)) {
    title = repeated.title;
    body = body.slice(repeated.length);
  } else if (crumb) {
    const posted = POSTED.exec(body.slice(0, 300));
    if (posted && posted.index > 0) {
      title = body.slice(0, posted.index).trim();
      body = body.slice(posted.index);
    }
  }
  let publishedAt: string | null = null;
  for (;;) {
    body = body.trimStart();
    const posted = POSTED_AT_START.exec(body);
    const iso = posted ? parseStatedDate(posted[1] ?? '') : null;
    const readTime = READ_TIME.exec(body)?.[0];
    if (posted && iso && publishedAt === null) {
      publishedAt = iso;
      body = body.slice(posted[0].length);
    } else if (readTime) {
      body = body.slice(readTime.length);
    } else {
      return { title, publishedAt, body };
    }
  }
}

interface Segment {
  text: string;
  kind: 'sentence' | 'intro' | 'fragment';
  words: number;
  /** "Junior AI engineer: $124,000/yr": a label and its value, one figure per item. */
  pair: boolean;
}

function toSegment(text: string): Segment {
  const kind = text.endsWith(':') ? 'intro' : endsSentence(text) ? 'sentence' : 'fragment';
  return { text, kind, words: countWords(text), pair: kind === 'fragment' && /^[^:]{1,60}:\s+\S/.test(text) };
}

const SMALL_WORDS = new Set('a an and as at by for in of on or the to vs vs. with'.split(' '));

/** Share of capitalized words, ignoring small words: Title Case headings score high, list items low. */
function capitalizedShare(text: string): number {
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word) && !SMALL_WORDS.has(word.toLowerCase()));
  return words.filter((word) => /^[^\p{L}]*\p{Lu}/u.test(word)).length / Math.max(words.length, 1);
}

/** Reads the segments into blocks; every segment becomes exactly one paragraph, heading or list item. */
function groupSegments(segments: Segment[]): BlockContent[] {
  const isProse = (seg: Segment | undefined) => seg?.kind === 'sentence' || seg?.kind === 'intro';
  const isItem = (seg: Segment | undefined): seg is Segment => seg?.kind === 'fragment' && seg.words <= 30;
  // A short unpunctuated block right before prose titles that prose; longer ones are captions.
  // "Senior AI engineer: $151,000/yr" is a figure, never a heading.
  const isHeading = (j: number) => {
    const seg = segments[j];
    return seg?.kind === 'fragment' && seg.words <= 10 && !/:\s.*\d/.test(seg.text) && isProse(segments[j + 1]);
  };
  // Inside a list, the last item is also followed by prose: only a Title Case or generic one is a heading.
  const endsList = (j: number) => {
    const text = segments[j]?.text ?? '';
    return isHeading(j) && (isGenericHeading(text) || capitalizedShare(text) >= 0.5);
  };

  /** Items after a "...:" intro; a list of "label: value" pairs takes pairs only. */
  const collectItems = (start: number): [ListItem[], number] => {
    const pairs = segments[start]?.pair ?? false;
    let end = start;
    while (isItem(segments[end]) && (!pairs || segments[end]?.pair) && !endsList(end)) end += 1;
    return [segments.slice(start, end).map((seg) => textListItem(seg.text)), end];
  };

  /** "By location:" then "US:" + pairs, "Europe:" + pairs: one list of labelled groups. */
  const collectGroups = (start: number): [ListItem[], number] => {
    const groups: ListItem[] = [];
    let end = start;
    while (segments[end]?.kind === 'intro') {
      const [items, after] = collectItems(end + 1);
      if (!items.length) break;
      groups.push(textListItem(segments[end]?.text ?? '', listOf(items)));
      end = after;
    }
    return [groups, end];
  };

  /**
   * Items under a short label such as "Technical skills". A label as short as
   * that one among longer items ("Non-technical skills") starts the next group.
   */
  const collectLabelled = (start: number): [ListItem[], number] => {
    const lead = segments[start];
    let end = start + 1;
    if (!lead || lead.words > 6 || !isItem(segments[end])) return [[], start];
    for (; isItem(segments[end]) && !endsList(end); end += 1) {
      const seg = segments[end];
      const [prev, next] = [segments[end - 1], segments[end + 1]];
      const sibling = seg && seg.words <= Math.max(3, lead.words + 1) && end > start + 1;
      if (sibling && isItem(next) && next.words >= seg.words + 4 && (prev?.words ?? 0) >= seg.words + 4) break;
    }
    const items = segments.slice(start + 1, end).map((seg) => textListItem(seg.text));
    return items.length >= 2 ? [items, end] : [[], start];
  };

  const blocks: BlockContent[] = [];
  let i = 0;
  while (i < segments.length) {
    const seg = segments[i] as Segment;
    i += 1;
    if (seg.kind === 'intro') {
      blocks.push(textParagraph(seg.text));
      const groups = collectGroups(i);
      const [items, end] = groups[0].length ? groups : collectItems(i);
      if (items.length) blocks.push(listOf(items));
      i = end;
    } else if (seg.kind === 'fragment') {
      const [items, end] = collectLabelled(i - 1);
      if (items.length) {
        blocks.push(textHeading(3, seg.text), listOf(items));
        i = end;
      } else {
        blocks.push(isHeading(i - 1) ? textHeading(2, seg.text) : textParagraph(seg.text));
      }
    } else {
      // A lone short question between blocks ("Who is an AI engineer?") is a heading.
      const question = /\?["'”’)]*$/.test(seg.text) && seg.words <= 12 && !/[.!?]\s/.test(seg.text);
      blocks.push(question && i < segments.length ? textHeading(2, seg.text) : textParagraph(seg.text));
    }
  }
  return blocks;
}

/**
 * Converts a flattened web page to a title, a stated publication date and
 * Markdown, keeping every word of the body in order. Pure: no I/O.
 */
export function convertPageText(text: string): TextConversion {
  const { title, publishedAt, body } = readHeader(
    normalizeSourceText(text)
      .replace(/[ \t]+/g, ' ')
      .trim(),
  );
  const segments = body
    .split(/\n+/)
    .flatMap((line) => splitGluedBlocks(line.trim()))
    .map(toSegment);
  const root: Root = { type: 'root', children: groupSegments(segments) };
  return { title: title ? title.replace(/\s+/g, ' ') : null, publishedAt, markdown: stringifyMarkdown(root) };
}
