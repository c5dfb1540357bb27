/** Markup -> plain text, for fields such as Atom `type="html"` titles. */
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit, SKIP } from 'unist-util-visit';

const parser = unified().use(rehypeParse, { fragment: true }).freeze();

// Their text is code or styling, never words a reader should see.
const NON_TEXT = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math']);

/** The visible text of an HTML fragment, entities decoded. */
export function htmlToPlainText(html: string): string {
  const tree = parser.parse(html);
  visit(tree, 'element', (node, index, parent) => {
    if (NON_TEXT.has(node.tagName) && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
  return toString(tree);
}
