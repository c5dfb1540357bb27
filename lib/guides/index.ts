/**
 * Server-side entry to the guides: loads the records and article titles and
 * hands them to the pure builders in this folder.
 */
import 'server-only';
import { getArticles } from '@/lib/content/articles';
import type { Role } from '@/lib/content/schema';
import { loadPlaces } from '@/lib/content/load-places';
import { createPlaceLookup, type PlaceLookup } from '@/lib/guides/pay/places';
import { buildComparison, comparedPairs, type ComparedPair, type ComparisonView } from '@/lib/guides/compare/view';
import { allPairs, parsePair, type ParsedPair, type RolePair } from '@/lib/guides/compare/pairs';
import { buildNeedGroups, type NeedGroup } from '@/lib/guides/hire';
import { rolePages, type RoleEvidence, type RolePageKind } from '@/lib/guides/inventory';
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

let placeLookup: PlaceLookup | undefined;

/** The place catalogue as a lookup, read once per process; an invalid catalogue fails the build. */
export function getPlaceLookup(): PlaceLookup {
  if (placeLookup) return placeLookup;
  const { items, errors } = loadPlaces();
  if (errors.length > 0) throw new Error(`Invalid place catalogue:\n${errors.join('\n')}`);
  placeLookup = createPlaceLookup(items);
  return placeLookup;
}

function articleTitles(): Map<string, string> {
  return new Map(getArticles().map((article) => [article.slug, article.title]));
}

/**
 * The guide for one role, or `undefined` for an unknown slug. The guide page,
 * its structured data, its social image and the feed all read this one view.
 */
export function getRoleGuide(slug: string): RoleGuide | undefined {
  const role = getRole(slug);
  if (!role) return undefined;
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
  });
}

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
  return buildComparison(getCareerRecords(), articleTitles(), first, second);
}

/** Pairs the articles compare directly, most compared first. */
export function getComparedPairs(): ComparedPair[] {
  return comparedPairs(getCareerRecords());
}

/** The needs a hiring manager can pick on /hire. */
export function getNeedGroups(): NeedGroup[] {
  return buildNeedGroups(getCareerRecords(), articleTitles());
}

/** What a role's pages would show, counted, for the page inventory. */
export function getRoleEvidence(slug: string): RoleEvidence | undefined {
  const guide = getRoleGuide(slug);
  if (!guide) return undefined;
  const skills = guide.skillGroups.reduce((sum, group) => sum + group.skills.length, 0) + guide.tools.length;
  const count = (groups: RoleGuide['responsibilities']) => groups.reduce((sum, group) => sum + group.facts.length, 0);
  return {
    slug,
    articles: guide.sources.length,
    figures: guide.pay.figureCount,
    skills,
    certifications: guide.certifications.length,
    education: count(guide.education),
    responsibilities: count(guide.responsibilities),
    careerSteps: count(guide.careerPath),
    questions: count(guide.interviewQuestions) + count(guide.faqs),
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
