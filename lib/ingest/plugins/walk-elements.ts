/**
 * A depth-first walk over the elements of a hast tree, with the control
 * `unist-util-visit` gives (skip an element's children, go on at another
 * index after changing the parent's children) and the same order. The
 * converter's own plugins use it instead of `visit`, which defines a property
 * on a fresh function for every node it passes: over a long article that cost
 * the four plugins together about a seventh of the conversion.
 */
import type { Element, Root, RootContent } from 'hast';

/** Returned to leave an element's children unvisited; with an index, to go on there as well. */
export const SKIP = 'skip';

/**
 * What a visitor returns: nothing (go on into the children, then the next
 * sibling), an index in `parent.children` to go on at after the children, or
 * `[SKIP, index?]` to leave the children out.
 */
export type WalkResult = void | number | readonly [typeof SKIP, number?];

export type ElementVisitor = (node: Element, index: number, parent: Root | Element) => WalkResult;

/** Calls `visitor` on every element under `tree` in document order, exactly as `visit(tree, 'element', visitor)`. */
export function walkElements(tree: Root, visitor: ElementVisitor): void {
  walkChildren(tree, visitor);
}

function walkChildren(parent: Root | Element, visitor: ElementVisitor): void {
  let index = 0;
  while (index < parent.children.length) {
    const node: RootContent | undefined = parent.children[index];
    let next = index + 1;
    if (node?.type === 'element') {
      const result = visitor(node, index, parent);
      const skip = Array.isArray(result) && result[0] === SKIP;
      if (!skip) walkChildren(node, visitor);
      const at = typeof result === 'number' ? result : Array.isArray(result) ? result[1] : undefined;
      if (typeof at === 'number') next = at;
    }
    // Only the root and elements have children in the trees the converter builds.
    index = next;
  }
}
