/**
 * Makes every link and image URL absolute against the article's address and
 * keeps only http(s) and mailto. Runs after sanitizing, which has already
 * removed other schemes; relative URLs are resolved here so that they do not
 * end up pointing into our own site. A link whose URL goes becomes its text,
 * not `[text]()`; an image whose URL goes becomes its alt text.
 */
import type { ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, walkElements } from './walk-elements';
import { resolveUrl } from '../text-fields';

const LINK_SCHEMES = ['http:', 'https:', 'mailto:'];
const IMAGE_SCHEMES = ['http:', 'https:'];

function replaceWith(parent: { children: unknown[] }, index: number, nodes: ElementContent[]): void {
  parent.children.splice(index, 1, ...nodes);
}

export function rehypeResolveUrls(options: { base: string | null }) {
  return (tree: Root) => {
    walkElements(tree, (node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      if (node.tagName === 'a') {
        const href = resolveUrl(node.properties.href, options.base, LINK_SCHEMES);
        // A link left with nothing to click (its iframe or script was stripped) would print as `[](url)`.
        const empty =
          !toString(node).trim() && !node.children.some((child) => child.type === 'element' && child.tagName === 'img');
        if (href && !empty) {
          node.properties.href = href;
          return undefined;
        }
        replaceWith(parent, index, empty ? [] : node.children);
        return [SKIP, index];
      }
      if (node.tagName === 'img') {
        const src = resolveUrl(node.properties.src, options.base, IMAGE_SCHEMES);
        if (src) {
          node.properties.src = src;
          return undefined;
        }
        const alt = node.properties.alt;
        replaceWith(parent, index, typeof alt === 'string' && alt ? [{ type: 'text', value: alt }] : []);
        return [SKIP, index];
      }
      return undefined;
    });
  };
}
