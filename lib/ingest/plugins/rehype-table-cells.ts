/**
 * Shapes tables so that they survive as GFM tables, row for row and cell for cell.
 *
 * - A GFM table needs a header row. When a table marks none (no <thead>, no
 *   <th> in its first row), its first row is the header, as the page shows it;
 *   otherwise the converter would invent an empty header row.
 * - A GFM cell holds one line. Block content in a cell (paragraphs, lists)
 *   would break the row, so each block becomes its inline content followed by
 *   a line break, which the converter turns into a space.
 */
import type { Element, ElementContent, Root } from 'hast';
import { walkElements } from './walk-elements';

const BLOCK_IN_CELL = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'section',
  'article',
  'hr',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
]);

function isElement(node: ElementContent): node is Element {
  return node.type === 'element';
}

function rows(table: Element): Element[] {
  const found: Element[] = [];
  for (const child of table.children.filter(isElement)) {
    if (child.tagName === 'tr') found.push(child);
    else if (['thead', 'tbody', 'tfoot'].includes(child.tagName))
      found.push(...child.children.filter(isElement).filter((row) => row.tagName === 'tr'));
  }
  return found;
}

function flattenCell(children: ElementContent[]): ElementContent[] {
  const flat: ElementContent[] = [];
  for (const child of children) {
    if (isElement(child) && BLOCK_IN_CELL.has(child.tagName)) {
      flat.push(...flattenCell(child.children));
      flat.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
    } else {
      flat.push(child);
    }
  }
  return flat;
}

function trimTrailingBreaks(children: ElementContent[]): ElementContent[] {
  const trimmed = [...children];
  for (let last = trimmed.at(-1); last; last = trimmed.at(-1)) {
    const isBreak = isElement(last) && last.tagName === 'br';
    const isBlank = last.type === 'text' && !last.value.trim();
    if (!isBreak && !isBlank) break;
    trimmed.pop();
  }
  return trimmed;
}

export function rehypeTableCells() {
  return (tree: Root) => {
    walkElements(tree, (node) => {
      if (node.tagName !== 'table') return;
      const tableRows = rows(node);
      if (tableRows.length === 0) {
        // An empty <table> has nothing to say; GFM would still print a header row.
        node.tagName = 'div';
        return;
      }
      const hasHead = node.children.some((child) => isElement(child) && child.tagName === 'thead');
      const first = tableRows[0];
      if (!hasHead && first && !first.children.some((cell) => isElement(cell) && cell.tagName === 'th')) {
        for (const cell of first.children.filter(isElement)) if (cell.tagName === 'td') cell.tagName = 'th';
      }
      for (const row of tableRows) {
        for (const cell of row.children.filter(isElement)) {
          if (cell.tagName === 'td' || cell.tagName === 'th')
            cell.children = trimTrailingBreaks(flattenCell(cell.children));
        }
      }
    });
  };
}
