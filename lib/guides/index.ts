/**
 * Server-side entry to the guides: loads the records and article titles and
 * hands them to the pure builders in this folder.
 */
import 'server-only';
import path from 'node:path';
import { getArticles } from '@/lib/content/articles';
import type { Role } from '@/lib/content/schema';
import { loadPlaces } from '@/lib/content/load-places';
import { loadThemeCatalog } from '@/lib/content/load-themes';
import { createRolesIn, groupItems, roleWords, type ItemGroup, type MergeContext } from '@/lib/guides/merge';
import type { GuideFact } from '@/lib/content/schema';
import { createPlaceLookup, type PlaceLookup } from '@/lib/guides/pay/places';
import { buildComparison, comparedPairs, type ComparedPair, type ComparisonView } from '@/lib/guides/compare/view';
import { allPairs, parsePair, type ParsedPair, type RolePair } from '@/lib/guides/compare/pairs';
import { buildNeedGroups, type NeedGroup } from '@/lib/guides/hire';
import {
  isComparisonIndexed,
  INDEX_RULES,
  rolePages,
  type RoleEvidence,
  type RolePageKind,
} from '@/lib/guides/inventory';
import { hasSkillPage } from '@/lib/guides/skills/page';
import { buildPayPage, type PayPage } from '@/lib/guides/pay/page';
import { pickWorkedExample, type PaySummary } from '@/lib/guides/pay/summary';
import { buildRoleGuide, type RoleGuide } from '@/lib/guides/role/guide';
import {
  getCareerRecords,
  getCertifications,
  getGuideFacts,
  getRole,
  getRoleArticles,
  getRoles,
  getSalaryFigures,
  getSkills,
} from '@/lib/records';

/** A page of the inventory: its path, whether search engines are offered it, and what it is built from. */
export interface InventoryPage {
  path: string;
  index: boolean;
  articles: string[];
}

let inventory: Map<string, InventoryPage> | undefined;

/**
 * Every role, comparison and skill page with the inventory's decision (see
 * lib/guides/inventory.ts), by path. Built once per process.
 */
export function getPageInventory(): ReadonlyMap<string, InventoryPage> {
  if (inventory && process.env.NODE_ENV !== 'development') return inventory;
  const pages = new Map<string, InventoryPage>();
  const roleArticles = new Map<string, string[]>();
  const indexedOverviews = new Set<string>();
  for (const role of getRoles()) {
    const evidence = getRoleEvidence(role.slug);
    const guide = getRoleGuide(role.slug);
    if (!evidence || !guide) continue;
    const articles = guide.sources.map((source) => source.slug);
    roleArticles.set(role.slug, articles);
    for (const [kind, page] of rolePages(evidence)) {
      pages.set(page.path, { ...page, articles });
      if (kind === 'overview' && page.index) indexedOverviews.add(role.slug);
    }
  }
  const compared = new Set(getComparedPairs().map((pair) => pair.slug));
  for (const pair of getRolePairs()) {
    pages.set(`/compare/${pair.slug}`, {
      path: `/compare/${pair.slug}`,
      index: isComparisonIndexed({ ...pair, compared: compared.has(pair.slug) }, indexedOverviews),
      articles: [...new Set([...(roleArticles.get(pair.a) ?? []), ...(roleArticles.get(pair.b) ?? [])])],
    });
  }
  for (const skill of getSkills().filter(hasSkillPage)) {
    pages.set(`/skills/${skill.slug}`, {
      path: `/skills/${skill.slug}`,
      index: INDEX_RULES.skill({ slug: skill.slug, articles: skill.articles.length }),
      articles: skill.articles,
    });
  }
  inventory = pages;
  return pages;
}

/** Whether search engines are offered this page; pages outside the inventory (site-wide lists) are. */
export function isIndexed(path: string): boolean {
  return getPageInventory().get(path)?.index ?? true;
}

let placeLookup: PlaceLookup | undefined;
let mergeContext: Omit<MergeContext, 'role'> | undefined;

/** The theme vocabulary and role names statements are merged with, read once; an invalid vocabulary fails the build. */
export function getMergeContext(): Omit<MergeContext, 'role'> {
  if (mergeContext) return mergeContext;
  const { catalog, errors } = loadThemeCatalog(path.join(process.cwd(), 'content', 'catalog', 'themes.yaml'));
  if (!catalog) throw new Error(`Invalid theme vocabulary:\n${errors.join('\n')}`);
  const roles = getRoles();
  mergeContext = { vocabulary: catalog, stopRoleWords: roleWords(roles), rolesIn: createRolesIn(roles) };
  return mergeContext;
}

/** The place catalogue as a lookup, read once per process; an invalid catalogue fails the build. */
export function getPlaceLookup(): PlaceLookup {
  if (placeLookup) return placeLookup;
  const { items, errors } = loadPlaces(path.join(process.cwd(), 'content'));
  if (errors.length > 0) throw new Error(`Invalid place catalogue:\n${errors.join('\n')}`);
  placeLookup = createPlaceLookup(items);
  return placeLookup;
}

function articleTitles(): Map<string, string> {
  return new Map(getArticles().map((article) => [article.slug, article.title]));
}

/**
 * Guides built once per process, like the records they are made from: every
 * role page asks which roles have a page of its kind, which needs every
 * role's guide, so building them per call made each page's cost grow with
 * the number of roles times the number of articles.
 */
const roleGuides = new Map<string, RoleGuide>();

/**
 * The guide for one role, or `undefined` for an unknown slug. The guide page,
 * its structured data, its social image and the feed all read this one view.
 */
export function getRoleGuide(slug: string): RoleGuide | undefined {
  const reuse = process.env.NODE_ENV !== 'development';
  const built = reuse ? roleGuides.get(slug) : undefined;
  if (built) return built;
  // Unknown slugs (from a URL) are not remembered, so they cannot grow the map.
  const role = getRole(slug);
  if (!role) return undefined;
  const guide = buildGuide(role);
  if (reuse) roleGuides.set(slug, guide);
  return guide;
}

function buildGuide(role: Role): RoleGuide {
  const slug = role.slug;
  return buildRoleGuide({
    role,
    roles: getRoles(),
    figures: getSalaryFigures({ role: slug }),
    facts: getGuideFacts(slug),
    skills: getSkills(slug),
    certifications: getCertifications(slug),
    discussedIn: getRoleArticles(slug),
    articles: getArticles(),
    placeOf: getPlaceLookup(),
    merge: getMergeContext(),
  });
}

/**
 * Comparisons built once per process, like the guides: the page and its
 * metadata each ask for one, and with 1,000 articles building one took
 * about 10 ms.
 */
const comparisons = new Map<string, ComparisonView>();

/** Every role pair, canonical order. */
export function getRolePairs(): RolePair[] {
  return allPairs(getRoles().map((role) => role.slug));
}

/** Reads a `/compare/<pair>` segment against the published roles. */
export function readPairSegment(segment: string): ParsedPair {
  return parsePair(
    segment,
    getRoles().map((role) => role.slug),
  );
}

/** The comparison page's content, or `null` for an unknown or same-role pair. */
export function getComparison(first: string, second: string): ComparisonView | null {
  const a = getRoleGuide(first);
  const b = getRoleGuide(second);
  if (!a || !b) return null;
  const reuse = process.env.NODE_ENV !== 'development';
  const key = `${first} ${second}`;
  const built = reuse ? comparisons.get(key) : undefined;
  if (built) return built;
  const records = getCareerRecords();
  const view = buildComparison({
    guides: [a, b],
    comparisonRows: records.comparisonRows,
    hiringScenarios: records.hiringScenarios,
    titles: articleTitles(),
    merge: getMergeContext(),
  });
  // Only pairs of published roles get here, so the map holds at most one view per pair.
  if (reuse && view) comparisons.set(key, view);
  return view;
}

/** Pairs the articles compare directly, most compared first. */
export function getComparedPairs(): ComparedPair[] {
  return comparedPairs(getCareerRecords());
}

/** The needs a hiring manager can pick on /hire: the articles' hiring needs, merged and grouped by theme. */
export function getNeedGroups(): NeedGroup[] {
  return buildNeedGroups(getCareerRecords().hiringScenarios, articleTitles(), getMergeContext());
}

/** What a role's pages would show, counted, for the page inventory. */
export function getRoleEvidence(slug: string): RoleEvidence | undefined {
  const guide = getRoleGuide(slug);
  if (!guide) return undefined;
  const skills = guide.skillGroups.reduce((sum, group) => sum + group.skills.length, 0) + guide.tools.length;
  return {
    slug,
    articles: guide.sources.length,
    figures: guide.pay.figureCount,
    skills,
    certifications: guide.certifications.length,
    education: guide.education.reduce((sum, group) => sum + group.facts.length, 0),
    responsibilities: guide.responsibilities.length,
    careerSteps: guide.careerPath.length,
    questions: guide.interviewQuestions.length + guide.faqs.length,
  };
}

/** The roles that have a page of this kind (see `rolePages`). */
export function getRolePages(kind: RolePageKind): string[] {
  return getRoles().flatMap((role) => {
    const evidence = getRoleEvidence(role.slug);
    return evidence && rolePages(evidence).has(kind) ? [role.slug] : [];
  });
}

/** The pay page's content, or `undefined` for a role without one. */
export function getRolePayPage(slug: string): { guide: RoleGuide; page: PayPage } | undefined {
  const guide = getRoleGuide(slug);
  if (!guide || guide.pay.figureCount === 0) return undefined;
  const page = buildPayPage(
    getSalaryFigures({ role: slug }),
    guide.pay.summaries,
    getPlaceLookup(),
    guide.pay.glance?.currency ?? null,
  );
  return { guide, page };
}

/** A real pay summary to work through on the About page, with its role. */
export function getPayWorkedExample(): { role: Role; summary: PaySummary } | null {
  const all = getRoles().flatMap((role) =>
    (getRoleGuide(role.slug)?.pay.summaries ?? []).map((summary) => ({ role, summary })),
  );
  const picked = pickWorkedExample(all.map((entry) => entry.summary));
  return all.find((entry) => entry.summary === picked) ?? null;
}

/** The merged lists a role's topic pages show, by display group. */
export type RoleTopic = 'responsibilities' | 'career-path' | 'interview-questions';

export interface RoleTopicPage {
  guide: RoleGuide;
  /** One list of groups per kind the page shows (interview questions, then FAQs). */
  sections: { kind: 'responsibility' | 'career-step' | 'interview-question' | 'faq'; groups: ItemGroup<GuideFact>[] }[];
}

/** A topic page's content, or `undefined` when the role has no such page (see `rolePages`). */
export function getRoleTopicPage(slug: string, topic: RoleTopic): RoleTopicPage | undefined {
  const guide = getRoleGuide(slug);
  const evidence = getRoleEvidence(slug);
  if (!guide || !evidence || !rolePages(evidence).has(topic)) return undefined;
  const { vocabulary } = getMergeContext();
  const kinds = {
    responsibilities: [['responsibility', guide.responsibilities]],
    'career-path': [['career-step', guide.careerPath]],
    'interview-questions': [
      ['interview-question', guide.interviewQuestions],
      ['faq', guide.faqs],
    ],
  } as const;
  return {
    guide,
    sections: kinds[topic]
      .filter(([, items]) => items.length > 0)
      .map(([kind, items]) => ({ kind, groups: groupItems(items, kind, vocabulary) })),
  };
}

/**
 * A merged responsibility to show on the About page: the one most articles
 * share (then most statements), with its role; `null` when nothing merged.
 */
export function getMergeExample(): { role: Role; item: RoleGuide['responsibilities'][number] } | null {
  const all = getRoles().flatMap((role) =>
    (getRoleGuide(role.slug)?.responsibilities ?? []).map((item) => ({ role, item })),
  );
  const [best] = all
    .filter((entry) => entry.item.theme !== null && entry.item.articles.length > 1)
    .sort(
      (a, b) =>
        b.item.articles.length - a.item.articles.length ||
        b.item.statements.length - a.item.statements.length ||
        a.item.id.localeCompare(b.item.id),
    );
  return best ?? null;
}
