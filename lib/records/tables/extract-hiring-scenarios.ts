/**
 * Hiring scenarios: where an article matches a business need to the role to
 * hire. Two table shapes are read:
 * - recommendation tables, "Business Need | Ideal Role" or "Use Case |
 *   Recommended Role | Justification": one record per row, the reason from
 *   the justification column when there is one;
 * - role-fit decision matrices, "Business Priority | AI Engineer | Data
 *   Scientist" with ✔ in the fitting column: one record per ticked role.
 * Task or skill matrices with the same ticks ("Sample Daily Tasks", "Skill
 * Evaluation Matrix") say what a role does, not whom to hire, and are left to
 * the guide facts.
 * And sentences that tell the reader whom to hire, "Hire a Data Scientist
 * when you need to analyze large datasets" or "Choose an AI Engineer if your
 * goal is to deploy models, because ...": one record per sentence, the need
 * as written and the reason when it gives one; and the list items under a
 * heading that does the same, "When to hire an ML engineer".
 */
import type { HiringScenario } from '@/lib/content/schema';
import type { ArticleDocument, TableBlock, TextBlock } from '@/lib/records/document/article-document';
import { splitSentences } from '@/lib/records/document/sentences';
import type { RoleMatcher } from '@/lib/records/document/role-matcher';
import { roleColumns, singleRole, TICK } from '@/lib/records/tables/role-tables';

// "Ideal Role", "Recommended Role", "Who to Hire"; not "Role Example" in a career ladder.
const ROLE_COLUMN = /\b(?:ideal|recommended|suggested|best|right|which)\s+(?:role|hire)\b|\bhire\b/i;
const REASON_COLUMN = /justif|reason|why|rationale/i;
/** Words in a matrix's first header or heading that make it about hiring needs rather than tasks. */
const NEED_MATRIX = /\b(?:need|requirement|priorit|objective|scenario|use case|decision|fit|hiring)/i;

/** Every hiring scenario of one article: its tables', then its sentences', each in reading order. Pure. */
export function extractHiringScenarios(doc: ArticleDocument, matchRoles: RoleMatcher): HiringScenario[] {
  return [
    ...doc.tables
      .filter((table) => !table.fromLines)
      .flatMap((table) => recommendations(doc, table, matchRoles) ?? tickMatrix(doc, table, matchRoles)),
    ...doc.blocks
      .filter((block) => block.kind !== 'heading' && block.lineTableIndex === null && HIRE_VERB.test(block.text))
      .flatMap((block) => hiringSentences(doc, block, matchRoles)),
    ...headingLists(doc, matchRoles),
  ];
}

/** The verbs that tell the reader whom to hire: "Hire", "Choose", "Go with"... */
const VERB = String.raw`(?:hire|choose|pick|go with|opt for)\b`;
const HIRE_VERB = new RegExp(String.raw`\b${VERB}`, 'i');
/** The instruction opening a clause, alone or after "you should". */
const INSTRUCTION = new RegExp(String.raw`^(?:(?:you should|then|so)\s+)?${VERB}\s+(?:an?\s+|the\s+)?`, 'i');
/** Where a sentence holds a second instruction: "...; choose an AI Engineer if ...", "..., while hire ...". */
const NEXT_CLAUSE = new RegExp(String.raw`;\s*|,?\s+(?:while|whereas|but|and|or)\s+(?=${VERB})`, 'i');
/** What follows the role: the condition ("if your goal is", "when you need"). */
const CONDITION = /^\s*(?:\([^)]*\)\s*)?(?:if|when|whenever)\s+/i;
/** Where the need ends: a colon, a dash, a contrast or the reason. */
const NEED_END = /[;:]|\s[–—]\s|,\s+(?:while|whereas|but)\s|,?\s+because\s+(?=\S)/i;
/** The reason a sentence gives for its pick: "..., because they specialise in production systems". */
const REASON = /^,?\s+because\s+/i;
/** Words that only lead into the need ("you need to", "your goal is to"), left out of it. */
const NEED_LEAD =
  /^(?:you(?:r (?:team|company|organi[sz]ation|business|project))?\s+(?:needs?|wants?|(?:are|is) looking)\s+(?:for\s+|to\s+)?|your (?:goal|focus|priority|aim) is (?:to\s+|on\s+)?)/i;

/** One record per sentence (or clause) of `block` that says which role to hire for a need. */
function hiringSentences(doc: ArticleDocument, block: TextBlock, matchRoles: RoleMatcher): HiringScenario[] {
  const found: HiringScenario[] = [];
  for (const sentence of splitSentences(block.text)) {
    // "Hire a Data Scientist when ...; choose an AI Engineer if ...": each clause names its own role.
    for (const clause of sentence.text.split(NEXT_CLAUSE)) {
      const instruction = INSTRUCTION.exec(clause);
      if (!instruction) continue;
      const rest = clause.slice(instruction[0].length);
      const mention = matchRoles(rest)[0];
      if (!mention || mention.index !== 0) continue;
      const condition = CONDITION.exec(rest.slice(mention.end));
      if (!condition) continue;
      const stated = rest.slice(mention.end + condition[0].length);
      const end = NEED_END.exec(stated);
      const need = trimNeed(end ? stated.slice(0, end.index) : stated);
      const tail = end ? stated.slice(end.index) : '';
      const because = REASON.exec(tail);
      const reason = because ? withoutEndPunctuation(tail.slice(because[0].length)) || null : null;
      if (need.split(/\s+/).length < 2) continue;
      found.push({
        article: doc.slug,
        section: block.section.heading,
        sectionId: block.section.id,
        need,
        role: mention.role,
        roleAsWritten: mention.asWritten,
        reason,
        alsoRoles: [],
        from: 'sentence',
        table: null,
      });
    }
  }
  return found;
}

/** A heading that says whom to hire for the list below it: "When to hire an ML engineer", "2. Hire a data scientist if:". */
const HIRE_HEADING = new RegExp(
  String.raw`^(?:\d+[.)]\s*)?(?:when\s+(?:to|should you|do you)\s+${VERB}\s+(?:an?\s+|the\s+)?|${VERB}\s+(?:an?\s+|the\s+)?(?=.*\b(?:if|when)\b))`,
  'i',
);

/**
 * The items of the lists right under a heading that names one role to hire,
 * "When to hire an ML engineer" then "You need real-time predictions in
 * production": one record per top-level item, the item as the need.
 */
function headingLists(doc: ArticleDocument, matchRoles: RoleMatcher): HiringScenario[] {
  const found: HiringScenario[] = [];
  for (const heading of doc.blocks) {
    if (heading.kind !== 'heading') continue;
    const instruction = HIRE_HEADING.exec(heading.text);
    if (!instruction) continue;
    const mentions = matchRoles(heading.text);
    const [mention] = mentions;
    // One role, named right after the verb: "When to hire an ML engineer vs a data scientist" picks none.
    if (mentions.length !== 1 || !mention || mention.index !== instruction[0].length) continue;
    for (const item of doc.blocks) {
      if (item.section !== heading.section || item.kind !== 'list-item' || item.listTrail.length > 0) continue;
      const need = trimNeed(item.text);
      if (need.split(/\s+/).length < 2) continue;
      found.push({
        article: doc.slug,
        section: heading.section.heading,
        sectionId: heading.section.id,
        need,
        role: mention.role,
        roleAsWritten: mention.asWritten,
        reason: null,
        alsoRoles: [],
        from: 'list',
        table: null,
      });
    }
  }
  return found;
}

/** The need without its lead-in words and closing punctuation, kept only when something is left. */
function trimNeed(stated: string): string {
  const need = withoutEndPunctuation(stated);
  const bare = need.replace(NEED_LEAD, '');
  return bare.split(/\s+/).length >= 2 ? bare : need;
}

const withoutEndPunctuation = (text: string): string => text.trim().replace(/[.!?,]+$/, '');

/** Rows of a "need | recommended role | reason" table, or `null` when the table is not one. */
function recommendations(doc: ArticleDocument, table: TableBlock, matchRoles: RoleMatcher): HiringScenario[] | null {
  const roleColumn = table.header.findIndex(
    (cell, index) =>
      index > 0 &&
      ROLE_COLUMN.test(cell) &&
      singleRole(cell, matchRoles) === null &&
      mostlyRoles(table, index, matchRoles),
  );
  if (roleColumn < 0) return null;
  const reasonColumn = table.header.findIndex((cell, index) => index > 0 && REASON_COLUMN.test(cell));
  const abbreviations = tableAbbreviations(table, matchRoles);
  return table.rows.flatMap((row) => {
    const need = row[0]?.trim() ?? '';
    const cell = row[roleColumn]?.trim() ?? '';
    const mentions = matchRoles(cell);
    const primary = mentions[0];
    if (!need || !primary) return [];
    const also = new Set(mentions.map((mention) => mention.role));
    // "AI Engineer (with DS)": initials of a role the same table names in full.
    for (const word of cell.match(/\b[A-Z]{2,4}\b/g) ?? []) {
      const role = abbreviations.get(word);
      if (role) also.add(role);
    }
    also.delete(primary.role);
    return [
      scenario(doc, table, {
        need,
        role: primary.role,
        roleAsWritten: cell,
        reason: reasonColumn < 0 ? null : row[reasonColumn]?.trim() || null,
        alsoRoles: [...also],
        from: 'recommendation',
        columnHeader: table.header[roleColumn] ?? null,
      }),
    ];
  });
}

function tickMatrix(doc: ArticleDocument, table: TableBlock, matchRoles: RoleMatcher): HiringScenario[] {
  const columns = roleColumns(table.header, matchRoles);
  const about = [table.header[0] ?? '', table.section.heading ?? '', table.caption ?? ''];
  if (columns.length < 2 || !about.some((text) => NEED_MATRIX.test(text))) return [];
  return table.rows.flatMap((row) => {
    const need = row[0]?.trim() ?? '';
    if (!need) return [];
    return columns
      .filter((column) => TICK.test(row[column.index]?.trim() ?? ''))
      .map((column) =>
        scenario(doc, table, {
          need,
          role: column.role,
          roleAsWritten: table.header[column.index] ?? column.asWritten,
          reason: null,
          alsoRoles: [],
          from: 'tick',
          columnHeader: table.header[column.index] ?? null,
        }),
      );
  });
}

/** At least half of the column's filled cells name a role. */
function mostlyRoles(table: TableBlock, column: number, matchRoles: RoleMatcher): boolean {
  const cells = table.rows.map((row) => row[column]?.trim() ?? '').filter(Boolean);
  const named = cells.filter((cell) => matchRoles(cell).length > 0).length;
  return cells.length > 0 && named * 2 >= cells.length;
}

/** Initials ("DS") of every role the table names in full ("Data Scientist"). */
function tableAbbreviations(table: TableBlock, matchRoles: RoleMatcher): Map<string, string> {
  const map = new Map<string, string>();
  for (const cell of [...table.header, ...table.rows.flat()]) {
    for (const mention of matchRoles(cell)) {
      const words = mention.asWritten.split(/[\s-]+/).filter(Boolean);
      if (words.length >= 2) map.set(words.map((word) => word[0]?.toUpperCase() ?? '').join(''), mention.role);
    }
  }
  return map;
}

interface ScenarioDraft {
  need: string;
  role: string;
  roleAsWritten: string;
  reason: string | null;
  alsoRoles: string[];
  from: HiringScenario['from'];
  columnHeader: string | null;
}

function scenario(doc: ArticleDocument, table: TableBlock, draft: ScenarioDraft): HiringScenario {
  const { columnHeader, ...rest } = draft;
  return {
    article: doc.slug,
    section: table.section.heading,
    sectionId: table.section.id,
    ...rest,
    table: { index: table.index, rowLabel: draft.need, columnHeader },
  };
}
