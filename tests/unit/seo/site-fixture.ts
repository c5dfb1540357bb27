import path from 'node:path';
import { loadArticles } from '@/lib/content/load-articles';
import { loadPlaces } from '@/lib/content/load-places';
import { loadThemeCatalog } from '@/lib/content/load-themes';
import { createRolesIn, roleWords } from '@/lib/guides/merge';
import { createPlaceLookup } from '@/lib/guides/pay/places';
import { buildRoleGuide, type RoleGuide } from '@/lib/guides/role/guide';
import { records } from '../guides/records-fixture';

const CONTENT = path.resolve(import.meta.dirname, '../../../content');

export { SITE } from './site-url';
export const ROLES_DIR = path.join(CONTENT, 'roles');
export const { articles } = loadArticles(path.join(CONTENT, 'articles'));
export { records };

export const places = loadPlaces(CONTENT).items;
const placeOf = createPlaceLookup(places);
const vocabulary = loadThemeCatalog(path.join(CONTENT, 'catalog', 'themes.yaml')).catalog;
if (!vocabulary) throw new Error('invalid theme vocabulary');
const merge = { vocabulary, stopRoleWords: roleWords(records.roles), rolesIn: createRolesIn(records.roles) };

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
