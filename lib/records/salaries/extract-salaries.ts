/**
 * Salary figures of one article: every pay figure stated in its prose and
 * tables, in reading order, plus the money-like text that was left out and
 * why. Nothing is guessed: a figure whose currency, period bounds or context
 * cannot be read is reported, not recorded.
 */
import type { SalaryFigure, UnparsedMoney } from '@/lib/content/schema';
import type { ArticleDocument } from '@/lib/records/document/article-document';
import { readProseFigures } from '@/lib/records/salaries/extract-salary-prose';
import { readTableFigures } from '@/lib/records/salaries/extract-salary-tables';
import type { RoleMatcher } from '@/lib/records/document/role-matcher';

export interface SalaryExtraction {
  figures: SalaryFigure[];
  unparsed: UnparsedMoney[];
}

/**
 * Extracts the salary figures of an article. `articleRole` is the role the
 * article as a whole is about (from its title), used only when nothing nearer
 * a figure names a role.
 */
export function extractSalaries(
  doc: ArticleDocument,
  matchRoles: RoleMatcher,
  articleRole: string | null,
): SalaryExtraction {
  const located = [
    ...readProseFigures(doc, matchRoles, articleRole),
    ...readTableFigures(doc, matchRoles, articleRole),
  ].sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);
  const figures: SalaryFigure[] = [];
  const unparsed: UnparsedMoney[] = [];
  for (const { result } of located) {
    if ('figure' in result) figures.push({ id: `${doc.slug}/${figures.length + 1}`, ...result.figure });
    else unparsed.push(result.unparsed);
  }
  return { figures, unparsed };
}

/** The one role an article's title names, if it names exactly one. */
export function titleRole(title: string, matchRoles: RoleMatcher): string | null {
  const roles = new Set(matchRoles(title).map((mention) => mention.role));
  return roles.size === 1 ? ([...roles][0] ?? null) : null;
}
