import type { Element, Root } from 'hast';
import { SKIP as VISIT_SKIP, visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseHtmlFragment } from '@/lib/ingest/html-text';
import { SKIP, walkElements } from '@/lib/ingest/plugins/walk-elements';

const HTML =
  '<div><p>a<b>b</b></p><img class="x"><table><caption>c</caption><tr><td>d<i>e</i></td></tr></table><p> </p><p>f</p></div><ul><li>g</li></ul>';

/** The tags visited, in order, while every <img> is replaced by text, <p> </p> removed and <table> gets a paragraph before it. */
function run(walk: 'walkElements' | 'visit'): { order: string[]; tree: Root } {
  const tree = parseHtmlFragment(HTML);
  const order: string[] = [];
  const visitor = (node: Element, index: number, parent: { children: unknown[] }) => {
    order.push(node.tagName);
    if (node.tagName === 'img') {
      parent.children.splice(index, 1, { type: 'text', value: 'img' });
      return 'skip-here' as const;
    }
    if (node.tagName === 'p' && node.children.every((child) => child.type === 'text' && !child.value.trim())) {
      parent.children.splice(index, 1);
      return index;
    }
    if (node.tagName === 'table') {
      parent.children.splice(index, 0, { type: 'element', tagName: 'p', properties: {}, children: [] });
      return index + 2;
    }
    return undefined;
  };
  if (walk === 'visit')
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      const result = visitor(node, index, parent);
      return result === 'skip-here' ? [VISIT_SKIP, index] : result;
    });
  else
    walkElements(tree, (node, index, parent) => {
      const result = visitor(node, index, parent);
      return result === 'skip-here' ? [SKIP, index] : result;
    });
  return { order, tree };
}

describe('walkElements', () => {
  it('visits the elements in the order visit does and follows the same skips and indexes', () => {
    const walked = run('walkElements');
    const visited = run('visit');
    expect(walked.order).toEqual(visited.order);
    expect(walked.tree).toEqual(visited.tree);
    expect(walked.order).toEqual([
      'div',
      'p',
      'b',
      'img',
      'table',
      'caption',
      'tbody',
      'tr',
      'td',
      'i',
      'p',
      'p',
      'ul',
      'li',
    ]);
  });
});
