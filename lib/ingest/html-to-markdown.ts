/**
 * Untrusted feed HTML -> GFM Markdown, in one fixed order:
 * parse -> emoji images to text, tracking pixels out -> Markdown-friendly
 * shapes -> allowlist sanitize -> absolute URLs -> table shaping -> hast to
 * mdast -> Markdown. Sanitizing comes before the
 * hast -> mdast step because rehype-remark is not a sanitizer: it would carry
 * `javascript:` links and iframe sources straight into the Markdown.
 */
import rehypeRemark from 'rehype-remark';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import type { Root as MdastRoot } from 'mdast';
import { unified } from 'unified';
import { parseHtmlFragment } from './html-text';
import { stringifyMarkdown } from './markdown-stringify';
import { rehypeMarkdownShapes } from './plugins/rehype-markdown-shapes';
import { rehypeResolveUrls } from './plugins/rehype-resolve-urls';
import { rehypeTableCells } from './plugins/rehype-table-cells';
import { rehypeImages } from './plugins/rehype-images';
import { sanitizeSchema } from './sanitize-schema';
import { stripControls } from './text-fields';

/**
 * Converts one article's HTML. `baseUrl` is the article's own address, used
 * to resolve relative links and images; without it they are dropped.
 */
export function htmlToMarkdown(html: string, baseUrl: string | null): string {
  // parseHtmlFragment leaves out source positions: nothing downstream reads them. The
  // tree is changed in place by every step and dropped once rehype-remark has made the
  // mdast (patches/hast-util-to-mdast: it no longer deep-copies the tree first).
  const hast = parseHtmlFragment(html);
  const mdast = unified()
    .use(rehypeImages)
    .use(rehypeMarkdownShapes)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeResolveUrls, { base: baseUrl })
    .use(rehypeTableCells)
    .use(rehypeRemark)
    .use(remarkGfm)
    .runSync(hast) as MdastRoot;
  return stripControls(stringifyMarkdown(mdast));
}
