/**
 * Rewrites elements that Markdown has no shape for into ones it has, so
 * their text is neither lost nor glued to its neighbour:
 * - a table <caption> becomes a paragraph just before the table (GFM tables have no caption);
 * - <details>/<summary> become a block and a paragraph;
 * - lazy-loaded images (`src` a placeholder, the real address in `data-src`)
 *   get their real address, as the page shows them once scrolled into view;
 * - spacer paragraphs (`<p>&nbsp;</p>`, a WordPress habit) are dropped: they
 *   carry no text and would print as a line holding a lone no-break space.
 */
import type { Element, Root } from 'hast';
import { walkElements } from './walk-elements';

const LAZY_SOURCES = ['dataSrc', 'dataLazySrc', 'dataOriginal'];

function isPlaceholder(src: unknown): boolean {
  return typeof src !== 'string' || src.trim() === '' || /^data:/i.test(src.trim());
}

function isSpacer(node: Element): boolean {
  return node.tagName === 'p' && node.children.every((child) => child.type === 'text' && !child.value.trim());
}

function fixLazyImage(node: Element): void {
  if (!isPlaceholder(node.properties.src)) return;
  const real = LAZY_SOURCES.map((name) => node.properties[name]).find(
    (value) => typeof value === 'string' && value.trim(),
  );
  if (typeof real === 'string') node.properties.src = real;
}

export function rehypeMarkdownShapes() {
  return (tree: Root) => {
    walkElements(tree, (node, index, parent) => {
      if (isSpacer(node) && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return index;
      }
      if (node.tagName === 'img') fixLazyImage(node);
      if (node.tagName === 'summary') node.tagName = 'p';
      if (node.tagName === 'details') node.tagName = 'div';
      if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
      const captions = node.children.filter(
        (child): child is Element => child.type === 'element' && child.tagName === 'caption',
      );
      if (captions.length === 0) return undefined;
      node.children = node.children.filter((child) => !captions.includes(child as Element));
      const paragraphs: Element[] = captions.map((caption) => ({ ...caption, tagName: 'p', properties: {} }));
      parent.children.splice(index, 0, ...paragraphs);
      return index + paragraphs.length + 1;
    });
  };
}
