/**
 * The one Markdown -> HTML-tree pipeline for article bodies. Frozen so no
 * caller can add plugins to it; every page renders Markdown the same way.
 */
import type { Root } from 'hast';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeLazyImages } from '@/lib/markdown/plugins/rehype-lazy-images';
import { rehypeNormalizeHeadings } from '@/lib/markdown/plugins/rehype-normalize-headings';
import { rehypeSafeUrls } from '@/lib/markdown/plugins/rehype-safe-urls';
import { rehypeScrollableTables } from '@/lib/markdown/plugins/rehype-scrollable-tables';
import { rehypeTaskListLabels } from '@/lib/markdown/plugins/rehype-task-list-labels';

const articleProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  // No allowDangerousHtml: raw HTML in Markdown is dropped here, never rendered.
  .use(remarkRehype)
  .use(rehypeNormalizeHeadings)
  .use(rehypeSlug)
  .use(rehypeSafeUrls)
  .use(rehypeTaskListLabels)
  .use(rehypeLazyImages)
  .use(rehypeScrollableTables)
  .freeze();

/** Parses GFM Markdown and runs every transform, returning the final hast tree. */
export function markdownToHast(markdown: string): Root {
  return articleProcessor.runSync(articleProcessor.parse(markdown));
}
