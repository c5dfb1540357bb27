/**
 * WordPress replaces emoji with `<img class="wp-smiley" alt="✔">`. Several
 * comparison tables carry their whole meaning in those marks, so each such
 * image becomes its alt text before the sanitizer drops class names.
 */
import type { Element, Root } from 'hast';
import { SKIP, walkElements } from './walk-elements';

function isEmojiImage(node: Element): boolean {
  if (node.tagName !== 'img') return false;
  const className = node.properties.className;
  const classes = Array.isArray(className) ? className.map(String) : [];
  return classes.includes('wp-smiley') || classes.includes('emoji');
}

export function rehypeWpEmoji() {
  return (tree: Root) => {
    walkElements(tree, (node, index, parent) => {
      if (!parent || index === undefined || !isEmojiImage(node)) return undefined;
      const alt = node.properties.alt;
      parent.children.splice(index, 1, { type: 'text', value: typeof alt === 'string' ? alt : '' });
      return [SKIP, index];
    });
  };
}
