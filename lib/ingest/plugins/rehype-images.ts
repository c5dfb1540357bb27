/**
 * Images that are not pictures, handled before the sanitizer drops the
 * attributes that give them away:
 * - WordPress replaces emoji with `<img class="wp-smiley" alt="✔">`. Several
 *   comparison tables carry their whole meaning in those marks, so each such
 *   image becomes its alt text.
 * - Feeds append a tracking pixel to each article (Medium's
 *   `<img src=".../_/stat?..." width="1" height="1">`, WordPress.com's
 *   `pixel.wp.com`). Kept, it would report every reader of the article page to
 *   the feed's owner, so an image sized at most 1×1 is dropped.
 */
import type { Element, Root } from 'hast';
import { SKIP, walkElements } from './walk-elements';

function isEmojiImage(node: Element): boolean {
  const className = node.properties.className;
  const classes = Array.isArray(className) ? className.map(String) : [];
  return classes.includes('wp-smiley') || classes.includes('emoji');
}

/** "1", "0", "1px": a dimension no picture has. */
const atMostOnePixel = (value: unknown): boolean =>
  (typeof value === 'number' || typeof value === 'string') && /^\s*[01](?:\.0*)?\s*(?:px)?\s*$/i.test(String(value));

function isTrackingPixel(node: Element): boolean {
  return atMostOnePixel(node.properties.width) && atMostOnePixel(node.properties.height);
}

export function rehypeImages() {
  return (tree: Root) => {
    walkElements(tree, (node, index, parent) => {
      if (node.tagName !== 'img' || !parent || index === undefined) return undefined;
      if (isEmojiImage(node)) {
        const alt = node.properties.alt;
        parent.children.splice(index, 1, { type: 'text', value: typeof alt === 'string' ? alt : '' });
        return [SKIP, index];
      }
      if (isTrackingPixel(node)) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return undefined;
    });
  };
}
