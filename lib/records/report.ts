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

/** Counts and lists for the report. */
export function buildReport(records: CareerRecords, errors: string[]): RecordsReport {
  const count = <T>(items: T[], test: (item: T) => boolean): number => items.filter(test).length;
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
      articles: count(records.articleRoles, (link) => link.roles.some((entry) => entry.role === role.slug)),
      salaries: count(records.salaries, (figure) => figure.role.slug === role.slug),
      skills: count(records.skills, (skill) => skill.roles.some((entry) => entry.role === role.slug)),
      certifications: count(records.certifications, (certification) => certification.roles.includes(role.slug)),
      guideFacts: count(records.guideFacts, (fact) => fact.role === role.slug),
    })),
    byArticle: records.articleRoles.map(({ article, roles }) => ({
      article,
      roles: roles.map((entry) => entry.role),
      salaries: count(records.salaries, (figure) => figure.provenance.article === article),
      unparsed: count(records.unparsed, (item) => item.article === article),
      skills: count(records.skills, (skill) => skill.articles.includes(article)),
      certifications: count(records.certifications, (certification) => certification.articles.includes(article)),
      guideFacts: count(records.guideFacts, (fact) => fact.article === article),
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
