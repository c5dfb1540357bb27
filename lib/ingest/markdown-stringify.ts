/**
 * The one Markdown writer every converter shares, so articles from feeds and
 * from text files come out in the same GFM dialect (and stay byte-stable).
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

const writer = unified()
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkStringify, {
    bullet: '-',
    emphasis: '_',
    strong: '*',
    fence: '`',
    fences: true,
    rule: '-',
    listItemIndent: 'one',
    incrementListMarker: true,
  })
  .freeze();

/** Serializes an mdast tree to GFM Markdown ending in exactly one newline. */
export function stringifyMarkdown(tree: Root): string {
  return `${writer.stringify(tree).trimEnd()}\n`;
}
