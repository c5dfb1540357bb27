import path from 'node:path';
import { loadArticles } from '@/lib/content/load-articles';
import { loadPlaces } from '@/lib/content/load-places';
import { createRolesIn, roleWords, type MergeContext } from '@/lib/guides/merge';
import { createPlaceLookup } from '@/lib/guides/pay/places';
import { buildRoleGuide, type RoleGuide } from '@/lib/guides/role/guide';
import { records, vocabulary } from '../merge/real-records';

const CONTENT = path.resolve(import.meta.dirname, '../../../../content');

export { records, vocabulary };

/** The merge context the site uses, built from the real vocabulary and roles. */
export const merge: Omit<MergeContext, 'role'> = {
  vocabulary,
  stopRoleWords: roleWords(records.roles),
  rolesIn: createRolesIn(records.roles),
};

const articles = loadArticles(path.join(CONTENT, 'articles')).articles;
const placeOf = createPlaceLookup(loadPlaces(CONTENT).items);

/** Article slug -> title, as the pages name their sources. */
export const titles = new Map(articles.map((article) => [article.slug, article.title]));

/** A role's guide built from the published records, as `getRoleGuide` builds it. */
export function realGuide(slug: string): RoleGuide {
  const role = records.roles.find((entry) => entry.slug === slug);
  if (!role) throw new Error(`No role ${slug}`);
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
