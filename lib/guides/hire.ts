/**
 * "Which role should I hire?": the needs a hiring manager can pick and the
 * recommendation for a set of picks. The needs are the articles' hiring
 * scenarios merged with the `hiring-need` vocabulary, so one need written six
 * ways is one checkbox, grouped by the vocabulary's themes rather than by the
 * article headings they sat under. Pure and deterministic: a role scores one
 * point per picked need an article recommends it for; a need the articles give
 * to several roles counts for each and is reported as split; equal scores are
 * a tie, never broken here. No role scores without an article recommending it.
 */
import { slug as slugify } from 'github-slugger';
import type { HiringScenario, Role } from '@/lib/content/schema';
import { type RolePair, toPair } from '@/lib/guides/compare/pairs';
import { groupItems, hiringNeedStatement, mergeStatements, type MergeContext } from '@/lib/guides/merge';
import { scenarioSource } from '@/lib/guides/scenario-source';
import { type SourceLink, toSourceLink } from '@/lib/guides/source-links';

/** One need as an article states it, and the role it recommends. */
export interface NeedStatement {
  need: string;
  role: string;
  /** Roles the article names as working alongside ("AI Engineer (with DS)"). */
  alsoRoles: string[];
  /** The article's reason, `null` when it gives none (a ✔ matrix, a bare list). */
  reason: string | null;
  source: SourceLink;
  /** The other roles the same article table names: what the article weighed this role against. */
  weighedAgainst: string[];
}

/** How strongly the articles tie a need to one role. */
export interface NeedRole {
  slug: string;
  statements: number;
  articles: number;
}

export interface NeedOption {
  /** The merged need's id, the form value. */
  id: string;
  label: string;
  statements: NeedStatement[];
  /** Roles the statements recommend, most statements first. */
  roles: NeedRole[];
  articles: number;
  /** Values that named one of its statements before needs were merged, so old addresses still work. */
  aliases: string[];
}

export interface NeedGroup {
  id: string;
  title: string;
  options: NeedOption[];
}

/** The needs to pick from, merged and grouped by the vocabulary's themes. Pure. */
export function buildNeedGroups(
  scenarios: readonly HiringScenario[],
  titles: ReadonlyMap<string, string>,
  merge: Omit<MergeContext, 'role'>,
): NeedGroup[] {
  const named = new Map<string, Set<string>>();
  for (const scenario of scenarios) {
    const key = scenarioSource(scenario);
    named.set(key, new Set([...(named.get(key) ?? []), scenario.role, ...scenario.alsoRoles]));
  }
  const items = mergeStatements(scenarios.map(hiringNeedStatement), 'hiring-need', merge);
  return groupItems(items, 'hiring-need', merge.vocabulary).map(({ group, items: inGroup }) => ({
    id: group.slug,
    title: group.label,
    options: inGroup.map((item): NeedOption => {
      const statements = item.statements.map((scenario) => ({
        need: scenario.need,
        role: scenario.role,
        alsoRoles: scenario.alsoRoles,
        reason: scenario.reason,
        source: toSourceLink(scenario, titles),
        weighedAgainst: [...(named.get(scenarioSource(scenario)) ?? [])].filter((role) => role !== scenario.role),
      }));
      return {
        id: item.id,
        label: item.label,
        statements,
        roles: needRoles(item.statements),
        articles: item.articles.length,
        aliases: [...new Set(item.statements.map((scenario) => slugify(scenario.need)))],
      };
    }),
  }));
}

function needRoles(scenarios: readonly HiringScenario[]): NeedRole[] {
  const roles = [...new Set(scenarios.map((scenario) => scenario.role))].map((slug) => {
    const own = scenarios.filter((scenario) => scenario.role === slug);
    return { slug, statements: own.length, articles: new Set(own.map((scenario) => scenario.article)).size };
  });
  return roles.sort((x, y) => y.articles - x.articles || y.statements - x.statements || x.slug.localeCompare(y.slug));
}

/** What the needs rest on: how many articles state them, and the roles they recommend, most needs first. */
export function needCoverage(groups: readonly NeedGroup[]): { articles: number; roles: string[] } {
  const statements = groups.flatMap((group) => group.options.flatMap((option) => option.statements));
  const counts = new Map<string, number>();
  for (const statement of statements) counts.set(statement.role, (counts.get(statement.role) ?? 0) + 1);
  return {
    articles: new Set(statements.map((statement) => statement.source.article)).size,
    roles: [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([role]) => role),
  };
}

/** The `need` query values as a list, whatever shape the query string gives (one, many or none). */
export function readNeedParams(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return [...new Set(values.filter((item): item is string => typeof item === 'string' && item.length > 0))];
}

/** A picked need and the statements that recommend one role for it. */
export interface NeedSupport {
  option: NeedOption;
  statements: NeedStatement[];
}

export interface RoleScore {
  role: Pick<Role, 'slug' | 'name'>;
  /** Picked needs an article recommends this role for; the score is their number. */
  needs: NeedSupport[];
  score: number;
  /** Picked needs for which an article names this role as working alongside the one it recommends. */
  alongside: NeedOption[];
}

export interface Recommendation {
  picked: NeedOption[];
  /** Query values that name no need (ignored). */
  unknown: string[];
  /** Every role a picked need involves, highest score first (ties by name). */
  ranking: RoleScore[];
  /** The role(s) with the highest score: more than one is a tie. */
  leaders: RoleScore[];
  /** Picked needs the articles recommend more than one role for. */
  split: NeedOption[];
  /** Comparisons of each leading role with every other role the picks involve or the articles weighed it against. */
  comparisons: RolePair[];
}

/** Scores the roles for the picked need ids (or old per-statement ids). Unknown ids are set aside, not guessed. Pure. */
export function recommend(
  groups: readonly NeedGroup[],
  roles: readonly Pick<Role, 'slug' | 'name'>[],
  ids: readonly string[],
): Recommendation {
  const options = groups.flatMap((group) => group.options);
  const find = (id: string) =>
    options.find((option) => option.id === id) ?? options.find((option) => option.aliases.includes(id));
  const picked = [...new Set(ids.flatMap((id) => find(id) ?? []))];
  const unknown = ids.filter((id) => !find(id));
  const scores = new Map<string, RoleScore>();
  const entry = (slug: string): RoleScore | null => {
    const role = roles.find((candidate) => candidate.slug === slug);
    if (!role) return null;
    const score = scores.get(slug) ?? { role: { slug, name: role.name }, needs: [], score: 0, alongside: [] };
    scores.set(slug, score);
    return score;
  };
  for (const option of picked) {
    for (const { slug } of option.roles) {
      const score = entry(slug);
      score?.needs.push({ option, statements: option.statements.filter((statement) => statement.role === slug) });
    }
    for (const statement of option.statements) {
      for (const also of statement.alsoRoles) {
        const partner = entry(also);
        if (partner && !partner.alongside.includes(option)) partner.alongside.push(option);
      }
    }
  }
  for (const score of scores.values()) score.score = score.needs.length;
  const ranking = [...scores.values()].sort((x, y) => y.score - x.score || x.role.name.localeCompare(y.role.name));
  const top = ranking[0]?.score ?? 0;
  const leaders = top > 0 ? ranking.filter((score) => score.score === top) : [];
  return {
    picked,
    unknown,
    ranking,
    leaders,
    split: picked.filter((option) => option.roles.length > 1),
    comparisons: comparisonsFor(leaders, ranking, roles),
  };
}

function comparisonsFor(
  leaders: readonly RoleScore[],
  ranking: readonly RoleScore[],
  roles: readonly Pick<Role, 'slug'>[],
): RolePair[] {
  const known = new Set(roles.map((role) => role.slug));
  const pairs = new Map<string, RolePair>();
  for (const leader of leaders) {
    const others = new Set([
      ...ranking.map((score) => score.role.slug),
      ...leader.needs.flatMap((need) => need.statements.flatMap((statement) => statement.weighedAgainst)),
    ]);
    for (const other of others) {
      if (other === leader.role.slug || !known.has(other)) continue;
      const pair = toPair(leader.role.slug, other);
      pairs.set(pair.slug, pair);
    }
  }
  return [...pairs.values()];
}
