/**
 * Shared checks for the plain-text converters (text-article, page-text): read
 * the produced Markdown back with a real parser, and prove that converting
 * lost, added and reordered nothing of the source's text.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { expect } from 'vitest';

/** The Markdown as a GFM parser reads it. */
export const parseMarkdown = (markdown: string): Root => unified().use(remarkParse).use(remarkGfm).parse(markdown);

/** A node's text; list items joined by " | ", a nested list in [brackets]. */
export function textOf(node: Nodes): string {
  if ('value' in node) return node.value;
  if (node.type === 'list') return node.children.map(textOf).join(' | ');
  if (node.type === 'listItem') {
    return node.children.map((child) => (child.type === 'list' ? `[${textOf(child)}]` : textOf(child))).join(' ');
  }
  return 'children' in node ? node.children.map((child) => textOf(child)).join('') : '';
}

/** Block nodes of the converted Markdown, read back by a real parser, as "type:text" lines. */
export function outline(markdown: string): string[] {
  return parseMarkdown(markdown).children.map((node: RootContent) => {
    if (node.type === 'heading') return `h${node.depth}:${textOf(node)}`;
    if (node.type === 'list') return `${node.ordered ? 'ol' : 'ul'}:${textOf(node)}`;
    if (node.type === 'table') return `table:${node.children.length}x${node.children[0]?.children.length ?? 0}`;
    return `${node.type}:${textOf(node)}`;
  });
}

/**
 * How finely `expectNothingLost` compares. `words` (runs of letters and
 * digits) also fails when a word is merged with or split from its neighbour;
 * `letters` allows only that, for sources whose words are glued together
 * ("responsibilitiesWe") and must rightly be cut in two.
 */
export type TextUnit = 'words' | 'letters';

/**
 * The words or letters of a text in order, with the Markdown's character
 * references decoded and list markers dropped: equal streams mean nothing was
 * lost, added or reordered, whatever whitespace and escaping did.
 */
function textStream(text: string, isMarkdown: boolean, unit: TextUnit): string {
  const decoded = isMarkdown
    ? text
        .replace(/^\s*(?:\d+[.)]|[-*+])\s/gm, '')
        .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
        .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
        .replace(/&(amp|lt|gt|quot);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[name] ?? '')
    : text;
  const normalized = decoded.normalize('NFC');
  return unit === 'words'
    ? (normalized.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')
    : (normalized.match(/[\p{L}\p{N}]/gu) ?? []).join('');
}

/** Fails with the first place where the output's words (or letters) part from the source's. */
export function expectNothingLost(source: string, markdown: string, unit: TextUnit): void {
  const expected = textStream(source, false, unit);
  const actual = textStream(markdown, true, unit);
  let at = 0;
  while (at < expected.length && expected[at] === actual[at]) at += 1;
  expect(actual.slice(Math.max(0, at - 60), at + 60)).toBe(expected.slice(Math.max(0, at - 60), at + 60));
  expect(actual).toBe(expected);
}
