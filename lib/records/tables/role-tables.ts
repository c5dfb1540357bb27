/**
 * What the hiring-scenario and comparison readers share: which table cells
 * name exactly one role, and which cells are ticks.
 */
import type { RoleMatcher } from '@/lib/records/document/role-matcher';

export interface CellRole {
  role: string;
  asWritten: string;
}

/** A tick mark ("✔", "✓ (prototype only)", "Yes"). */
export const TICK = /^(?:✔|✓|✅|☑|✔️|yes\b)/i;

/**
 * A mark rather than a statement: a cell that starts with a tick, cross or
 * warning sign, or is only "Yes", "No", "N/A", a dash or nothing.
 * "Yes (Python, deployment scripts)" has words of its own.
 */
const MARK = /^(?:[✔✓✅☑❌✖✗✘⚠]|(?:yes|no|n\/a|-|–|—)?$)/i;

/** The one role a cell names, or `null` when it names none or several. */
export function singleRole(text: string, matchRoles: RoleMatcher): CellRole | null {
  const mentions = matchRoles(text);
  const first = mentions[0];
  if (!first || mentions.some((mention) => mention.role !== first.role)) return null;
  return { role: first.role, asWritten: first.asWritten };
}

/**
 * Header cells after the first that each name one role, each role once:
 * the columns of a "Criteria | AI Engineer | Data Scientist" table.
 */
export function roleColumns(header: readonly string[], matchRoles: RoleMatcher): (CellRole & { index: number })[] {
  const columns: (CellRole & { index: number })[] = [];
  header.forEach((cell, index) => {
    const found = index > 0 ? singleRole(cell, matchRoles) : null;
    if (found && !columns.some((column) => column.role === found.role)) columns.push({ ...found, index });
  });
  return columns;
}

/** Whether a cell holds only a mark (tick, cross, warning) rather than words of its own. */
export function isMark(text: string): boolean {
  return MARK.test(text.trim());
}
