/**
 * Plain-text article -> title, date and GFM Markdown. The text uses one line
 * per paragraph, short unpunctuated lines as headings, "- "/"• " bullets and
 * pipe tables with a caption line before and "Source: X" + URL after.
 * Faithful by design: every line's text reaches the output unchanged.
 */
import type { AlignType, BlockContent, ListItem, Root, Table, TableCell } from 'mdast';
import { stringifyMarkdown } from './markdown-stringify';
import {
  STATED_DATE_PATTERN,
  isGenericHeading,
  listOf,
  normalizeSourceText,
  paragraphOf,
  parseStatedDate,
  textHeading,
  textListItem,
  textParagraph,
  type TextConversion,
} from './text-conversion';

const BULLET = /^(?:[-*]\s+|•\s*)(.*)$/;
const ORDERED = /^(\d{1,3})[.)]\s+(.*)$/;
const URL_LINE = /^https?:\/\/\S+$/i;
const SOURCE_LINE = /^Source:\s*(.+)$/i;
const DATE_LINE = new RegExp(`^(?:Posted|Published|Date)(?:\\s+on)?\\s*:?\\s*(${STATED_DATE_PATTERN})\\.?$`, 'i');
const FAQ_HEADING = /^(?:faqs?|frequently asked questions)\b/i;

const isTableLine = (line: string) => line.length >= 2 && line.startsWith('|') && line.endsWith('|');
const isListLine = (line: string) => BULLET.test(line) || ORDERED.test(line);
const isPlainText = (line: string | undefined): line is string =>
  line !== undefined && line !== '' && !isTableLine(line) && !isListLine(line) && !URL_LINE.test(line);

/**
 * Looks like a heading on its own: no closing punctuation, not a "Source:"
 * credit or date line (a date we could not accept stays prose), not starting
 * mid-sentence, short. "Heading: long subtitle" lines
 * run longer, so they count only when a blank line sets them apart.
 */
function hasHeadingShape(lines: string[], i: number): boolean {
  const line = lines[i];
  if (!isPlainText(line) || /[.!?;:,…]$/.test(line) || SOURCE_LINE.test(line) || DATE_LINE.test(line)) return false;
  if (/^\p{Ll}\p{Ll}/u.test(line)) return false;
  if (line.length <= 120) return true;
  return line.length <= 200 && /^[^:]{3,80}: \S/.test(line) && lines[i + 1] === '';
}

/**
 * A heading needs something under it. A heading-shaped line directly followed
 * by another one is a link to a related post dropped into the text ("Top AI
 * Jobs in the USA: ..."), so it stays a paragraph.
 */
function headingDepthAt(lines: string[], i: number, lastContent: number): 2 | 3 | null {
  if (!hasHeadingShape(lines, i)) return null;
  const next = lines[i + 1];
  if (next === undefined || URL_LINE.test(next)) return null;
  if (next === '') return i < lastContent ? 2 : null;
  if (isTableLine(next)) return 3; // a table caption
  return hasHeadingShape(lines, i + 1) ? null : 2;
}

const DELIMITER_CELL = /^:?-+:?$/;

/** Cells of one pipe row; `\|` is a literal pipe inside a cell. */
function splitRow(line: string): string[] {
  return line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/**
 * Pipe rows with a delimiter row second -> a GFM table. Short rows are padded
 * with empty cells (and the header widened for long ones) so no cell is dropped.
 */
function toTable(rows: string[]): Table | null {
  const cells = rows.map(splitRow);
  const delimiter = cells[1];
  if (!delimiter || !delimiter.every((cell) => DELIMITER_CELL.test(cell))) return null;
  const body = [cells[0] ?? [], ...cells.slice(2)];
  const width = Math.max(...body.map((row) => row.length));
  const align: AlignType[] = Array.from({ length: width }, (_, index) => {
    const cell = delimiter[index] ?? '';
    if (cell.startsWith(':') && cell.endsWith(':')) return 'center';
    return cell.endsWith(':') ? 'right' : cell.startsWith(':') ? 'left' : null;
  });
  const toCell = (value: string): TableCell => ({
    type: 'tableCell',
    children: value ? [{ type: 'text', value }] : [],
  });
  return {
    type: 'table',
    align,
    children: body.map((row) => ({
      type: 'tableRow',
      children: Array.from({ length: width }, (_, index) => toCell(row[index] ?? '')),
    })),
  };
}

const isQuestion = (line: string) => /\?["'”’)]*$/.test(line) && !/[.!?]\s/.test(line);

/** Reads the lines into blocks; `inFaq` makes question lines the h3 headings of their answers. */
function toBlocks(lines: string[]): BlockContent[] {
  const blocks: BlockContent[] = [];
  const lastContent = lines.findLastIndex((line) => line !== '');
  let inFaq = false;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line === '') {
      i += 1;
    } else if (isTableLine(line)) {
      let end = i;
      while (end < lines.length && isTableLine(lines[end] ?? '')) end += 1;
      const rows = lines.slice(i, end);
      const table = toTable(rows);
      blocks.push(...(table ? [table] : rows.map((row) => textParagraph(row))));
      i = end;
    } else if (isListLine(line)) {
      const ordered = ORDERED.exec(line);
      const pattern = ordered ? ORDERED : BULLET;
      const items: ListItem[] = [];
      for (; i < lines.length && pattern.test(lines[i] ?? ''); i += 1) {
        const match = pattern.exec(lines[i] ?? '');
        items.push(textListItem((ordered ? match?.[2] : match?.[1]) ?? ''));
      }
      blocks.push(listOf(items, Boolean(ordered), ordered ? Number(ordered[1]) : undefined));
    } else if (SOURCE_LINE.test(line) && URL_LINE.test(lines[i + 1] ?? '')) {
      // "Source: Glassdoor" + "https://www.glassdoor.com": one credit, name linked to the URL.
      const name = SOURCE_LINE.exec(line)?.[1] ?? '';
      const url = lines[i + 1] ?? '';
      const prefix = line.slice(0, line.length - name.length);
      blocks.push(
        paragraphOf([
          { type: 'text', value: prefix },
          { type: 'link', url, children: [{ type: 'text', value: name }] },
        ]),
      );
      i += 2;
    } else if (URL_LINE.test(line)) {
      blocks.push(paragraphOf([{ type: 'link', url: line, children: [{ type: 'text', value: line }] }]));
      i += 1;
    } else if (inFaq && isQuestion(line)) {
      blocks.push(textHeading(3, line));
      i += 1;
    } else {
      const depth = headingDepthAt(lines, i, lastContent);
      if (depth === 2) inFaq = FAQ_HEADING.test(line);
      blocks.push(depth ? textHeading(depth, line) : textParagraph(line));
      i += 1;
      // "... can include:" followed by lines ending in ";" is a list written without markers.
      let end = i;
      while (line.endsWith(':') && isPlainText(lines[end]) && lines[end]?.endsWith(';')) end += 1;
      if (end - i >= 2) {
        blocks.push(listOf(lines.slice(i, end).map((item) => textListItem(item))));
        i = end;
      }
    }
  }
  return blocks;
}

/** "Posted January 22, 2024" among the first lines: the only date a text article states. */
function takeDateLine(lines: string[]): string | null {
  const head = lines.flatMap((line, index) => (line === '' ? [] : [index])).slice(0, 3);
  for (const index of head) {
    const date = DATE_LINE.exec(lines[index] ?? '')?.[1];
    const iso = date === undefined ? null : parseStatedDate(date);
    if (iso) {
      lines[index] = '';
      return iso;
    }
  }
  return null;
}

const headingText = (block: BlockContent | undefined): string | null =>
  block?.type === 'heading' && block.depth === 2 && block.children[0]?.type === 'text' ? block.children[0].value : null;

/**
 * Title: the first line when it is a heading of its own (then it leaves the
 * body, as the page prints the title anyway). Texts pasted without one open
 * with prose, and their first section heading that is not a generic "Summary"
 * names the topic; of a long "Topic: sales pitch" heading only the topic part
 * is a usable title. Nothing found -> null, and the caller derives one.
 */
function takeTitle(blocks: BlockContent[], firstLine: string | undefined): string | null {
  const first = headingText(blocks[0]);
  if (first !== null && first === firstLine && !isGenericHeading(first)) {
    blocks.shift();
    return first;
  }
  const heading = blocks.map(headingText).find((text) => text !== null && !isGenericHeading(text));
  if (!heading) return null;
  const topic = /^([^:]{3,80}): /.exec(heading)?.[1];
  return heading.length > 80 && topic ? topic : heading;
}

const FENCE = '---';
const KEY_VALUE = /^[\w.-]{1,40}\s*:/;

/**
 * The lines of a `---` block of `key: value` lines that opens the text (what
 * a front matter looks like), fences included; 0 when the text opens otherwise.
 * Such a block is the author's text, never metadata: nothing in it may become
 * a title, date, slug or path.
 */
function leadingKeyValueBlock(lines: readonly string[]): number {
  if (lines[0] !== FENCE) return 0;
  const close = lines.indexOf(FENCE, 1);
  if (close === -1) return 0;
  const inside = lines.slice(1, close).filter((line) => line !== '');
  return inside.length > 0 && inside.every((line) => KEY_VALUE.test(line)) ? close + 1 : 0;
}

/**
 * Converts a plain-text article to Markdown without losing or inventing text.
 * Pure: no file or network access.
 */
export function convertTextArticle(text: string): TextConversion {
  const lines = normalizeSourceText(text)
    .split('\n')
    .map((line) => line.trim());
  // A leading `key: value` block stays in the body as plain paragraphs, above the text;
  // the title and date are read from the text after it, as for any article.
  const blockLines = leadingKeyValueBlock(lines);
  const preamble = lines
    .slice(1, Math.max(1, blockLines - 1))
    .filter((line) => line !== '')
    .map((line) => textParagraph(line));
  lines.splice(0, blockLines);
  const publishedAt = takeDateLine(lines);
  const blocks = toBlocks(lines);
  const title = takeTitle(
    blocks,
    lines.find((line) => line !== ''),
  );
  const root: Root = { type: 'root', children: [...preamble, ...blocks] };
  return { title, publishedAt, markdown: stringifyMarkdown(root) };
}
