/**
 * The editor's report behind `npm run records`: what was extracted per role
 * and per article, what money-like text was left out and where, and every
 * validation problem. Pure: records in, plain data or text out.
 */
import type { CareerRecords } from '@/lib/records/build-records';

export interface RecordsReport {
  totals: {
    roles: number;
    salaries: number;
    unparsed: number;
    skills: number;
    certifications: number;
    guideFacts: number;
    hiringScenarios: number;
    comparisonRows: number;
  };
  byRole: {
    role: string;
    name: string;
    articles: number;
    salaries: number;
    skills: number;
    certifications: number;
    guideFacts: number;
  }[];
  byArticle: {
    article: string;
    roles: string[];
    salaries: number;
    unparsed: number;
    skills: number;
    certifications: number;
    guideFacts: number;
  }[];
  /** Figures whose role the article does not state: editors may want to add an alias or leave them. */
  withoutRole: { id: string; quote: string; context: string }[];
  unparsed: CareerRecords['unparsed'];
  errors: string[];
}

/** How many items name each key, each item counted once per key: one pass, not one per row of the report. */
function tally<T>(items: readonly T[], keysOf: (item: T) => Iterable<string | null>): (key: string) => number {
  const counts = new Map<string | null, number>();
  for (const item of items) for (const key of new Set(keysOf(item))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return (key) => counts.get(key) ?? 0;
}

/** Counts and lists for the report. */
export function buildReport(records: CareerRecords, errors: string[]): RecordsReport {
  const perRole = {
    articles: tally(records.articleRoles, (link) => link.roles.map((entry) => entry.role)),
    salaries: tally(records.salaries, (figure) => [figure.role.slug]),
    skills: tally(records.skills, (skill) => skill.roles.map((entry) => entry.role)),
    certifications: tally(records.certifications, (certification) => certification.roles),
    guideFacts: tally(records.guideFacts, (fact) => [fact.role]),
  };
  const perArticle = {
    salaries: tally(records.salaries, (figure) => [figure.provenance.article]),
    unparsed: tally(records.unparsed, (item) => [item.article]),
    skills: tally(records.skills, (skill) => skill.articles),
    certifications: tally(records.certifications, (certification) => certification.articles),
    guideFacts: tally(records.guideFacts, (fact) => [fact.article]),
  };
  return {
    totals: {
      roles: records.roles.length,
      salaries: records.salaries.length,
      unparsed: records.unparsed.length,
      skills: records.skills.length,
      certifications: records.certifications.length,
      guideFacts: records.guideFacts.length,
      hiringScenarios: records.hiringScenarios.length,
      comparisonRows: records.comparisonRows.length,
    },
    byRole: records.roles.map((role) => ({
      role: role.slug,
      name: role.name,
      articles: perRole.articles(role.slug),
      salaries: perRole.salaries(role.slug),
      skills: perRole.skills(role.slug),
      certifications: perRole.certifications(role.slug),
      guideFacts: perRole.guideFacts(role.slug),
    })),
    byArticle: records.articleRoles.map(({ article, roles }) => ({
      article,
      roles: roles.map((entry) => entry.role),
      salaries: perArticle.salaries(article),
      unparsed: perArticle.unparsed(article),
      skills: perArticle.skills(article),
      certifications: perArticle.certifications(article),
      guideFacts: perArticle.guideFacts(article),
    })),
    withoutRole: records.salaries
      .filter((figure) => figure.role.slug === null)
      .map((figure) => ({ id: figure.id, quote: figure.provenance.quote, context: figure.provenance.context })),
    unparsed: records.unparsed,
    errors,
  };
}

/** The report as aligned plain text for a terminal. */
export function formatReport(report: RecordsReport): string {
  const { totals } = report;
  const lines = [
    `Records: ${totals.salaries} salary figures, ${totals.skills} skills, ${totals.certifications} certifications, ` +
      `${totals.guideFacts} guide facts, ${totals.hiringScenarios} hiring scenarios, ${totals.comparisonRows} comparison rows ` +
      `across ${totals.roles} roles; ${totals.unparsed} money-like texts left out.`,
    '',
    'By role',
    table(
      ['role', 'articles', 'salaries', 'skills', 'certs', 'facts'],
      report.byRole.map((row) => [
        row.role,
        row.articles,
        row.salaries,
        row.skills,
        row.certifications,
        row.guideFacts,
      ]),
    ),
    '',
    'By article',
    table(
      ['article', 'salaries', 'unparsed', 'skills', 'certs', 'facts', 'roles'],
      report.byArticle.map((row) => [
        row.article,
        row.salaries,
        row.unparsed,
        row.skills,
        row.certifications,
        row.guideFacts,
        row.roles.join(' '),
      ]),
    ),
    '',
    `Figures with no stated role (${report.withoutRole.length})`,
    ...report.withoutRole.map((item) => `  ${item.id}: ${item.quote} — "${clip(item.context)}"`),
    '',
    `Left out (${report.unparsed.length})`,
    ...report.unparsed.map(
      (item) =>
        `  content/articles/${item.article}.md: ${item.section ?? '(no heading)'}: ${item.text} — ${item.reason} — "${clip(item.context)}"`,
    ),
  ];
  if (report.errors.length > 0)
    lines.push('', `Problems (${report.errors.length})`, ...report.errors.map((error) => `  ${error}`));
  return `${lines.join('\n')}\n`;
}

function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  return cells
    .map((row) =>
      row
        .map((cell, i) =>
          typeof rows[0]?.[i] === 'number' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
        )
        .join('  ')
        .trimEnd(),
    )
    .map((line) => `  ${line}`)
    .join('\n');
}

function clip(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
