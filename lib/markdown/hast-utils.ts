/**
 * Small hast helpers shared by the rehype plugins and the table of contents.
 * They only walk elements, which is all our transforms look at.
 */
import type { Element, Root, RootContent } from 'hast';

/** Return `'skip'` from a visitor to leave the element's children unvisited. */
export type ElementVisitor = (element: Element, index: number, parent: Root | Element) => void | 'skip';

/**
 * Calls `visit` for every element in document order (parents before
 * children). A visitor may replace `parent.children[index]`; the walk then
 * continues into the replacement unless the visitor returned `'skip'`.
 */
export function visitElements(node: Root | Element, visit: ElementVisitor): void {
  for (let index = 0; index < node.children.length; index += 1) {
    const child = node.children[index];
    if (child?.type !== 'element') continue;
    if (visit(child, index, node) === 'skip') continue;
    const current = node.children[index];
    if (current?.type === 'element') visitElements(current, visit);
  }
}

/** The concatenated text of a node, whitespace collapsed: "Salary by *level*" -> "Salary by level". */
export function textContent(node: Root | RootContent): string {
  return collectText(node).replace(/\s+/g, ' ').trim();
}

function collectText(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return node.children.map(collectText).join('');
  return '';
}

/** `h2` -> 2, anything that is not a heading -> undefined. */
export function headingRank(element: Element): number | undefined {
  const match = /^h([1-6])$/.exec(element.tagName);
  return match ? Number(match[1]) : undefined;
}
