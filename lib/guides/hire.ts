/**
 * "Which role should I hire?": the needs a hiring manager can pick, built
 * from the articles' hiring scenarios (grouped by the table they come from)
 * and the roles' stated focus, and the recommendation for a set of picks.
 * Pure and deterministic: a role scores one point per picked need an article
 * matches to it; equal scores are reported as a tie, never broken silently.
 */
import { slug as slugify } from 'github-slugger';
import type { Role } from '@/lib/content/schema';
import type { CareerRecords } from '@/lib/records/build-records';
import { type SourceLink, toSourceLink } from '@/lib/guides/source-links';

/** One reason an article gives for a role, for one need. */
export interface NeedMatch {
  role: string;
  /** Roles the article names as working alongside. */
  alsoRoles: string[];
  /** The article's words for why (a justification cell, or the focus it states), `null` if it gives none. */
  reason: string | null;
  source: SourceLink;
}

export interface NeedOption {
  /** Stable id for the form value: the need's words as a slug. */
  id: string;
  label: string;
  matches: NeedMatch[];
}

export interface NeedGroup {
  id: string;
  title: string;
  options: NeedOption[];
}

const FOCUS_CRITERION = /\bfocus\b|objective/i;

/** The groups of needs to pick from. Identical needs in several tables are one option. Pure. */
export function buildNeedGroups(records: CareerRecords, titles: ReadonlyMap<string, string>): NeedGroup[] {
  const groups = new Map<string, NeedGroup>();
  const options = new Map<string, NeedOption>();
  const add = (groupId: string, title: string, label: string, match: NeedMatch) => {
    const id = slugify(label);
    if (!id) return;
    const existing = options.get(id);
    if (existing) {
      existing.matches.push(match);
      return;
    }
    const option: NeedOption = { id, label, matches: [match] };
    options.set(id, option);
    const group = groups.get(groupId) ?? { id: groupId, title, options: [] };
    group.options.push(option);
    groups.set(groupId, group);
  };
  for (const scenario of records.hiringScenarios) {
    add(`${scenario.article}-${scenario.table.index}`, scenario.section ?? 'Hiring needs', scenario.need, {
      role: scenario.role,
      alsoRoles: scenario.alsoRoles,
      reason: scenario.reason,
      source: toSourceLink(scenario, titles),
    });
  }
  // What each role's work centres on, as the side-by-side tables state it.
  for (const row of records.comparisonRows.filter((candidate) => FOCUS_CRITERION.test(candidate.criterion))) {
    for (const value of row.values) {
      add('focus', 'What the work should focus on', value.text, {
        role: value.role,
        alsoRoles: [],
        reason: `${row.criterion}: ${value.text}`,
        source: toSourceLink(row, titles),
      });
    }
  }
  return [...groups.values()];
}

/** The `need` query values as a list, whatever shape the query string gives (one, many or none). */
export function readNeedParams(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return [...new Set(values.filter((item): item is string => typeof item === 'string' && item.length > 0))];
}

export interface RoleScore {
  role: Pick<Role, 'slug' | 'name'>;
  /** Picked needs an article matches to this role. */
  score: number;
  reasons: { need: string; match: NeedMatch }[];
  /** Picked needs for which an article names this role as working alongside another. */
  alongside: string[];
}

export interface Recommendation {
  picked: NeedOption[];
  /** Query values that name no need (ignored). */
  unknown: string[];
  /** Every role with a score, highest first (ties by name). */
  ranking: RoleScore[];
  /** The role(s) with the highest score: more than one is a tie. */
  leaders: RoleScore[];
}

/** Scores the roles for the picked need ids. Unknown ids are set aside, not guessed. Pure. */
export function recommend(
  groups: readonly NeedGroup[],
  roles: readonly Role[],
  ids: readonly string[],
): Recommendation {
  const byId = new Map(groups.flatMap((group) => group.options.map((option) => [option.id, option] as const)));
  const picked = ids.flatMap((id) => byId.get(id) ?? []);
  const unknown = ids.filter((id) => !byId.has(id));
  const scores = new Map<string, RoleScore>();
  const entry = (slug: string): RoleScore | null => {
    const role = roles.find((candidate) => candidate.slug === slug);
    if (!role) return null;
    const score = scores.get(slug) ?? { role: { slug, name: role.name }, score: 0, reasons: [], alongside: [] };
    scores.set(slug, score);
    return score;
  };
  for (const option of picked) {
    const counted = new Set<string>();
    for (const match of option.matches) {
      const score = entry(match.role);
      if (!score) continue;
      // A need stated in two tables is still one need.
      if (!counted.has(match.role)) score.score += 1;
      counted.add(match.role);
      score.reasons.push({ need: option.label, match });
      for (const also of match.alsoRoles) {
        const partner = entry(also);
        if (partner && !partner.alongside.includes(option.label)) partner.alongside.push(option.label);
      }
    }
  }
  const ranking = [...scores.values()]
    .filter((score) => score.score > 0 || score.alongside.length > 0)
    .sort((x, y) => y.score - x.score || x.role.name.localeCompare(y.role.name));
  const top = ranking[0]?.score ?? 0;
  return { picked, unknown, ranking, leaders: top > 0 ? ranking.filter((score) => score.score === top) : [] };
}
