/** GitHub-flavoured Markdown tables, for the bench's terminal output and its results file. */

export type Align = 'left' | 'right';

/** Cells may not contain a raw pipe or a line break; both would split the row. */
function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * A table with columns padded to equal width, so it reads well in a
 * terminal as well as rendered. `align` defaults to left for every column.
 */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
): string {
  const cells = [header, ...rows].map((row) => header.map((_, i) => escapeCell(row[i] ?? '')));
  const widths = header.map((_, i) => Math.max(3, ...cells.map((row) => [...(row[i] ?? '')].length)));
  const pad = (text: string, i: number): string => {
    const fill = ' '.repeat((widths[i] ?? 0) - [...text].length);
    return align[i] === 'right' ? fill + text : text + fill;
  };
  const line = (row: readonly string[]): string => `| ${row.map(pad).join(' | ')} |`;
  const rule = `| ${widths.map((width, i) => (align[i] === 'right' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`;
  const [head, ...body] = cells;
  return [line(head ?? []), rule, ...body.map(line)].join('\n');
}
