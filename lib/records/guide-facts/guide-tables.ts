/**
 * Guide facts from tables: career ladders ("Role Title | Key
 * Responsibilities | Experience"), responsibility tables ("Task |
 * Description", "Role | Responsibilities", task-by-role tick matrices) and
 * sample-question columns. Line tables (one string per row) are split only
 * where a step title already read from a list in the same section starts the
 * row; otherwise the whole row is the step.
 */
import {
  type GuideContext,
  type GuideDraft,
  headingsNearestFirst,
  inFaqSection,
  resolveRoles,
} from '@/lib/records/guide-facts/guide-context';
import { classify, isHeadingLike, isPositionTitle } from '@/lib/records/guide-facts/guide-patterns';
import { hasQuestion, unquote } from '@/lib/records/guide-facts/guide-text';
import type { TableBlock } from '@/lib/records/document/article-document';

const TITLE_COLUMN = /\b(?:role|position|title|path|specialization)\b/i;
const LEVEL_COLUMN = /\b(?:level|stage)\b/i;
const DESCRIPTION_COLUMN = /description|responsibilit|focus|deliverables|duties|details?\b/i;
const RESPONSIBILITY_COLUMN = /responsibilit|duties|\btasks?\b/i;
const TICK = /^(?:✔|✓|✅|☑|yes\b)/i;

/** Facts from every table outside the FAQ; `stepTitles` are career-step titles already read from lists. Pure. */
export function tableFacts(ctx: GuideContext, stepTitles: readonly GuideDraft[]): GuideDraft[] {
  return ctx.doc.tables.flatMap((table) => {
    if (inFaqSection(ctx, table.section)) return [];
    const contexts = [
      ...(table.caption !== null && isHeadingLike(table.caption, true) ? [table.caption] : []),
      ...headingsNearestFirst(ctx, table.section),
    ];
    let kind = classify(contexts);
    if (kind === null && table.header.some((cell) => /responsibilit|duties/i.test(cell))) kind = 'responsibility';
    const levels = contexts.map((context) => [context]);
    if (kind === 'career-step') return careerSteps(ctx, table, levels, stepTitles);
    if (kind === 'responsibility' && !table.fromLines) return responsibilities(ctx, table, levels);
    if (kind === 'interview-question' && !table.fromLines) return questions(ctx, table, levels);
    return [];
  });
}

function careerSteps(
  ctx: GuideContext,
  table: TableBlock,
  levels: string[][],
  stepTitles: readonly GuideDraft[],
): GuideDraft[] {
  const roles = resolveRoles(ctx, levels, true);
  if (table.fromLines) {
    const titles = stepTitles
      .filter((step) => step.section === table.section)
      .map((step) => step.text)
      .sort((a, b) => b.length - a.length);
    return table.rows.flatMap(([row = '']) => {
      const title = titles.find((candidate) => row.startsWith(`${candidate} `));
      const detail = title ? row.slice(title.length).trim() : '';
      return row ? [draft('career-step', roles, title ?? row, title && detail ? detail : null, table)] : [];
    });
  }
  const titleColumn = columnIndex(table.header, TITLE_COLUMN) ?? columnIndex(table.header, LEVEL_COLUMN) ?? 0;
  const descriptionColumn = columnIndex(table.header, DESCRIPTION_COLUMN, titleColumn);
  return table.rows.flatMap((row) => {
    const title = row[titleColumn] ?? '';
    if (!title || !(isPositionTitle(title) || ctx.matchRoles(title).length > 0)) return [];
    const detail = descriptionColumn === null ? null : row[descriptionColumn] || null;
    return [draft('career-step', roles, title, detail, table)];
  });
}

function responsibilities(ctx: GuideContext, table: TableBlock, levels: string[][]): GuideDraft[] {
  // "Task | AI Engineer | Data Scientist" with ticks: each task belongs to the roles ticked for it.
  const roleColumns = table.header.flatMap((cell, index) => {
    const roles = [...new Set(ctx.matchRoles(cell).map((mention) => mention.role))];
    return index > 0 && roles.length === 1 && roles[0] ? [{ index, role: roles[0] }] : [];
  });
  if (roleColumns.length > 0) {
    return table.rows.flatMap((row) => {
      const roles = roleColumns.filter(({ index }) => TICK.test(row[index] ?? '')).map(({ role }) => role);
      return row[0] && roles.length > 0 ? [draft('responsibility', roles, row[0], null, table)] : [];
    });
  }
  const responsibilityColumn = columnIndex(table.header, RESPONSIBILITY_COLUMN);
  if (responsibilityColumn === null) return [];
  const byRole = responsibilityColumn > 0 && /\b(?:role|position|title)\b/i.test(table.header[0] ?? '');
  const descriptionColumn =
    responsibilityColumn > 0
      ? responsibilityColumn
      : columnIndex(table.header, DESCRIPTION_COLUMN, responsibilityColumn);
  return table.rows.flatMap((row) => {
    const label = row[0] ?? '';
    if (byRole) {
      const text = row[responsibilityColumn] ?? '';
      return text ? [draft('responsibility', resolveRoles(ctx, [[label], ...levels], true), text, null, table)] : [];
    }
    const detail = descriptionColumn === null ? null : row[descriptionColumn] || null;
    return label ? [draft('responsibility', resolveRoles(ctx, levels, true), label, detail, table)] : [];
  });
}

function questions(ctx: GuideContext, table: TableBlock, levels: string[][]): GuideDraft[] {
  const roles = resolveRoles(ctx, levels, true);
  return table.rows.flatMap((row) =>
    row
      .filter((cell) => hasQuestion(cell))
      .map((cell) => draft('interview-question', roles, unquote(cell), null, table)),
  );
}

/** The first column (other than `except`) whose header matches. */
function columnIndex(header: readonly string[], pattern: RegExp, except = -1): number | null {
  const index = header.findIndex((cell, i) => i !== except && pattern.test(cell));
  return index >= 0 ? index : null;
}

function draft(
  kind: GuideDraft['kind'],
  roles: string[],
  text: string,
  detail: string | null,
  table: TableBlock,
): GuideDraft {
  return { kind, roles, text: text.trim(), detail: detail?.trim() || null, section: table.section };
}
