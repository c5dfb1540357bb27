/**
 * The comparison page's content for two roles. It answers first: a table
 * synthesised from the two role guides (pay by level from their computed
 * summaries, skills shared and apart, education, certifications, focus,
 * evidence); then when the articles recommend each role; then the articles'
 * own side-by-side tables as evidence. Pure: guides and records in, a plain
 * view model out. Nothing is averaged across the two roles or filled in.
 */
import type { ComparisonRow, HiringScenario } from '@/lib/content/schema';
import {
  type ArticleTable,
  type ComparedRow,
  groupByTable,
  isFocusRow,
  rowsForPair,
} from '@/lib/guides/compare/article-rows';
import { buildChooseWhen, scenariosForPair, type ChooseWhen } from '@/lib/guides/compare/choose';
import { type RolePair, toPair } from '@/lib/guides/compare/pairs';
import { buildSideBySide, type SideBySide, type Two } from '@/lib/guides/compare/side-by-side';
import type { MergeContext } from '@/lib/guides/merge';
import type { PayGlance } from '@/lib/guides/pay/glance';
import { scenarioSource } from '@/lib/guides/scenario-source';
import type { ArticleMeta, RoleGuide } from '@/lib/guides/role/guide';
import type { CareerRecords } from '@/lib/records/build-records';

export type { Two } from '@/lib/guides/compare/side-by-side';

export interface RoleSummary {
  slug: string;
  name: string;
  tagline: string;
  href: string;
  /** The role's yearly pay by level in its main currency, as its guide computes it. */
  glance: PayGlance | null;
}

export interface ComparisonView {
  pair: RolePair;
  roles: Two<RoleSummary>;
  /** The synthesised table the page opens with. */
  table: SideBySide;
  /** The articles' "Primary Focus"-type rows, quoted in the table (at most `FOCUS_ROWS`). */
  focusRows: ComparedRow[];
  /** When to choose each; `null` when no article compares the two directly. */
  choose: ChooseWhen | null;
  /** The articles' own side-by-side tables for the two, as evidence. */
  articleTables: ArticleTable[];
  /** Articles that compare the two directly: those of the side-by-side rows, then of the hiring needs. */
  comparedIn: ArticleMeta[];
  /** Whether any article compares the two directly (side-by-side rows or hiring scenarios). */
  compared: boolean;
  /** The newest publication date among the articles either guide draws on. */
  newest: string | null;
}

/** Focus rows quoted in the opening table; the rest stay in the articles' tables below. */
export const FOCUS_ROWS = 3;

export interface ComparisonInput {
  /** The two roles' guides, in either order. */
  guides: Two<RoleGuide>;
  comparisonRows: readonly ComparisonRow[];
  hiringScenarios: readonly HiringScenario[];
  titles: ReadonlyMap<string, string>;
  merge: Omit<MergeContext, 'role'>;
}

/** Everything the page shows for two guides; `null` for the same role twice. */
export function buildComparison(input: ComparisonInput): ComparisonView | null {
  const [first, second] = input.guides;
  if (first.role.slug === second.role.slug) return null;
  const pair = toPair(first.role.slug, second.role.slug);
  const guides: Two<RoleGuide> = first.role.slug === pair.a ? [first, second] : [second, first];
  const slugs: Two<string> = [pair.a, pair.b];
  const rows = rowsForPair(input.comparisonRows, slugs, input.titles);
  const scenarios = scenariosForPair(input.hiringScenarios, slugs);
  const compared = rows.length > 0 || scenarios.length > 0;
  const comparing = new Set([...rows.map((row) => row.source.article), ...scenarios.map((s) => s.article)]);
  const sources = [...guides[0].sources, ...guides[1].sources];
  const focusRows = rows.filter(isFocusRow).slice(0, FOCUS_ROWS);
  // A row the table already quotes is not repeated under "choose when".
  const otherRows = rows.filter((row) => !focusRows.includes(row));
  return {
    pair,
    roles: [summary(guides[0]), summary(guides[1])],
    table: buildSideBySide(guides),
    focusRows,
    choose: compared
      ? buildChooseWhen({ pair: slugs, scenarios, rows: otherRows, titles: input.titles, merge: input.merge })
      : null,
    articleTables: groupByTable(rows),
    comparedIn: [...comparing].map(
      (slug) =>
        sources.find((source) => source.slug === slug) ?? {
          slug,
          title: input.titles.get(slug) ?? slug,
          publishedAt: null,
          sourceUrl: null,
        },
    ),
    compared,
    newest: [guides[0].newest, guides[1].newest].reduce<string | null>(
      (newest, date) => (date !== null && (newest === null || date > newest) ? date : newest),
      null,
    ),
  };
}

function summary({ role, pay }: RoleGuide): RoleSummary {
  return { slug: role.slug, name: role.name, tagline: role.tagline, href: `/roles/${role.slug}`, glance: pay.glance };
}

export interface ComparedPair extends RolePair {
  rows: number;
  scenarios: number;
}

/** Pairs the articles compare directly, most compared first. */
export function comparedPairs(records: Pick<CareerRecords, 'comparisonRows' | 'hiringScenarios'>): ComparedPair[] {
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
  // A scenario table (or an article's hiring sentences) that names several roles, as picks or working
  // alongside, compares each two of them, once per need.
  const tables = new Map<string, { roles: Set<string>; needs: number }>();
  for (const scenario of records.hiringScenarios) {
    const key = scenarioSource(scenario);
    const table = tables.get(key) ?? { roles: new Set<string>(), needs: 0 };
    for (const role of [scenario.role, ...scenario.alsoRoles]) table.roles.add(role);
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
