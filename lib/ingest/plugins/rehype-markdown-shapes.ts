/**
 * Rewrites elements that Markdown has no shape for into ones it has, so
 * their text is neither lost nor glued to its neighbour:
 * - a table <caption> becomes a paragraph just before the table (GFM tables have no caption);
 * - <details>/<summary> become a block and a paragraph;
 * - lazy-loaded images (`src` a placeholder, the real address in `data-src`)
 *   get their real address, as the page shows them once scrolled into view;
 * - spacer paragraphs (`<p>&nbsp;</p>`, a WordPress habit) are dropped: they
 *   carry no text and would print as a line holding a lone no-break space;
 * - a heading that starts with the Markdown marks of its own level, typed
 *   into the editor's heading block (`<h4>#### Pay Trends</h4>`), loses
 *   them: the element already is the heading they ask for, and kept they
 *   read as markup in the page and in every section name quoted from it.
 *   Only the exact count is taken (`<h2># of jobs</h2>` keeps its "#").
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

const HEADING_LEVEL: Record<string, number> = { h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const TYPED_MARKS = /^\s*(#{2,6})[ \t]+/;

function dropTypedMarks(node: Element): void {
  const level = HEADING_LEVEL[node.tagName];
  const first = node.children[0];
  if (level === undefined || first?.type !== 'text') return;
  const marks = TYPED_MARKS.exec(first.value);
  if (marks?.[1]?.length !== level) return;
  const rest = first.value.slice(marks[0].length);
  // Marks with nothing after them are the heading's only words.
  if (rest.trim() !== '' || node.children.length > 1) first.value = rest;
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
      dropTypedMarks(node);
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
