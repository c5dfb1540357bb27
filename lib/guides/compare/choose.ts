/**
 * "Choose A when…, choose B when…" for a pair, from what the articles say
 * when they weigh the two against each other: the hiring needs of tables that
 * name both roles, merged with the `hiring-need` vocabulary (so "Need real-time
 * model deployment" and "Deploying production-ready ML models" are one need),
 * and the side-by-side rows that say what each role's work looks like. Every
 * need is attributed to the role its articles recommend; a need the articles
 * give to both is set apart as split, never settled here. Pure.
 */
import type { HiringScenario } from '@/lib/content/schema';
import { type ComparedRow, isWorkRow } from '@/lib/guides/compare/article-rows';
import type { Two } from '@/lib/guides/compare/side-by-side';
import { hiringNeedStatement, mergeStatements, type MergeContext } from '@/lib/guides/merge';
import { scenarioSource } from '@/lib/guides/scenario-source';
import { type SourceLink, toSourceLink } from '@/lib/guides/source-links';

/** One need as an article writes it, with its reason and where it is. */
export interface NeedQuote {
  need: string;
  /** The article's justification; `null` when it gives none (a ✔ matrix, a bare list). */
  reason: string | null;
  /** The role cell as written when it names the other role too ("AI Engineer (with DS)"). */
  together: string | null;
  source: SourceLink;
}

/** A merged need and the articles' words for it. */
export interface ChooseNeed {
  /** The merged item's id (stable: the theme's slug for a themed need). */
  id: string;
  label: string;
  /** Distinct articles stating it. */
  articles: number;
  quotes: NeedQuote[];
}

/** A need some statements give to one role and others to the other. */
export interface SplitNeed extends Omit<ChooseNeed, 'quotes'> {
  quotes: Two<NeedQuote[]>;
}

/** What one article table says a role's work is: its rows' criteria and this role's cells. */
export interface WorkQuotes {
  source: SourceLink;
  rows: { criterion: string; text: string }[];
}

export interface ChooseSide {
  /** Needs the articles recommend this role for, most articles (then statements) first. */
  needs: ChooseNeed[];
  /** By article table, in reading order. */
  work: WorkQuotes[];
}

export interface ChooseWhen {
  sides: Two<ChooseSide>;
  split: SplitNeed[];
}

/** Whether the articles match any hiring need to either role of the pair. */
export function hasNeeds(choose: ChooseWhen): boolean {
  return choose.split.length > 0 || choose.sides.some((side) => side.needs.length > 0);
}

/** Whether the articles say anything about when to choose either role. */
export function hasChoice(choose: ChooseWhen): boolean {
  return choose.split.length > 0 || choose.sides.some((side) => side.needs.length > 0 || side.work.length > 0);
}

/**
 * The scenarios of article tables that name both roles (as the pick or as
 * working alongside), keeping those that recommend one of the two.
 */
export function scenariosForPair(scenarios: readonly HiringScenario[], [a, b]: Two<string>): HiringScenario[] {
  const named = new Map<string, Set<string>>();
  for (const scenario of scenarios) {
    const key = scenarioSource(scenario);
    const roles = named.get(key) ?? new Set<string>();
    for (const role of [scenario.role, ...scenario.alsoRoles]) roles.add(role);
    named.set(key, roles);
  }
  return scenarios.filter((scenario) => {
    const roles = named.get(scenarioSource(scenario));
    return roles?.has(a) && roles.has(b) && (scenario.role === a || scenario.role === b);
  });
}

/** When to choose each role of the pair, from its scenarios and side-by-side rows. Pure. */
export function buildChooseWhen(input: {
  pair: Two<string>;
  scenarios: readonly HiringScenario[];
  rows: readonly ComparedRow[];
  titles: ReadonlyMap<string, string>;
  merge: Omit<MergeContext, 'role'>;
}): ChooseWhen {
  const { pair, titles } = input;
  const statements = scenariosForPair(input.scenarios, pair).map(hiringNeedStatement);
  const items = mergeStatements(statements, 'hiring-need', input.merge);
  const sides: Two<ChooseSide> = [
    { needs: [], work: [] },
    { needs: [], work: [] },
  ];
  const split: SplitNeed[] = [];
  for (const item of items) {
    const quotes = pair.map((role) =>
      item.statements.filter((statement) => statement.role === role).map((statement) => quote(statement, pair, titles)),
    ) as Two<NeedQuote[]>;
    const base = { id: item.id, label: item.label, articles: item.articles.length };
    if (quotes[0].length > 0 && quotes[1].length > 0) split.push({ ...base, quotes });
    else
      sides[quotes[0].length > 0 ? 0 : 1].needs.push({ ...base, quotes: quotes[0].length > 0 ? quotes[0] : quotes[1] });
  }
  for (const row of input.rows.filter(isWorkRow)) {
    row.values.forEach((text, side) => {
      const { work } = sides[side as 0 | 1];
      const last = work.at(-1);
      if (last?.source.href === row.source.href) last.rows.push({ criterion: row.criterion, text });
      else work.push({ source: row.source, rows: [{ criterion: row.criterion, text }] });
    });
  }
  return { sides, split };
}

function quote(scenario: HiringScenario, [a, b]: Two<string>, titles: ReadonlyMap<string, string>): NeedQuote {
  const other = scenario.role === a ? b : a;
  return {
    need: scenario.need,
    reason: scenario.reason,
    together: scenario.alsoRoles.includes(other) ? scenario.roleAsWritten : null,
    source: toSourceLink(scenario, titles),
  };
}
