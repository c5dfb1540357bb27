/**
 * Server-side entry to the guides: loads the records and article titles and
 * hands them to the pure builders in this folder.
 */
import 'server-only';
import { getArticles } from '@/lib/content/articles';
import { loadPlaces } from '@/lib/content/load-places';
import { createPlaceLookup, type PlaceLookup } from '@/lib/guides/pay/places';
import { buildComparison, comparedPairs, type ComparedPair, type ComparisonView } from '@/lib/guides/compare/view';
import { allPairs, parsePair, type ParsedPair, type RolePair } from '@/lib/guides/compare/pairs';
import { buildNeedGroups, type NeedGroup } from '@/lib/guides/hire';
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
