import type { Element, Root } from 'hast';
import { headingRank, textContent, visitElements } from '@/lib/markdown/hast-utils';

/** Class on the wrapper; globals.css gives it `overflow-x: auto`. */
export const TABLE_SCROLL_CLASS = 'table-scroll';

/**
 * Wraps every table in a horizontally scrolling region so wide tables never
 * widen the page on small screens. The wrapper is focusable (keyboard users
 * can scroll it with arrow keys) and, being a focusable region, is named:
 * "Table 2: Salary by level" after the nearest heading above it.
 */
export function rehypeScrollableTables() {
  return (tree: Root): void => {
    let lastHeading = '';
    let tableCount = 0;
    visitElements(tree, (element, index, parent) => {
      if (headingRank(element) !== undefined) {
        lastHeading = textContent(element);
        return 'skip';
      }
      if (element.tagName !== 'table') return;
      tableCount += 1;
      const label = lastHeading ? `Table ${tableCount}: ${lastHeading}` : `Table ${tableCount}`;
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: [TABLE_SCROLL_CLASS], tabIndex: 0, role: 'region', ariaLabel: label },
        children: [element],
      };
      parent.children[index] = wrapper;
      return 'skip';
    });
  };
}
