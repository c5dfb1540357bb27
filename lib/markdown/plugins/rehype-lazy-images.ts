import type { Root } from 'hast';
import { visitElements } from '@/lib/markdown/hast-utils';

/**
 * Long feed articles can carry a dozen remote images; loading them only as
 * they near the viewport keeps the first paint fast.
 */
export function rehypeLazyImages() {
  return (tree: Root): void => {
    visitElements(tree, (element) => {
      if (element.tagName !== 'img') return;
      element.properties.loading = 'lazy';
      element.properties.decoding = 'async';
    });
  };
}
