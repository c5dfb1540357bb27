/**
 * An article body read once into the shape every extractor needs: text
 * blocks (paragraphs, list items) and tables, each with the section it sits
 * in. Text is what a reader sees on the page (Markdown syntax and escapes
 * gone, hard line breaks kept as "\n"), so quotes taken from it can be found
 * on the rendered article.
 */
import GithubSlugger from 'github-slugger';
import type { List, ListItem, Nodes, Paragraph, Root, RootContent, Table } from 'mdast';
import { parseMarkdown } from '@/lib/markdown/parse';

/** The heading a block sits under. */
export interface Section {
  /** Heading text, `null` for text before the first heading. */
  heading: string | null;
  /** The id the article page gives that heading (same slugger as rehype-slug). */
  id: string | null;
  depth: number;
  /** Texts of this heading and every heading above it, outermost first. */
  trail: string[];
}

export interface TextBlock {
  kind: 'paragraph' | 'list-item' | 'heading';
  text: string;
  section: Section;
  /** Own texts of the list items this item is nested in, outermost first. */
  listTrail: string[];
  /** For list items: the short paragraph that introduces the list ("By location:"), if any. */
  listIntro: string | null;
  /** Set when the paragraph is a table written as lines (see `TableBlock.fromLines`). */
  lineTableIndex: number | null;
  /**
   * A paragraph that opens with a bold label and a colon ("**Model deployment:**
   * Package and deploy models"): an item of a list written without one.
   */
  boldLabel: boolean;
  /** Offset in the Markdown body, to keep records in reading order. */
  offset: number;
}

export interface TableBlock {
  /** 1-based position among the article's tables, Markdown and line tables together. */
  index: number;
  /**
   * True for a table flattened into a paragraph, one row per line. Its cells
   * cannot be split reliably, so `header` and each row hold one string.
   */
  fromLines: boolean;
  header: string[];
  rows: string[][];
  /** A short paragraph right before the table that names it, if any. */
  caption: string | null;
  /** A "Source: ..." paragraph right after the table, if any. */
  note: string | null;
  section: Section;
  offset: number;
}

export interface ArticleDocument {
  slug: string;
  title: string;
  sections: Section[];
  blocks: TextBlock[];
  tables: TableBlock[];
}

/** Parses a Markdown body into an `ArticleDocument`. Pure. */
export function readArticleDocument(slug: string, title: string, markdown: string): ArticleDocument {
  const tree: Root = parseMarkdown(markdown);
  const slugger = new GithubSlugger();
  const doc: ArticleDocument = { slug, title, sections: [], blocks: [], tables: [] };
  let section: Section = { heading: null, id: null, depth: 0, trail: [] };
  const headingStack: { depth: number; text: string }[] = [];
  let previous: RootContent | undefined;

  for (const node of tree.children) {
    if (node.type === 'heading') {
      const text = textOf(node).trim();
      // rehype-slug slugs every heading's text in document order with one slugger.
      const id = slugger.slug(text);
      while (headingStack.length > 0 && (headingStack.at(-1)?.depth ?? 0) >= node.depth) headingStack.pop();
      headingStack.push({ depth: node.depth, text });
      section = {
        heading: text || null,
        id: text ? id : null,
        depth: node.depth,
        trail: headingStack.map((h) => h.text),
      };
      doc.sections.push(section);
      if (text) doc.blocks.push(block('heading', text, section, node));
    } else if (node.type === 'paragraph') {
      const text = normalizeText(textOf(node));
      const lastTable = doc.tables.at(-1);
      if (previous?.type === 'table' && lastTable && /^sources?:/i.test(text)) lastTable.note = text;
      if (text) {
        const lines = text.split('\n').map((line) => line.trim());
        const paragraph = { ...block('paragraph', text, section, node), boldLabel: opensWithBoldLabel(node) };
        if (lines.length >= 3 && !isLabelledLines(lines)) {
          const table: TableBlock = {
            index: doc.tables.length + 1,
            fromLines: true,
            header: [lines[0] ?? ''],
            rows: lines
              .slice(1)
              .filter(Boolean)
              .map((line) => [line]),
            caption: captionBefore(previous),
            note: null,
            section,
            offset: offsetOf(node),
          };
          doc.tables.push(table);
          paragraph.lineTableIndex = table.index;
        }
        doc.blocks.push(paragraph);
      }
    } else if (node.type === 'list') {
      readList(node, section, [], introBefore(previous), doc);
    } else if (node.type === 'table') {
      doc.tables.push(readTable(node, doc.tables.length + 1, captionBefore(previous), section));
    } else if (node.type === 'blockquote') {
      for (const child of node.children) {
        if (child.type === 'paragraph') {
          const text = normalizeText(textOf(child));
          if (text) doc.blocks.push(block('paragraph', text, section, child));
        }
      }
    }
    previous = node;
  }
  return doc;
}

// A line that opens with its own label: "Average salary: $161,000", "Job outlook: 26% growth".
const LABELLED_LINE = /^[^:\d]{1,40}:\s*\S/;

/**
 * True when every line of a line-broken paragraph opens with its own label
 * ("**Average salary:** $161,000", "**Salary range:** …", "**Job outlook:** …"):
 * a card of facts, read as sentences, not a table written as lines whose first
 * line is the header.
 */
function isLabelledLines(lines: readonly string[]): boolean {
  return lines.every((line) => line === '' || LABELLED_LINE.test(line));
}

function block(kind: TextBlock['kind'], text: string, section: Section, node: Nodes): TextBlock {
  return {
    kind,
    text,
    section,
    listTrail: [],
    listIntro: null,
    lineTableIndex: null,
    boldLabel: false,
    offset: offsetOf(node),
  };
}

/** "**Label:** text" or "**Label**: text". */
function opensWithBoldLabel(paragraph: Paragraph): boolean {
  const [first, second] = paragraph.children;
  if (first?.type !== 'strong') return false;
  const label = textOf(first).trim();
  if (label.endsWith(':')) return label.length > 1;
  return second?.type === 'text' && second.value.startsWith(':') && label.length > 0;
}

function offsetOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

function readList(list: List, section: Section, trail: string[], intro: string | null, doc: ArticleDocument): void {
  for (const item of list.children) {
    const own = ownText(item);
    if (own) doc.blocks.push({ ...block('list-item', own, section, item), listTrail: trail, listIntro: intro });
    for (const child of item.children) {
      if (child.type === 'list') readList(child, section, own ? [...trail, own] : trail, intro, doc);
    }
  }
}

/** A list item's own words: its paragraphs, not its nested lists. */
function ownText(item: ListItem): string {
  return normalizeText(
    item.children
      .filter((child) => child.type !== 'list')
      .map((child) => textOf(child))
      .join(' '),
  );
}

function readTable(node: Table, index: number, caption: string | null, section: Section): TableBlock {
  const [head, ...body] = node.children.map((row) => row.children.map((cell) => normalizeText(textOf(cell))));
  return {
    index,
    fromLines: false,
    header: head ?? [],
    rows: body,
    caption,
    note: null,
    section,
    offset: offsetOf(node),
  };
}

/** A short paragraph right before a table that reads as its title ("Salary Benchmark Snapshot (2025)"). */
function captionBefore(node: RootContent | undefined): string | null {
  if (node?.type !== 'paragraph') return null;
  const text = normalizeText(textOf(node));
  return text && text.length <= 140 && !text.includes('\n') && !/[.!?]$/.test(text) ? text : null;
}

/** A short paragraph that introduces a list ("By location:", "By experience (data by Glassdoor):"). */
function introBefore(node: RootContent | undefined): string | null {
  if (node?.type !== 'paragraph') return null;
  const text = normalizeText(textOf(node));
  // Only a paragraph that ends in a colon introduces the list; any other is just text before it.
  return text && text.length <= 200 && !text.includes('\n') && text.endsWith(':') ? text : null;
}

/**
 * The visible text of an mdast node: hard breaks become "\n"; images and raw
 * HTML contribute nothing (the page renders neither as text).
 */
function textOf(node: Nodes | Paragraph): string {
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

const NEEDS_COLLAPSING = /[\n\t\u00a0]| {2}/;

/** Collapses runs of spaces and tabs (not line breaks) and trims each line. */
function normalizeText(text: string): string {
  // Most texts are one line with single spaces: nothing to collapse, only the ends to trim.
  if (!NEEDS_COLLAPSING.test(text)) return text.trim();
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .trim();
}
