/**
 * An article body as the few block shapes the extractors read: headings,
 * paragraphs, lists, tables and block quotes, each with its visible text
 * (what a reader sees on the rendered page: Markdown marks, escapes, link
 * targets, images and raw HTML gone; hard line breaks as "\n").
 *
 * Two parsers give the same blocks:
 * - markdown-it, about twenty times faster than remark on real articles, for
 *   every body it reads exactly as the site's renderer (remark with GFM) does;
 * - remark with GFM, for the few constructs markdown-it reads otherwise:
 *   strikethrough ("~gone~"), footnotes ("[^1]"), task list items ("- [ ] step"),
 *   link reference definitions ("[a]: https://…", which remark keeps as a block)
 *   and tables inside lists or quotes. A body with any of them is read by remark whole.
 * Both are checked against each other on every test article.
 */
import MarkdownIt, { type Token } from 'markdown-it';
import type { Nodes, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export type MarkdownBlock =
  | { type: 'heading'; depth: number; text: string; offset: number }
  | { type: 'paragraph'; text: string; offset: number }
  | { type: 'list'; items: MarkdownListItem[]; offset: number }
  /** Cells as written: a row may have fewer or more cells than the header. */
  | { type: 'table'; rows: string[][]; offset: number }
  | { type: 'blockquote'; children: MarkdownBlock[]; offset: number }
  /** Code, raw HTML, rules, definitions: text only where remark's tree has some (a footnote's words). */
  | { type: 'other'; text: string; offset: number };

export interface MarkdownListItem {
  children: MarkdownBlock[];
  offset: number;
}

/** Reads a Markdown body into blocks, choosing the parser as described above. Pure. */
export function readMarkdownBlocks(markdown: string): MarkdownBlock[] {
  return (!needsRemark(markdown) && blocksFromMarkdownIt(markdown)) || blocksFromRemark(markdown);
}

/** The visible text of a block, as remark's tree gives it: children's texts joined without separators. */
export function blockText(block: MarkdownBlock): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return block.text;
    case 'table':
      return block.rows.map((row) => row.join('')).join('');
    case 'list':
      return block.items.map((item) => item.children.map(blockText).join('')).join('');
    case 'blockquote':
      return block.children.map(blockText).join('');
    case 'other':
      return block.text;
  }
}

// Two unescaped tildes can make a GFM strikethrough; one cannot.
const TILDES = /(?:^|[^\\])~/g;
const FOOTNOTE = '[^';
const TASK_ITEM = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\](?:[ \t]|$)/m;
const DEFINITION = /^[ \t>]*\[[^\]\n]+\]:/m;

/** True when the body has a construct (other than a nested table) only remark reads as the site renders it. */
export function needsRemark(markdown: string): boolean {
  return (
    (markdown.match(TILDES)?.length ?? 0) >= 2 ||
    markdown.includes(FOOTNOTE) ||
    TASK_ITEM.test(markdown) ||
    DEFINITION.test(markdown)
  );
}

// ---- markdown-it ----

const markdownIt = new MarkdownIt({ html: true });
// The text of an autolink is the address as written, and a link is a link whatever its
// address: the page shows the link's words either way, and remark does not judge them.
markdownIt.normalizeLinkText = (url) => url;
markdownIt.validateLink = () => true;

/** The blocks by markdown-it, or `null` for a table inside a list or quote (its rows' own lines carry the container's marks). */
export function blocksFromMarkdownIt(markdown: string): MarkdownBlock[] | null {
  const tokens = markdownIt.parse(markdown, {});
  const lines = lineStarts(markdown);
  const offsetOf = (token: Token): number => {
    const line = token.map?.[0] ?? 0;
    let offset = lines[line] ?? markdown.length;
    while (markdown[offset] === ' ' || markdown[offset] === '\t') offset += 1;
    return offset;
  };
  let position = 0;
  let depth = 0;
  let nestedTable = false;

  /** Reads blocks until the closing token of the container that holds them (or the end). */
  function readBlocks(): MarkdownBlock[] {
    const blocks: MarkdownBlock[] = [];
    while (position < tokens.length) {
      const token = tokens[position];
      if (!token || token.nesting === -1) return blocks;
      position += 1;
      const offset = offsetOf(token);
      switch (token.type) {
        case 'heading_open':
          blocks.push({ type: 'heading', depth: Number(token.tag.slice(1)), text: inlineUntilClose(), offset });
          break;
        case 'paragraph_open':
          blocks.push({ type: 'paragraph', text: inlineUntilClose(), offset });
          break;
        case 'bullet_list_open':
        case 'ordered_list_open':
          blocks.push({ type: 'list', items: readItems(), offset });
          break;
        case 'blockquote_open':
          depth += 1;
          blocks.push({ type: 'blockquote', children: readBlocks(), offset });
          depth -= 1;
          position += 1;
          break;
        case 'table_open':
          nestedTable ||= depth > 0;
          blocks.push({ type: 'table', rows: readRows(), offset });
          break;
        default:
          // Code, fences, HTML and rules are single tokens; anything else opened is skipped whole.
          if (token.nesting === 1) skipToClose();
          blocks.push({ type: 'other', text: '', offset });
      }
    }
    return blocks;
  }

  function readItems(): MarkdownListItem[] {
    const items: MarkdownListItem[] = [];
    for (let token = tokens[position]; token?.type === 'list_item_open'; token = tokens[position]) {
      position += 1;
      depth += 1;
      items.push({ children: readBlocks(), offset: offsetOf(token) });
      depth -= 1;
      position += 1; // list_item_close
    }
    position += 1; // the list's close
    return items;
  }

  /** The text of the inline token before the next close, then past that close. */
  function inlineUntilClose(): string {
    let text = '';
    for (let token = tokens[position]; token && token.nesting !== -1; token = tokens[position]) {
      if (token.type === 'inline') text += inlineText(token.children ?? []);
      position += 1;
    }
    position += 1;
    return text;
  }

  /** Rows with their cells as written: markdown-it pads short rows and cuts long ones to the header. */
  function readRows(): string[][] {
    const rows: string[][] = [];
    for (let token = tokens[position]; token && token.type !== 'table_close'; token = tokens[position]) {
      position += 1;
      if (token.type !== 'tr_open') continue;
      const cells: string[] = [];
      for (let cell = tokens[position]; cell && cell.type !== 'tr_close'; cell = tokens[position]) {
        position += 1;
        if (cell.type === 'inline') cells.push(inlineText(cell.children ?? []));
      }
      const written = splitCells(markdown.slice(lines[token.map?.[0] ?? 0], lines[(token.map?.[0] ?? 0) + 1]));
      rows.push(
        written.length <= cells.length
          ? cells.slice(0, written.length)
          : [...cells, ...written.slice(cells.length).map((cell) => inlineMarkdownText(cell.trim()))],
      );
    }
    position += 1;
    return rows;
  }

  function skipToClose(): void {
    let depth = 1;
    while (position < tokens.length && depth > 0) {
      depth += tokens[position]?.nesting ?? 0;
      position += 1;
    }
  }

  const blocks = readBlocks();
  return nestedTable ? null : blocks;
}

/** Visible text of markdown-it inline tokens. */
function inlineText(children: readonly Token[]): string {
  let text = '';
  for (const child of children) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += '\n';
  }
  return text;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/** The cells of a table row line, split at unescaped pipes, outer pipes dropped (as GFM reads it). */
function splitCells(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  const text = line.replace(/\r?\n$/, '').trim();
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '\\' && text[index + 1] === '|') {
      current += '\\|';
      index += 1;
    } else if (char === '|') {
      cells.push(current);
      current = '';
    } else current += char;
  }
  cells.push(current);
  if (cells.length > 1 && cells[0]?.trim() === '' && text.startsWith('|')) cells.shift();
  if (cells.length > 1 && cells.at(-1)?.trim() === '' && text.endsWith('|') && !text.endsWith('\\|')) cells.pop();
  return cells;
}

function inlineMarkdownText(markdown: string): string {
  return markdownIt.parseInline(markdown, {}).map((token) => inlineText(token.children ?? [])).join('');
}

// ---- remark ----

const remark = unified().use(remarkParse).use(remarkGfm).freeze();

export function blocksFromRemark(markdown: string): MarkdownBlock[] {
  const tree: Root = remark.parse(markdown);
  return tree.children.map(fromMdast);
}

function fromMdast(node: RootContent): MarkdownBlock {
  const offset = node.position?.start.offset ?? 0;
  switch (node.type) {
    case 'heading':
      return { type: 'heading', depth: node.depth, text: textOf(node), offset };
    case 'paragraph':
      return { type: 'paragraph', text: textOf(node), offset };
    case 'list':
      return {
        type: 'list',
        items: node.children.map((item) => ({
          children: item.children.map(fromMdast),
          offset: item.position?.start.offset ?? 0,
        })),
        offset,
      };
    case 'table':
      return { type: 'table', rows: node.children.map((row) => row.children.map(textOf)), offset };
    case 'blockquote':
      return { type: 'blockquote', children: node.children.map(fromMdast), offset };
    default:
      return { type: 'other', text: textOf(node), offset };
  }
}

/**
 * The visible text of an mdast node: hard breaks become "\n"; images and raw
 * HTML contribute nothing (the page renders neither as text).
 */
function textOf(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
    case 'imageReference':
    case 'html':
      return '';
    default:
      return 'children' in node ? (node.children as Nodes[]).map((child) => textOf(child)).join('') : '';
  }
}
