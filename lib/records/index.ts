/**
 * The site's query API for career records. Built once per process from
 * `content/` and fails loudly listing every invalid record, so a bad figure
 * stops `next build` instead of reaching a page.
 */
import 'server-only';
import path from 'node:path';
import type {
  CareerLevel,
  ComparisonRow,
  CurrencyCode,
  GuideFact,
  HiringScenario,
  PayKind,
  Role,
  SalaryFigure,
} from '@/lib/content/schema';
import type { CareerRecords } from '@/lib/records/build-records';
import { newestChange } from '@/lib/content/content-files';
import { loadCareerRecords } from '@/lib/records/load-records';
import { formatCount } from '@/lib/format';

// Building the records parses every article (seconds, not milliseconds), and
// React's `cache` only lasts one render, so a build would redo it for every
// page. Content is fixed for a build; in development it is rebuilt when a
// file under content/ (other than the raw sources) has changed since.
let built: CareerRecords | undefined;
let builtAt = 0;

function loadAll(): CareerRecords {
  const content = path.join(process.cwd(), 'content');
  if (built && (process.env.NODE_ENV !== 'development' || newestChange(content) <= builtAt)) return built;
  const startedAt = Date.now();
  const { records, errors } = loadCareerRecords(content);
  if (errors.length > 0) {
    const count = formatCount(errors.length, { one: 'problem', other: 'problems' });
    throw new Error(`Invalid content or records (${count}):\n${errors.join('\n')}`);
  }
  built = records;
  builtAt = startedAt;
  return records;
}

/** Every record, exactly as validated (what `/data/*.json` publishes). */
export function getCareerRecords(): CareerRecords {
  return loadAll();
}

/** Every role, by name. */
export function getRoles(): Role[] {
  return loadAll().roles;
}

/** The role with this slug, or `undefined`. */
export function getRole(slug: string): Role | undefined {
  return loadAll().roles.find((role) => role.slug === slug);
}

export interface SalaryFilter {
  role?: string;
  level?: CareerLevel;
  currency?: CurrencyCode;
  kind?: PayKind;
  article?: string;
}

/** Salary figures matching every given field of `filter`, in article reading order. */
export function getSalaryFigures(filter: SalaryFilter = {}): SalaryFigure[] {
  return loadAll().salaries.filter(
    (figure) =>
      (filter.role === undefined || figure.role.slug === filter.role) &&
      (filter.level === undefined || figure.level.level === filter.level) &&
      (filter.currency === undefined || figure.currency === filter.currency) &&
      (filter.kind === undefined || figure.kind === filter.kind) &&
      (filter.article === undefined || figure.provenance.article === filter.article),
  );
}

/** Responsibilities, career steps, interview questions or FAQs the articles state for a role. */
export function getGuideFacts(role: string, kind?: GuideFact['kind']): GuideFact[] {
  return loadAll().guideFacts.filter((fact) => fact.role === role && (kind === undefined || fact.kind === kind));
}

/** Skills ranked by how many articles list them; for one role when `role` is given. */
export function getSkills(role?: string): CareerRecords['skills'] {
  const skills = loadAll().skills;
  if (role === undefined) return skills;
  return skills
    .filter((skill) => skill.roles.some((entry) => entry.role === role))
    .sort((a, b) => sourcesFor(b, role) - sourcesFor(a, role) || a.name.localeCompare(b.name));
}

function sourcesFor(skill: CareerRecords['skills'][number], role: string): number {
  return skill.roles.find((entry) => entry.role === role)?.articles.length ?? 0;
}

/** Certifications; for one role when `role` is given. */
export function getCertifications(role?: string): CareerRecords['certifications'] {
  const all = loadAll().certifications;
  return role === undefined ? all : all.filter((certification) => certification.roles.includes(role));
}

/** The roles an article discusses. */
export function getArticleRoles(article: string): string[] {
  return (
    loadAll()
      .articleRoles.find((link) => link.article === article)
      ?.roles.map((link) => link.role) ?? []
  );
}

/** The articles that discuss a role, by slug. */
export function getRoleArticles(role: string): string[] {
  return loadAll()
    .articleRoles.filter((link) => link.roles.some((entry) => entry.role === role))
    .map((link) => link.article);
}

/** Needs the articles match to a role to hire, in reading order; for one role (as the pick or working alongside) when `role` is given. */
export function getHiringScenarios(role?: string): HiringScenario[] {
  const all = loadAll().hiringScenarios;
  return role === undefined ? all : all.filter((item) => item.role === role || item.alsoRoles.includes(role));
}

/**
 * Side-by-side rows that state something about both roles, each narrowed to
 * the two roles' cells with `a`'s first; with no arguments, every row.
 */
export function getComparisonRows(a?: string, b?: string): ComparisonRow[] {
  const all = loadAll().comparisonRows;
  if (a === undefined || b === undefined) return all;
  return all.flatMap((row) => {
    const first = row.values.find((value) => value.role === a);
    const second = row.values.find((value) => value.role === b);
    return first && second && a !== b ? [{ ...row, values: [first, second] }] : [];
  });
}
