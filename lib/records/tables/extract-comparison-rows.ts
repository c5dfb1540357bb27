/**
 * Side-by-side comparisons of roles, read from two table shapes:
 * - roles head the columns ("Criteria | AI Engineer | Data Scientist"): one
 *   record per row, the row label as criterion;
 * - roles label the rows ("Role | Primary Focus | Key Skills"): one record
 *   per column, the column header as criterion.
 * Only cells with words of their own are compared: tick matrices are hiring
 * scenarios or guide facts, and pay columns are salary figures (read, with
 * their levels and currencies, by the salary extractor).
 */
import type { ComparisonRow } from '@/lib/content/schema';
import type { ArticleDocument, TableBlock } from '@/lib/records/document/article-document';
import type { RoleMatcher } from '@/lib/records/document/role-matcher';
import { type CellRole, isMark, roleColumns } from '@/lib/records/tables/role-tables';

const ROLE_LABEL_COLUMN = /^(?:roles?|positions?|job titles?)$/i;
const PAY_COLUMN = /salary|pay\b|compensation|\bcomp\b|earning|wage/i;
const MONEY = /[$€£₹¥]|\b\d[\d,.]*\s?[kK]\b/;
// Tables of the people a role works with describe that role's partners, not
// a comparison between them.
const COLLABORATION = /collaborat/i;

/** Every comparison row of one article, in reading order. Pure. */
export function extractComparisonRows(doc: ArticleDocument, matchRoles: RoleMatcher): ComparisonRow[] {
  return doc.tables
    .filter((table) => !table.fromLines)
    .flatMap((table) => byColumns(doc, table, matchRoles) ?? byRows(doc, table, matchRoles));
}

function byColumns(doc: ArticleDocument, table: TableBlock, matchRoles: RoleMatcher): ComparisonRow[] | null {
  const columns = roleColumns(table.header, matchRoles);
  if (columns.length < 2) return null;
  const cells = table.rows.flatMap((row) => columns.map((column) => row[column.index]?.trim() ?? ''));
  // A tick matrix: most role cells are marks, not statements.
  if (cells.filter((cell) => isMark(cell)).length * 2 >= cells.length) return [];
  return table.rows.flatMap((row) => {
    const criterion = row[0]?.trim() ?? '';
    const values = columns.flatMap((column) => value(column, row[column.index]));
    return criterion && values.length >= 2 ? [record(doc, table, criterion, values, 'columns')] : [];
  });
}

function byRows(doc: ArticleDocument, table: TableBlock, matchRoles: RoleMatcher): ComparisonRow[] {
  if (!ROLE_LABEL_COLUMN.test(table.header[0]?.trim() ?? '')) return [];
  if ([table.section.heading ?? '', table.caption ?? ''].some((text) => COLLABORATION.test(text))) return [];
  const roleRows: { role: CellRole; row: string[] }[] = [];
  for (const row of table.rows) {
    const role = wholeRole(row[0] ?? '', matchRoles);
    if (role && !roleRows.some((entry) => entry.role.role === role.role)) roleRows.push({ role, row });
  }
  if (roleRows.length < 2) return [];
  return table.header.flatMap((header, index) => {
    const criterion = header.trim();
    if (index === 0 || !criterion || PAY_COLUMN.test(criterion)) return [];
    if (roleRows.some(({ row }) => MONEY.test(row[index] ?? ''))) return [];
    const values = roleRows.flatMap(({ role, row }) => value(role, row[index]));
    return values.length >= 2 ? [record(doc, table, criterion, values, 'rows')] : [];
  });
}

/** The role a row label names and nothing else ("Data Scientists", not "Senior AI Trainer"). */
function wholeRole(label: string, matchRoles: RoleMatcher): CellRole | null {
  const text = label.trim();
  const mentions = matchRoles(text);
  const only = mentions[0];
  return mentions.length === 1 && only && only.index === 0 && only.end === text.length
    ? { role: only.role, asWritten: only.asWritten }
    : null;
}

function value(role: CellRole, cell: string | undefined): ComparisonRow['values'] {
  const text = cell?.trim() ?? '';
  return text && !isMark(text) ? [{ role: role.role, asWritten: role.asWritten, text }] : [];
}

function record(
  doc: ArticleDocument,
  table: TableBlock,
  criterion: string,
  values: ComparisonRow['values'],
  orientation: ComparisonRow['table']['orientation'],
): ComparisonRow {
  return {
    article: doc.slug,
    section: table.section.heading,
    sectionId: table.section.id,
    criterion,
    values,
    table: { index: table.index, orientation },
  };
}
