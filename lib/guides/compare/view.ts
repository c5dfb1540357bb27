/**
 * The comparison page's content for two roles, assembled from the records:
 * what the articles say side by side, each role's responsibilities, skills,
 * tools, certifications and pay, and which needs the articles match to which
 * of the two. Pure: records in, a plain view model out. Nothing is averaged
 * or filled in; a section the sources say nothing about comes back empty.
 */
import {
  careerLevels,
  isSalaryKind,
  type CareerLevel,
  type ComparisonRow,
  type CurrencyCode,
  type PayPeriod,
  type Role,
  type SalaryFigure,
} from '@/lib/content/schema';
import type { CareerRecords } from '@/lib/records/build-records';
import { type RolePair, toPair } from '@/lib/guides/compare/pairs';
import { type SourceLink, toSourceLink, uniqueSources } from '@/lib/guides/source-links';

export type Two<T> = [T, T];

export interface RoleSummary {
  slug: string;
  name: string;
  tagline: string;
  href: string;
}

export interface ComparedRow {
  criterion: string;
  values: Two<string>;
  source: SourceLink;
}

export interface FactItem {
  text: string;
  detail: string | null;
  source: SourceLink;
}

export interface SkillItem {
  slug: string;
  name: string;
  /** How many articles list it for each role (0 when one does not). */
  sources: Two<number>;
}

export interface SkillSplit {
  shared: SkillItem[];
  only: Two<SkillItem[]>;
}

export interface CertificationItem {
  slug: string;
  name: string;
  issuer: string | null;
}

export interface PayCell {
  /** Lowest to highest amount the figures state: a spread of sources, never an average. */
  min: number | null;
  max: number | null;
  openEnded: boolean;
  figures: number;
  articles: number;
  sources: SourceLink[];
}

export interface PayTable {
  currency: CurrencyCode;
  period: PayPeriod;
  rows: { level: CareerLevel; cells: Two<PayCell | null> }[];
}

export interface ScenarioItem {
  need: string;
  /** Which of the two roles the article names (0 or 1). */
  side: 0 | 1;
  roleAsWritten: string;
  reason: string | null;
  /** The other role of the pair works alongside ("AI Engineer (with DS)"). */
  together: boolean;
}

export interface ScenarioGroup {
  section: string | null;
  source: SourceLink;
  /** True for ✔ matrices, which give no reasons. */
  ticks: boolean;
  items: ScenarioItem[];
}

export interface ComparisonView {
  pair: RolePair;
  roles: Two<RoleSummary>;
  focus: ComparedRow[];
  education: ComparedRow[];
  responsibilities: Two<FactItem[]>;
  skills: SkillSplit;
  tools: SkillSplit;
  certifications: { shared: CertificationItem[]; only: Two<CertificationItem[]> };
  pay: PayTable[];
  scenarios: ScenarioGroup[];
  /** Whether any article compares the two directly (side-by-side rows or hiring scenarios). */
  compared: boolean;
}

const EDUCATION = /degree|education|background|certif|course|bootcamp|qualification/i;

/** Everything the page shows for roles `first` and `second` (any order); `null` if either is unknown or they are the same. */
export function buildComparison(
  records: CareerRecords,
  titles: ReadonlyMap<string, string>,
  first: string,
  second: string,
): ComparisonView | null {
  if (first === second) return null;
  const pair = toPair(first, second);
  const roleA = records.roles.find((role) => role.slug === pair.a);
  const roleB = records.roles.find((role) => role.slug === pair.b);
  if (!roleA || !roleB) return null;
  const slugs: Two<string> = [pair.a, pair.b];
  const rows = comparedRows(records.comparisonRows, slugs, titles);
  const scenarios = scenarioGroups(records, slugs, titles);
  return {
    pair,
    roles: [summary(roleA), summary(roleB)],
    focus: rows.filter((row) => !EDUCATION.test(row.criterion)),
    education: rows.filter((row) => EDUCATION.test(row.criterion)),
    responsibilities: [responsibilities(records, pair.a, titles), responsibilities(records, pair.b, titles)],
    skills: splitSkills(records.skills, slugs, 'skill'),
    tools: splitSkills(records.skills, slugs, 'tool'),
    certifications: splitCertifications(records.certifications, slugs),
    pay: payByLevel(records.salaries, slugs, titles),
    scenarios,
    compared: rows.length > 0 || scenarios.length > 0,
  };
}

function summary(role: Role): RoleSummary {
  return { slug: role.slug, name: role.name, tagline: role.tagline, href: `/roles/${role.slug}` };
}

function comparedRows(rows: ComparisonRow[], [a, b]: Two<string>, titles: ReadonlyMap<string, string>): ComparedRow[] {
  return rows.flatMap((row) => {
    const first = row.values.find((value) => value.role === a);
    const second = row.values.find((value) => value.role === b);
    return first && second
      ? [{ criterion: row.criterion, values: [first.text, second.text], source: toSourceLink(row, titles) }]
      : [];
  });
}

function responsibilities(records: CareerRecords, role: string, titles: ReadonlyMap<string, string>): FactItem[] {
  return records.guideFacts
    .filter((fact) => fact.role === role && fact.kind === 'responsibility')
    .map((fact) => ({ text: fact.text, detail: fact.detail, source: toSourceLink(fact, titles) }));
}

/** Skills (or tools) of either role: listed for both, or for one only; most sourced first. */
export function splitSkills(skills: CareerRecords['skills'], [a, b]: Two<string>, type: 'skill' | 'tool'): SkillSplit {
  const items = skills
    .filter((skill) => skill.type === type)
    .map((skill) => {
      const count = (role: string) => skill.roles.find((entry) => entry.role === role)?.articles.length ?? 0;
      return { slug: skill.slug, name: skill.name, sources: [count(a), count(b)] as Two<number> };
    })
    .filter((item) => item.sources[0] + item.sources[1] > 0)
    .sort((x, y) => y.sources[0] + y.sources[1] - (x.sources[0] + x.sources[1]) || x.name.localeCompare(y.name));
  return {
    shared: items.filter((item) => item.sources[0] > 0 && item.sources[1] > 0),
    only: [items.filter((item) => item.sources[1] === 0), items.filter((item) => item.sources[0] === 0)],
  };
}

function splitCertifications(certifications: CareerRecords['certifications'], [a, b]: Two<string>) {
  const item = (c: CareerRecords['certifications'][number]): CertificationItem => ({
    slug: c.slug,
    name: c.name,
    issuer: c.issuer,
  });
  const has = (c: CareerRecords['certifications'][number], role: string) => c.roles.includes(role);
  return {
    shared: certifications.filter((c) => has(c, a) && has(c, b)).map(item),
    only: [
      certifications.filter((c) => has(c, a) && !has(c, b)).map(item),
      certifications.filter((c) => has(c, b) && !has(c, a)).map(item),
    ] as Two<CertificationItem[]>,
  };
}

/**
 * Pay by level for the two roles: one table per currency and period (amounts
 * are never converted), one row per level either role has figures for, each
 * cell the lowest to the highest amount stated with how many figures and
 * articles state it and links to them. Pure.
 */
export function payByLevel(
  figures: readonly SalaryFigure[],
  roles: Two<string>,
  titles: ReadonlyMap<string, string>,
): PayTable[] {
  const tables = new Map<string, PayTable & { figures: SalaryFigure[] }>();
  for (const figure of figures) {
    if (figure.role.slug === null || !roles.includes(figure.role.slug) || !isSalaryKind(figure.kind)) continue;
    const key = `${figure.currency}/${figure.period}`;
    const table = tables.get(key) ?? { currency: figure.currency, period: figure.period, rows: [], figures: [] };
    table.figures.push(figure);
    tables.set(key, table);
  }
  return [...tables.values()]
    .sort((x, y) => y.figures.length - x.figures.length || x.currency.localeCompare(y.currency))
    .map(({ currency, period, figures: inTable }) => ({
      currency,
      period,
      rows: careerLevels.flatMap((level) => {
        const atLevel = inTable.filter((figure) => figure.level.level === level);
        const cells = roles.map((role) =>
          payCell(
            atLevel.filter((figure) => figure.role.slug === role),
            titles,
          ),
        );
        return cells.some(Boolean)
          ? [{ level, cells: [cells[0] ?? null, cells[1] ?? null] as Two<PayCell | null> }]
          : [];
      }),
    }));
}

function payCell(figures: readonly SalaryFigure[], titles: ReadonlyMap<string, string>): PayCell | null {
  if (figures.length === 0) return null;
  const lows = figures.map((figure) => figure.min ?? figure.max).filter((value) => value !== null);
  const highs = figures.map((figure) => figure.max ?? figure.min).filter((value) => value !== null);
  const max = highs.length > 0 ? Math.max(...highs) : null;
  return {
    min: lows.length > 0 ? Math.min(...lows) : null,
    max,
    // Open at the top when the figure stating the highest amount is open-ended.
    openEnded: figures.some((figure) => figure.openEnded && (figure.max ?? figure.min) === max),
    figures: figures.length,
    articles: new Set(figures.map((figure) => figure.provenance.article)).size,
    sources: uniqueSources(figures.map((figure) => toSourceLink(figure.provenance, titles))),
  };
}

/** The article tables that match needs to either role, where the same table also names the other. */
function scenarioGroups(
  records: CareerRecords,
  [a, b]: Two<string>,
  titles: ReadonlyMap<string, string>,
): ScenarioGroup[] {
  const byTable = new Map<string, CareerRecords['hiringScenarios']>();
  for (const scenario of records.hiringScenarios) {
    const key = `${scenario.article}#${scenario.table.index}`;
    byTable.set(key, [...(byTable.get(key) ?? []), scenario]);
  }
  return [...byTable.values()].flatMap((scenarios) => {
    const named = new Set(scenarios.flatMap((scenario) => [scenario.role, ...scenario.alsoRoles]));
    const first = scenarios[0];
    if (!first || !named.has(a) || !named.has(b)) return [];
    const items = scenarios.flatMap((scenario): ScenarioItem[] => {
      const side = scenario.role === a ? 0 : scenario.role === b ? 1 : null;
      if (side === null) return [];
      const other = side === 0 ? b : a;
      return [
        {
          need: scenario.need,
          side,
          roleAsWritten: scenario.roleAsWritten,
          reason: scenario.reason,
          together: scenario.alsoRoles.includes(other),
        },
      ];
    });
    return [{ section: first.section, source: toSourceLink(first, titles), ticks: first.from === 'tick', items }];
  });
}

export interface ComparedPair extends RolePair {
  rows: number;
  scenarios: number;
}

/** Pairs the articles compare directly, most compared first. */
export function comparedPairs(records: CareerRecords): ComparedPair[] {
  const counts = new Map<string, ComparedPair>();
  const add = (x: string, y: string, field: 'rows' | 'scenarios', count: number) => {
    if (x === y) return;
    const pair = toPair(x, y);
    const entry = counts.get(pair.slug) ?? { ...pair, rows: 0, scenarios: 0 };
    entry[field] += count;
    counts.set(pair.slug, entry);
  };
  for (const row of records.comparisonRows) {
    row.values.forEach((x, i) => row.values.slice(i + 1).forEach((y) => add(x.role, y.role, 'rows', 1)));
  }
  // A scenario table that names several roles compares each two of them, once per need.
  const tables = new Map<string, { roles: Set<string>; needs: number }>();
  for (const scenario of records.hiringScenarios) {
    const key = `${scenario.article}#${scenario.table.index}`;
    const table = tables.get(key) ?? { roles: new Set<string>(), needs: 0 };
    table.roles.add(scenario.role);
    table.needs += 1;
    tables.set(key, table);
  }
  for (const { roles, needs } of tables.values()) {
    const list = [...roles];
    list.forEach((x, i) => list.slice(i + 1).forEach((y) => add(x, y, 'scenarios', needs)));
  }
  return [...counts.values()].sort(
    (x, y) => y.rows + y.scenarios - (x.rows + x.scenarios) || x.slug.localeCompare(y.slug),
  );
}
