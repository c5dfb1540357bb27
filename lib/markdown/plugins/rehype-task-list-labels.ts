import type { Root } from 'hast';
import { visitElements } from '@/lib/markdown/hast-utils';

/**
 * GFM task lists render as disabled checkboxes with no label, which screen
 * readers announce as an unnamed control (an axe `label` violation). Name
 * each one after its state; the item's own text follows it.
 */
export function rehypeTaskListLabels() {
  return (tree: Root): void => {
    visitElements(tree, (element) => {
      if (element.tagName !== 'input' || element.properties.type !== 'checkbox') return;
      element.properties.ariaLabel = element.properties.checked ? 'Done' : 'Not done';
    });
  };
}
