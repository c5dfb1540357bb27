/**
 * Where a figure was read, as a link target and as words that make sense
 * out of context (a screen reader's list of links, a printed page).
 */
import type { SalaryFigure } from '@/lib/content/schema';

type Provenance = SalaryFigure['provenance'];

/** `/articles/<article>#<sectionId>`; the article's top when the figure sits before any heading. */
export function provenanceHref(provenance: Pick<Provenance, 'article' | 'sectionId'>): string {
  return provenance.sectionId === null
    ? `/articles/${provenance.article}`
    : `/articles/${provenance.article}#${provenance.sectionId}`;
}

/**
 * Where in the article: `section “Salary by level”, table row “Senior”,
 * column “Base”`; `null` when the figure has no section and no table cell.
 */
export function describeLocation(provenance: Pick<Provenance, 'section' | 'table'>): string | null {
  const parts: string[] = [];
  if (provenance.section !== null) parts.push(`section “${provenance.section}”`);
  if (provenance.table) {
    if (provenance.table.rowLabel !== null) parts.push(`table row “${provenance.table.rowLabel}”`);
    if (provenance.table.columnHeader !== null) parts.push(`column “${provenance.table.columnHeader}”`);
    if (provenance.table.rowLabel === null && provenance.table.columnHeader === null) {
      parts.push(`table ${provenance.table.index}`);
    }
  }
  return parts.length > 0 ? parts.join(', ') : null;
}

/** The id of a figure's row in a salary table (`figure-<article>-<n>`), so other parts of a page can point at it. */
export function figureAnchor(figureId: string): string {
  return `figure-${figureId.replace('/', '-')}`;
}
