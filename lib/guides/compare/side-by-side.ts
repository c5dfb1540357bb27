/**
 * The table a comparison opens with: the two roles' own guides set side by
 * side, row by row. Pay comes from each role's computed summaries (never
 * converted, never merged across the two), skills and certifications from
 * what the articles list for each, education from the degrees and fields they
 * name, focus from the merged responsibilities. Pure: two guides in, rows out.
 * A cell with nothing behind it stays empty (`null` or `[]`); the page says so.
 */
import { careerLevels, type CareerLevel, type CurrencyCode } from '@/lib/content/schema';
import type { PaySummary } from '@/lib/guides/pay/summary';
import type { Named } from '@/lib/guides/role/education';
import type { RankedItem, RoleGuide } from '@/lib/guides/role/guide';

export type Two<T> = [T, T];

/** One level's summaries for the two roles; `null` where a role has none at that level. */
export interface PayRow {
  level: CareerLevel;
  cells: Two<PaySummary | null>;
}

export interface PayRows {
  /** Each role's main currency (`null` when it states no yearly pay). */
  currencies: Two<CurrencyCode | null>;
  /** The two main currencies differ: amounts sit side by side but are not comparable as numbers. */
  currenciesDiffer: boolean;
  salary: PayRow[];
  /** Only when both roles have total-compensation summaries; otherwise `[]`. */
  total: PayRow[];
}

/** A skill or tool listed for both roles, with each role's article count. */
export interface SharedItem {
  slug: string;
  name: string;
  counts: Two<number>;
}

export interface EducationCell {
  /** Articles stating anything about education for the role. */
  articles: number;
  /** The degree most articles name, `null` when none is named. */
  degree: Named | null;
  /** The fields most articles name (every field tied for the most, at most three). */
  fields: Named[];
}

export interface FocusItem {
  /** The merged item's id: its anchor on the role's pages. */
  id: string;
  label: string;
  articles: number;
}

export interface FocusCell {
  items: FocusItem[];
  /** Articles stating any responsibility for the role: the "of N" in "2 of 6 articles". */
  articleTotal: number;
}

export interface EvidenceCell {
  articles: number;
  newest: string | null;
}

/** Items listed for both roles and for one only, each list cut to a handful. */
export interface Split {
  shared: SharedItem[];
  only: Two<RankedItem[]>;
}

export interface SideBySide {
  pay: PayRows;
  skills: Split;
  education: Two<EducationCell>;
  /** Certifications the catalogue and articles tie to each role; counts are articles naming the certification. */
  certifications: Split;
  focus: Two<FocusCell>;
  evidence: Two<EvidenceCell>;
}

/** How many of each list a cell shows: enough to see the difference, few enough for a phone. */
export const SIDE_BY_SIDE_SHOWS = {
  skills: { shared: 5, only: 4 },
  certifications: { shared: 3, only: 2 },
  focus: 3,
  fields: 3,
} as const;

/** The synthesised table for two roles' guides. Pure. */
export function buildSideBySide([a, b]: Two<RoleGuide>): SideBySide {
  return {
    pay: payRows(a, b),
    skills: splitRanked(skillsOf(a), skillsOf(b), SIDE_BY_SIDE_SHOWS.skills),
    education: [educationCell(a), educationCell(b)],
    certifications: splitRanked(a.certifications, b.certifications, SIDE_BY_SIDE_SHOWS.certifications),
    focus: [focusCell(a), focusCell(b)],
    evidence: [
      { articles: a.sources.length, newest: a.newest },
      { articles: b.sources.length, newest: b.newest },
    ],
  };
}

/**
 * One row per level either role has a yearly summary for, in career order.
 * Each role keeps its own main currency; total compensation is shown only
 * when both roles have some, since a lone column of it compares with nothing.
 */
export function payRows(a: RoleGuide, b: RoleGuide): PayRows {
  const glances: Two<RoleGuide['pay']['glance']> = [a.pay.glance, b.pay.glance];
  const rows = (pick: (glance: NonNullable<RoleGuide['pay']['glance']>) => PaySummary[]): PayRow[] => {
    const lists = glances.map((glance) => (glance ? pick(glance) : [])) as Two<PaySummary[]>;
    const at = (list: PaySummary[], level: CareerLevel) => list.find((summary) => summary.level === level) ?? null;
    return careerLevels.flatMap((level) => {
      const cells: Two<PaySummary | null> = [at(lists[0], level), at(lists[1], level)];
      return cells[0] || cells[1] ? [{ level, cells }] : [];
    });
  };
  const currencies: Two<CurrencyCode | null> = [glances[0]?.currency ?? null, glances[1]?.currency ?? null];
  const bothTotal = glances.every((glance) => (glance?.total.length ?? 0) > 0);
  return {
    currencies,
    currenciesDiffer: currencies[0] !== null && currencies[1] !== null && currencies[0] !== currencies[1],
    salary: rows((glance) => glance.salary),
    total: bothTotal ? rows((glance) => glance.total) : [],
  };
}

/** A role's skills and tools together, most listed first (a tool is a skill to a hiring manager). */
function skillsOf(guide: RoleGuide): RankedItem[] {
  const bySlug = new Map<string, RankedItem>();
  for (const item of [...guide.skillGroups.flatMap((group) => group.skills), ...guide.tools]) {
    if (!bySlug.has(item.slug)) bySlug.set(item.slug, item);
  }
  return [...bySlug.values()].sort((x, y) => y.sourceCount - x.sourceCount || x.name.localeCompare(y.name));
}

/**
 * Items listed for both (ranked by the smaller of the two counts, so a skill
 * both lean on comes before one only one of them stresses) and those listed
 * for one role only (in the order given: most listed first). Never both for
 * one item. Pure.
 */
export function splitRanked(
  a: readonly RankedItem[],
  b: readonly RankedItem[],
  shows: { shared: number; only: number },
): Split {
  const inB = new Map(b.map((item) => [item.slug, item]));
  const inA = new Set(a.map((item) => item.slug));
  const shared = a.flatMap((item): SharedItem[] => {
    const other = inB.get(item.slug);
    return other ? [{ slug: item.slug, name: item.name, counts: [item.sourceCount, other.sourceCount] }] : [];
  });
  shared.sort(
    (x, y) =>
      Math.min(...y.counts) - Math.min(...x.counts) ||
      y.counts[0] + y.counts[1] - (x.counts[0] + x.counts[1]) ||
      x.name.localeCompare(y.name),
  );
  return {
    shared: shared.slice(0, shows.shared),
    only: [
      a.filter((item) => !inB.has(item.slug)).slice(0, shows.only),
      b.filter((item) => !inA.has(item.slug)).slice(0, shows.only),
    ],
  };
}

function educationCell(guide: RoleGuide): EducationCell {
  const { articles, degrees, fields } = guide.educationSummary;
  const top = fields[0]?.articles.length ?? 0;
  return {
    articles: articles.length,
    degree: degrees[0] ?? null,
    fields: fields.filter((field) => field.articles.length === top).slice(0, SIDE_BY_SIDE_SHOWS.fields),
  };
}

function focusCell(guide: RoleGuide): FocusCell {
  return {
    items: guide.responsibilities
      .slice(0, SIDE_BY_SIDE_SHOWS.focus)
      .map((item) => ({ id: item.id, label: item.label, articles: item.articles.length })),
    articleTotal: new Set(guide.responsibilities.flatMap((item) => item.articles)).size,
  };
}
