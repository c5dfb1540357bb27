/**
 * The layout budget of overview pages (home, every role overview, every
 * comparison, /hire), measured on a phone: how tall, how many elements, how
 * much HTML. An overview answers in about ten phone screens; anything longer
 * belongs on a deep page.
 */
import { formatKiB, formatNumber } from './format';
import { markdownTable } from './markdown-table';

export const LAYOUT_BUDGET = { heightPx: 10_000, elements: 1_500, htmlBytes: 200 * 1024 } as const;

/** The phone the budget is measured on: 390 × 844 CSS pixels. */
export const PHONE = { width: 390, height: 844 } as const;

export interface LayoutRow {
  family: string;
  path: string;
  heightPx: number;
  elements: number;
  htmlBytes: number;
}

/** Which limits a page breaks; empty when it keeps to the budget. */
export function overBudget(row: LayoutRow): string[] {
  const over: string[] = [];
  if (row.heightPx > LAYOUT_BUDGET.heightPx) over.push('height');
  if (row.elements > LAYOUT_BUDGET.elements) over.push('elements');
  if (row.htmlBytes > LAYOUT_BUDGET.htmlBytes) over.push('HTML');
  return over;
}

/** The overview pages to measure, given the role slugs (comparisons are every pair, in name order). */
export function overviewPaths(roles: readonly string[]): { family: string; path: string }[] {
  const sorted = [...roles].sort();
  const pairs = sorted.flatMap((a, i) => sorted.slice(i + 1).map((b) => `${a}-vs-${b}`));
  return [
    { family: 'home', path: '/' },
    { family: 'hire', path: '/hire' },
    ...sorted.map((role) => ({ family: 'role overview', path: `/roles/${role}` })),
    ...pairs.map((pair) => ({ family: 'comparison', path: `/compare/${pair}` })),
  ];
}

/** Per family: pages, the largest of each measure, and how many pages break the budget; then every page that does. */
export function formatLayout(rows: readonly LayoutRow[]): string {
  const families = [...new Set(rows.map((row) => row.family))];
  const summary = markdownTable(
    ['Family', 'Pages', 'Tallest', 'Screens', 'Most elements', 'Largest HTML', 'Over budget'],
    families.map((family) => {
      const own = rows.filter((row) => row.family === family);
      const tallest = Math.max(...own.map((row) => row.heightPx));
      return [
        family,
        formatNumber(own.length),
        `${formatNumber(tallest)} px`,
        formatNumber(tallest / PHONE.height, 1),
        formatNumber(Math.max(...own.map((row) => row.elements))),
        formatKiB(Math.max(...own.map((row) => row.htmlBytes))),
        formatNumber(own.filter((row) => overBudget(row).length > 0).length),
      ];
    }),
    ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
  const over = rows.filter((row) => overBudget(row).length > 0);
  const budget = `Budget at ${PHONE.width} px wide: ${formatNumber(LAYOUT_BUDGET.heightPx)} px tall, ${formatNumber(LAYOUT_BUDGET.elements)} elements, ${formatKiB(LAYOUT_BUDGET.htmlBytes)} of HTML.`;
  if (over.length === 0) return `${budget}\n\n${summary}\n\nEvery page keeps to the budget.`;
  const detail = markdownTable(
    ['Page', 'Height', 'Elements', 'HTML', 'Over'],
    over.map((row) => [
      row.path,
      `${formatNumber(row.heightPx)} px`,
      formatNumber(row.elements),
      formatKiB(row.htmlBytes),
      overBudget(row).join(', '),
    ]),
    ['left', 'right', 'right', 'right', 'left'],
  );
  return `${budget}\n\n${summary}\n\n${detail}`;
}
