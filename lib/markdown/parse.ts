/**
 * GFM Markdown -> mdast, the one parser of article bodies: the page renders
 * its tree and the records read theirs from it.
 *
 * The tree is the one remark-parse with remark-gfm gives, node for node, but
 * most bodies are read with markdown-it, about twenty times faster on real
 * articles (remark's parser was three quarters of extracting records and of
 * rendering an article page). markdown-it reads a few GFM constructs
 * otherwise, so a body with any of them is read by remark whole:
 * strikethrough (two or more unescaped tildes), footnotes ("[^"), task list
 * items ("- [ ] "), link reference definitions, a tab ending a line, tables
 * inside lists or quotes, nesting near markdown-it's limit of 100 levels, and
 * web addresses written bare in text ("www.", "https://"), which remark
 * links while parsing. E-mail addresses in text are linked after parsing by
 * remark's own transform, which runs on markdown-it's tree too. The two
 * parsers are compared on every test article and on a set of tricky
 * bodies (tests/unit/markdown/parse.test.ts).
 *
 * Source positions: a block node from markdown-it spans from its first line's
 * first non-blank character to the start of the line after it (enough to keep
 * records in reading order); inline nodes carry none. Nothing downstream reads
 * more.
 */
import MarkdownIt, { type Token } from 'markdown-it';
import type {
  AlignType,
  BlockContent,
  List,
  ListItem,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
} from 'mdast';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { createRequire } from 'node:module';
import type remarkGfmPlugin from 'remark-gfm';
import type remarkParsePlugin from 'remark-parse';
import type { Position } from 'unist';
import type { unified as createProcessor } from 'unified';

/** Parses a Markdown body into mdast, choosing the parser as described above. Pure; the tree is the caller's. */
export function parseMarkdown(markdown: string): Root {
  return (!needsRemark(markdown) && parseWithMarkdownIt(markdown)) || parseWithRemark(markdown);
}

// remark is loaded the first time a body needs it, which none of the articles so far
// does: its 150 or so modules took a fifth of a second of every `npm run records`.
const load = createRequire(import.meta.url);
let remark: ReturnType<typeof createRemark> | undefined;

function createRemark() {
  const { unified } = load('unified') as { unified: typeof createProcessor };
  const remarkParse = (load('remark-parse') as { default: typeof remarkParsePlugin }).default;
  const remarkGfm = (load('remark-gfm') as { default: typeof remarkGfmPlugin }).default;
  return unified().use(remarkParse).use(remarkGfm).freeze();
}

/** The tree remark-parse with remark-gfm gives. */
export function parseWithRemark(markdown: string): Root {
  remark ??= createRemark();
  return remark.parse(markdown);
}

// Two unescaped tildes can make a GFM strikethrough; one cannot.
const TILDES = /(?:^|[^\\])~/g;
const TASK_ITEM = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])[ \t]+\[[ xX]\](?:[ \t]|$)/m;
const DEFINITION = /^[ \t>]*\[[^\]\n]+\]:/m;
// A tab at the end of a line: remark drops it before a line break and never counts it toward a
// hard break; markdown-it keeps it, and counts the spaces after it as one.
const TAB_AT_LINE_END = /\t[ \t]*$/m;
// Web addresses in text, which remark reads as links while parsing (so that, say, an
// underscore in one is not emphasis); a link's own address is not text.
const BARE_WEB_ADDRESS = /www\.|https?:\/\//i;
// E-mail addresses in text become links after parsing, by the same transform remark runs.
const [linkEmailAddresses] = gfmAutolinkLiteralFromMarkdown().transforms ?? [];
const ADDRESS_SIGN = /@|mailto:|xmpp:/i;

/** True when the body has a construct, found before parsing, that only remark reads as the site renders it. */
export function needsRemark(markdown: string): boolean {
  return (
    (markdown.match(TILDES)?.length ?? 0) >= 2 ||
    markdown.includes('[^') ||
    TASK_ITEM.test(markdown) ||
    DEFINITION.test(markdown) ||
    TAB_AT_LINE_END.test(markdown)
  );
}

const markdownIt = new MarkdownIt({ html: true });
// markdown-it's own limit (100 in its default preset); its type definitions leave the option out.
const maxNesting: unknown = Reflect.get(markdownIt.options, 'maxNesting');
/** Nesting a body may reach before it is handed to remark: a little under markdown-it's own limit. */
const NESTING_LIMIT = (typeof maxNesting === 'number' ? maxNesting : 100) - 2;
// Addresses as written and every link kept, as remark does: remark-rehype encodes them,
// and the site's own plugin (rehype-safe-urls) decides which are safe.
markdownIt.normalizeLink = (url) => url;
markdownIt.normalizeLinkText = (url) => url;
markdownIt.validateLink = () => true;

/** Thrown inside the walk when the body needs remark after all; never escapes this module. */
class NeedsRemark extends Error {}

/**
 * The tree by markdown-it, or `null` when the body turns out to hold a
 * construct it reads otherwise (a table in a list or quote, a bare address).
 */
export function parseWithMarkdownIt(markdown: string): Root | null {
  try {
    return new TreeBuilder(markdown).root();
  } catch (error) {
    if (error instanceof NeedsRemark) return null;
    throw error;
  }
}

class TreeBuilder {
  private readonly tokens: Token[];
  private readonly lines: number[];
  private position = 0;
  private depth = 0;
  private readonly withAddresses: RootContent[] = [];

  constructor(private readonly markdown: string) {
    this.tokens = markdownIt.parse(markdown, {});
    // markdown-it stops reading past its nesting limit (100 levels) and drops the rest; remark does not.
    const deep = (token: Token): boolean => token.level >= NESTING_LIMIT || (token.children ?? []).some(deep);
    if (this.tokens.some(deep)) throw new NeedsRemark();
    this.lines = [0];
    for (let index = markdown.indexOf('\n'); index !== -1; index = markdown.indexOf('\n', index + 1))
      this.lines.push(index + 1);
  }

  root(): Root {
    const tree: Root = { type: 'root', children: this.blocks() as RootContent[] };
    // remark's transform walks the whole tree, which cost more than the parse; only the
    // blocks whose source has an "@" or a scheme can hold an address.
    if (this.withAddresses.length > 0) linkEmailAddresses?.({ type: 'root', children: this.withAddresses });
    return tree;
  }

  /** `node`, noted for the e-mail transform when its source could hold an address. */
  private noteAddresses<T extends RootContent>(node: T): T {
    const source = this.markdown.slice(node.position?.start.offset, node.position?.end.offset);
    if (ADDRESS_SIGN.test(source)) this.withAddresses.push(node);
    return node;
  }

  /**
   * Where a block is: from its first line's first character that is not a space
   * or tab to the start of the line after its last.
   */
  private place(token: Token): { position: Position } {
    const [first = 0, after = first + 1] = token.map ?? [];
    const lineStart = this.lines[first] ?? this.markdown.length;
    let offset = lineStart;
    while (this.markdown[offset] === ' ' || this.markdown[offset] === '\t') offset += 1;
    return {
      position: {
        start: { line: first + 1, column: offset - lineStart + 1, offset },
        end: { line: after + 1, column: 1, offset: this.lines[after] ?? this.markdown.length },
      },
    };
  }

  private next(): Token {
    const token = this.tokens[this.position];
    if (!token) throw new Error('markdown-it token stream ended early');
    this.position += 1;
    return token;
  }

  /** Blocks until the close of the container that holds them, or the end. */
  private blocks(): Array<BlockContent | RootContent> {
    const blocks: Array<BlockContent | RootContent> = [];
    for (let token = this.tokens[this.position]; token && token.nesting !== -1; token = this.tokens[this.position]) {
      this.position += 1;
      const at = this.place(token);
      switch (token.type) {
        case 'paragraph_open':
          blocks.push(this.noteAddresses({ type: 'paragraph', children: this.inlineUntilClose(), ...at }));
          break;
        case 'heading_open':
          blocks.push(
            this.noteAddresses({
              type: 'heading',
              depth: Number(token.tag.slice(1)) as 1 | 2 | 3 | 4 | 5 | 6,
              children: this.inlineUntilClose(),
              ...at,
            }),
          );
          break;
        case 'blockquote_open':
          this.depth += 1;
          blocks.push({ type: 'blockquote', children: this.blocks() as BlockContent[], ...at });
          this.depth -= 1;
          this.next();
          break;
        case 'bullet_list_open':
        case 'ordered_list_open':
          blocks.push(this.list(token, at));
          break;
        case 'table_open':
          if (this.depth > 0) throw new NeedsRemark();
          blocks.push(this.noteAddresses(this.table(at)));
          break;
        case 'fence': {
          // As remark: the info string's first word is the language, the rest (from its
          // next word on) the meta, each with escapes and character references decoded.
          const info = token.info.replace(/^[ \t]+/, '');
          const lang = /^[^ \t]*/.exec(info)?.[0] ?? '';
          const meta = info.slice(lang.length).replace(/^[ \t]+/, '');
          blocks.push({
            type: 'code',
            lang: lang ? markdownIt.utils.unescapeAll(lang) : null,
            meta: meta ? markdownIt.utils.unescapeAll(meta) : null,
            value: token.content.replace(/\n$/, ''),
            ...at,
          });
          break;
        }
        case 'code_block':
          blocks.push({ type: 'code', lang: null, meta: null, value: token.content.replace(/\n+$/, ''), ...at });
          break;
        case 'html_block':
          blocks.push({ type: 'html', value: token.content.replace(/\n+$/, ''), ...at });
          break;
        case 'hr':
          blocks.push({ type: 'thematicBreak', ...at });
          break;
        default:
          throw new NeedsRemark();
      }
    }
    return blocks;
  }

  private list(open: Token, at: ReturnType<TreeBuilder['place']>): List {
    const ordered = open.type === 'ordered_list_open';
    const items: Array<{ item: ListItem; line: number; childLines: number[] }> = [];
    for (let token = this.tokens[this.position]; token?.type === 'list_item_open'; token = this.tokens[this.position]) {
      this.position += 1;
      this.depth += 1;
      const first = this.position;
      const children = this.blocks() as BlockContent[];
      this.depth -= 1;
      items.push({
        item: { type: 'listItem', spread: false, checked: null, children, ...this.place(token) },
        line: token.map?.[0] ?? 0,
        childLines: this.childLines(first, this.position),
      });
      this.next(); // list_item_close
    }
    this.next(); // the list's close
    // As remark: an item is spread when a blank line comes right before one of its own
    // blocks after the first, the list when a blank line comes right before an item
    // after the first.
    let spread = false;
    items.forEach(({ item, line, childLines }, index) => {
      item.spread = childLines.slice(1).some((start) => this.isBlank(start - 1));
      if (index > 0 && this.isBlank(line - 1)) spread = true;
    });
    return {
      type: 'list',
      ordered,
      start: ordered ? Number(attribute(open, 'start') ?? 1) : null,
      spread,
      children: items.map(({ item }) => item),
      ...at,
    };
  }

  /** The first lines of the blocks directly inside tokens [from, to). */
  private childLines(from: number, to: number): number[] {
    const lines: number[] = [];
    let depth = 0;
    for (let index = from; index < to; index += 1) {
      const token = this.tokens[index];
      if (!token) break;
      if (depth === 0 && token.nesting !== -1 && token.map) lines.push(token.map[0]);
      depth += token.nesting;
    }
    return lines;
  }

  /** True when line `line` (0-based) holds nothing but spaces, tabs and quote marks. */
  private isBlank(line: number): boolean {
    if (line < 0) return false;
    const text = this.markdown.slice(this.lines[line], this.lines[line + 1] ?? this.markdown.length);
    return /^[ \t>]*\r?\n?$/.test(text);
  }

  private table(at: ReturnType<TreeBuilder['place']>): Table {
    const align: AlignType[] = [];
    const rows: TableRow[] = [];
    for (let token = this.next(); token.type !== 'table_close'; token = this.next()) {
      if (token.type !== 'tr_open') continue;
      const line = token.map?.[0] ?? 0;
      const header = rows.length === 0;
      const cells: TableCell[] = [];
      for (let cell = this.next(); cell.type !== 'tr_close'; cell = this.next()) {
        if (header && cell.type === 'th_open') align.push(alignOf(cell));
        if (cell.type === 'inline') cells.push({ type: 'tableCell', children: phrasing(cell.children ?? []) });
      }
      // markdown-it pads a short row and cuts a long one to the header; remark keeps the cells as written.
      const written = splitCells(this.markdown.slice(this.lines[line], this.lines[line + 1]));
      rows.push({
        type: 'tableRow',
        children:
          written.length <= cells.length
            ? cells.slice(0, written.length)
            : [
                ...cells,
                ...written.slice(cells.length).map((text): TableCell => ({
                  type: 'tableCell',
                  children: markdownIt
                    .parseInline(text.trim(), {})
                    .flatMap((inline) => phrasing(inline.children ?? [])),
                })),
              ],
        ...this.place(token),
      });
    }
    return { type: 'table', align, children: rows, ...at };
  }

  /** Phrasing of the inline token before the next close, then past that close. */
  private inlineUntilClose(): PhrasingContent[] {
    let children: PhrasingContent[] = [];
    for (let token = this.next(); token.nesting !== -1; token = this.next())
      if (token.type === 'inline') children = phrasing(token.children ?? []);
    return children;
  }
}

function attribute(token: Token, name: string): string | null {
  const value = token.attrGet(name);
  return value === null ? null : String(value);
}

function alignOf(cell: Token): AlignType {
  const style = attribute(cell, 'style') ?? '';
  const match = /text-align:(left|right|center)/.exec(style);
  return match ? (match[1] as AlignType) : null;
}

/** mdast phrasing from markdown-it inline tokens, adjacent text merged as remark merges it. */
function phrasing(tokens: readonly Token[]): PhrasingContent[] {
  const root: { children: PhrasingContent[] } = { children: [] };
  const stack: Array<{ children: PhrasingContent[] }> = [root];
  const add = (node: PhrasingContent): void => {
    const siblings = stack.at(-1)?.children ?? root.children;
    const last = siblings.at(-1);
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else siblings.push(node);
  };
  const open = (node: Extract<PhrasingContent, { children: PhrasingContent[] }>): void => {
    add(node);
    stack.push(node);
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        if (!stack.some((node) => 'type' in node && node.type === 'link') && BARE_WEB_ADDRESS.test(token.content))
          throw new NeedsRemark();
        // Emphasis leaves empty text where its marks were; remark has no node there.
        if (token.content) add({ type: 'text', value: token.content });
        break;
      case 'softbreak':
        add({ type: 'text', value: '\n' });
        break;
      case 'hardbreak':
        add({ type: 'break' });
        break;
      case 'code_inline':
        add({ type: 'inlineCode', value: token.content });
        break;
      case 'html_inline':
        add({ type: 'html', value: token.content });
        break;
      case 'image':
        add({
          type: 'image',
          url: attribute(token, 'src') ?? '',
          title: attribute(token, 'title'),
          alt: plainText(token.children ?? []),
        });
        break;
      case 'em_open':
        open({ type: 'emphasis', children: [] });
        break;
      case 'strong_open':
        open({ type: 'strong', children: [] });
        break;
      case 's_open':
        open({ type: 'delete', children: [] });
        break;
      case 'link_open':
        open({ type: 'link', url: attribute(token, 'href') ?? '', title: attribute(token, 'title'), children: [] });
        break;
      case 'em_close':
      case 'strong_close':
      case 's_close':
      case 'link_close':
        stack.pop();
        break;
      default:
        throw new NeedsRemark();
    }
  }
  return root.children;
}

/** An image's alternative text: the words of its label. */
function plainText(tokens: readonly Token[]): string {
  return tokens
    .map((token) =>
      token.type === 'text' || token.type === 'code_inline'
        ? token.content
        : token.type === 'image'
          ? plainText(token.children ?? [])
          : token.type === 'softbreak' || token.type === 'hardbreak'
            ? '\n'
            : '',
    )
    .join('');
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
