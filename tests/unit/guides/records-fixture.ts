/**
 * The published content, loaded once for the tests that check guides against
 * the real articles: the records, the article titles, the place catalogue,
 * the theme vocabulary and role guides built the way `getRoleGuide` builds them.
 */
import path from 'node:path';
import { loadArticles } from '@/lib/content/load-articles';
import { loadPlaces } from '@/lib/content/load-places';
import { loadThemeCatalog } from '@/lib/content/load-themes';
import { createRolesIn, roleWords, type MergeContext } from '@/lib/guides/merge';
import { createPlaceLookup } from '@/lib/guides/pay/places';
import { buildRoleGuide, type RoleGuide } from '@/lib/guides/role/guide';
import { loadCareerRecords } from '@/lib/records/load-records';

export const CONTENT = path.resolve(import.meta.dirname, '../../../content');

export const { records } = loadCareerRecords(CONTENT);
export const { articles } = loadArticles(path.join(CONTENT, 'articles'));
/** Article slug -> title, as the pages name their sources. */
export const titles = new Map(articles.map((article) => [article.slug, article.title]));
export const places = loadPlaces(CONTENT).items;
const placeOf = createPlaceLookup(places);

const loaded = loadThemeCatalog(path.join(CONTENT, 'catalog', 'themes.yaml'));
if (!loaded.catalog) throw new Error(loaded.errors.join('\n'));
export const vocabulary = loaded.catalog;

/** The merge context the site uses, built from the real vocabulary and roles. */
export const merge: Omit<MergeContext, 'role'> = {
  vocabulary,
  stopRoleWords: roleWords(records.roles),
  rolesIn: createRolesIn(records.roles),
};

/** A role's guide from the published records, selected the way lib/records' getters select them. */
export function guideFor(slug: string): RoleGuide {
  const role = records.roles.find((entry) => entry.slug === slug);
  if (!role) throw new Error(`no role ${slug}`);
  return buildRoleGuide({
    role,
    roles: records.roles,
    figures: records.salaries.filter((figure) => figure.role.slug === slug),
    facts: records.guideFacts.filter((fact) => fact.role === slug),
    skills: records.skills.filter((skill) => skill.roles.some((entry) => entry.role === slug)),
    certifications: records.certifications.filter((certification) => certification.roles.includes(slug)),
    discussedIn: records.articleRoles
      .filter((link) => link.roles.some((entry) => entry.role === slug))
      .map((link) => link.article),
    articles,
    placeOf,
    merge,
  });
}
