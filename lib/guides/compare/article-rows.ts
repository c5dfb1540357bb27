/**
 * The articles' own side-by-side rows for a pair: each row narrowed to the
 * two roles' cells as written, grouped by the table they come from, and
 * sorted into what the rows say (what the work centres on, what a typical
 * task looks like, everything else). Pure.
 */
import type { ComparisonRow } from '@/lib/content/schema';
import type { Two } from '@/lib/guides/compare/side-by-side';
import { type SourceLink, toSourceLink } from '@/lib/guides/source-links';

export interface ComparedRow {
  criterion: string;
  /** The two roles' cells as the article writes them, in pair order. */
  values: Two<string>;
  source: SourceLink;
}

/** One article table's rows for the pair, in the article's order. */
export interface ArticleTable {
  /** `<article>#<table index>`: unique on the page. */
  key: string;
  caption: string;
  source: SourceLink;
  rows: ComparedRow[];
}

/**
 * Rows that say what each role's work centres on ("Primary Focus", "Main
 * Objective", "Key Differentiator"): the article's own one-line answer to
 * "what is the difference", quoted in the table the page opens with.
 */
const FOCUS = /\bfocus\b|\bobjective\b|\bdifferentiator\b|\bcore strength\b/i;

/**
 * Rows that say what the work looks like in practice: focus rows, plus typical
 * tasks, outputs, scope and place in a project. These tell a reader when to
 * choose one role; salary, demand or tool rows do not.
 */
const WORK =
  /\bfocus\b|\bobjective\b|\bdifferentiator\b|\bstrength\b|\bexample|\boutput|\btask|\bscope\b|\blifecycle\b|\bresponsibilit/i;

/** Whether a row states what the roles' work centres on. */
export function isFocusRow(row: Pick<ComparedRow, 'criterion'>): boolean {
  return FOCUS.test(row.criterion);
}

/** Whether a row states what the roles' work looks like (a reason to choose one). */
export function isWorkRow(row: Pick<ComparedRow, 'criterion'>): boolean {
  return WORK.test(row.criterion);
}

/** Every row that states something about both roles, narrowed to their two cells, in reading order. */
export function rowsForPair(
  rows: readonly ComparisonRow[],
  [a, b]: Two<string>,
  titles: ReadonlyMap<string, string>,
): (ComparedRow & { tableKey: string })[] {
  return rows.flatMap((row) => {
    const first = row.values.find((value) => value.role === a);
    const second = row.values.find((value) => value.role === b);
    return first && second
      ? [
          {
            criterion: row.criterion,
            values: [first.text, second.text] as Two<string>,
            source: toSourceLink(row, titles),
            tableKey: `${row.article}#${row.table.index}`,
          },
        ]
      : [];
  });
}

/** Rows grouped by the article table they come from, tables in reading order. */
export function groupByTable(rows: readonly (ComparedRow & { tableKey: string })[]): ArticleTable[] {
  const tables = new Map<string, ArticleTable>();
  for (const { tableKey, ...row } of rows) {
    const table = tables.get(tableKey) ?? {
      key: tableKey,
      caption: row.source.section ?? 'Side by side',
      source: row.source,
      rows: [],
    };
    table.rows.push(row);
    tables.set(tableKey, table);
  }
  return [...tables.values()];
}
