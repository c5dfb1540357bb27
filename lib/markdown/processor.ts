/**
 * The one Markdown -> HTML-tree pipeline for article bodies. Frozen so no
 * caller can add plugins to it; every page renders Markdown the same way.
 */
import type { Root } from 'hast';
import rehypeSlug from 'rehype-slug';
import { parseMarkdown } from '@/lib/markdown/parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeLazyImages } from '@/lib/markdown/plugins/rehype-lazy-images';
import { rehypeNormalizeHeadings } from '@/lib/markdown/plugins/rehype-normalize-headings';
import { rehypeSafeUrls } from '@/lib/markdown/plugins/rehype-safe-urls';
import { rehypeScrollableTables } from '@/lib/markdown/plugins/rehype-scrollable-tables';
import { rehypeTaskListLabels } from '@/lib/markdown/plugins/rehype-task-list-labels';

// Parsing is `parseMarkdown` (remark-parse with remark-gfm, or markdown-it giving the same tree).
const articleProcessor = unified()
  // No allowDangerousHtml: raw HTML in Markdown is dropped here, never rendered.
  .use(remarkRehype)
  .use(rehypeNormalizeHeadings)
  .use(rehypeSlug)
  .use(rehypeSafeUrls)
  .use(rehypeTaskListLabels)
  .use(rehypeLazyImages)
  .use(rehypeScrollableTables)
  .freeze();

// An article page reads its body three times (reading time, table of contents, the
// body itself); the last few trees are kept so the page parses its Markdown once.
// Every reader treats the tree as read-only.
const recent = new Map<string, Root>();
const KEPT_TREES = 4;

/** Parses GFM Markdown and runs every transform, returning the final hast tree. Do not modify the tree: it is shared. */
export function markdownToHast(markdown: string): Root {
  const kept = recent.get(markdown);
  if (kept) return kept;
  const tree = articleProcessor.runSync(parseMarkdown(markdown));
  if (recent.size >= KEPT_TREES) recent.delete(recent.keys().next().value ?? '');
  recent.set(markdown, tree);
  return tree;
}
