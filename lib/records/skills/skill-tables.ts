/**
 * Skills listed in tables. Three shapes occur in the articles:
 * - role columns ("Tool / Technology | AI Engineer | Data Scientist"): each
 *   cell lists skills for its column's role, and a skill in the row label
 *   belongs to the roles whose cell is not a "❌"/"not required";
 * - category tables ("Skill Category | Tools & Technologies"): a row counts
 *   when its label, its column header, the caption or a heading is about
 *   skills; descriptive columns ("Use Case", "Description") are skipped;
 * - tables written as lines, one string per row: each row is read whole.
 */
import type { TableBlock } from '@/lib/records/document/article-document';
import type { RoleMatcher } from '@/lib/records/document/role-matcher';
import {
  inCredentialSentence,
  isSkillContext,
  isSkillish,
  nearestRoles,
  rolesNamed,
  subjectRoles,
  type SkillFinder,
  type SkillFinding,
} from '@/lib/records/skills/skill-context';

/** Columns that describe or rate a row rather than list what it needs. */
const DESCRIPTIVE_HEADER =
  /descri|use case|applicat|strength|relevance|example task|how to|impact|primary focus|\bnotes?\b|\blevel\b|value|%|weight|trend|growth|outcome|output|\btasks?\b|question|prompt/i;

/** A role column's cell saying the role does not need the row's skill. */
const NEGATIVE_CELL = /^\s*(?:$|❌|✗|✘|✕|×|no\b|none\b|not\b|n\/a\b|limited\b|minimal\b)/i;

/** Skills a table lists, with their roles (empty when the table names none). Pure. */
export function tableSkillFindings(
  table: TableBlock,
  findSkills: SkillFinder,
  matchRoles: RoleMatcher,
): SkillFinding[] {
  const headings = [...table.section.trail].reverse();
  if (table.fromLines) return lineTableFindings(table, headings, findSkills, matchRoles);
  const roleColumns = table.header.flatMap((cell, column) =>
    column > 0 && rolesNamed(cell, matchRoles).length > 0 ? [column] : [],
  );
  const findings: SkillFinding[] = [];
  const add = (text: string, contexts: (string | null)[], roles: (index: number) => string[]): void => {
    if (!isSkillContext(contexts)) return;
    for (const term of findSkills(text)) {
      if (!inCredentialSentence(text, term.index))
        findings.push({ skill: term.slug, roles: roles(term.index), section: table.section });
    }
  };

  for (const row of table.rows) {
    const label = row[0] ?? '';
    if (roleColumns.length > 0) {
      const positive = roleColumns.filter((column) => !NEGATIVE_CELL.test(row[column] ?? ''));
      const labelRoles = positive.flatMap((column) => rolesNamed(table.header[column], matchRoles));
      const contexts = [label, table.caption, table.header[0] ?? null, ...headings];
      // A row every role marks "❌" lists its label for nobody.
      if (labelRoles.length > 0) add(label, contexts, () => labelRoles);
      for (const column of roleColumns) {
        const cell = row[column] ?? '';
        const columnRoles = rolesNamed(table.header[column], matchRoles);
        add(cell, contexts, (index) => orElse(subjectRoles(cell, index, matchRoles), columnRoles));
      }
      continue;
    }
    row.forEach((cell, column) => {
      const header = table.header[column] ?? null;
      if (column > 0 && header && DESCRIPTIVE_HEADER.test(header) && !isSkillish(header)) return;
      const contexts = [column > 0 ? label : null, table.caption, header, ...headings];
      add(cell, contexts, (index) =>
        orElse(subjectRoles(cell, index, matchRoles), nearestRoles([label, ...contexts], matchRoles)),
      );
    });
  }
  return findings;
}

/**
 * A table flattened into lines cannot be split into cells, so each row is
 * read whole: it counts when it opens with a skill word ("Core Skills ...")
 * or the header, caption or a heading is about skills; its roles are those
 * it opens with, else those the header names (all of them: the row's cells
 * cannot be told apart), else the caption's or a heading's.
 */
function lineTableFindings(
  table: TableBlock,
  headings: string[],
  findSkills: SkillFinder,
  matchRoles: RoleMatcher,
): SkillFinding[] {
  const header = table.header[0] ?? '';
  return table.rows.flatMap(([line = '']) => {
    const lead = line.split(/\s+/).slice(0, 4).join(' ');
    const contexts = [lead, table.caption, header, ...headings];
    if (!isSkillContext(contexts)) return [];
    return findSkills(line)
      .filter((term) => !inCredentialSentence(line, term.index))
      .map((term) => ({
        skill: term.slug,
        roles: orElse(subjectRoles(line, term.index, matchRoles), nearestRoles(contexts.slice(1), matchRoles)),
        section: table.section,
      }));
  });
}

function orElse(first: string[], second: string[]): string[] {
  return first.length > 0 ? first : second;
}
