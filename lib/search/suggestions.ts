/** What /search offers before anything is typed. Pure: derived from the records, most-discussed first. */
import type { ArticleRoles, Role, Skill } from '@/lib/content/schema';

export interface SearchSuggestion {
  name: string;
  url: string;
}

export interface SearchSuggestions {
  /** The roles most articles discuss. */
  roles: SearchSuggestion[];
  /** The skills most articles list. */
  skills: SearchSuggestion[];
}

/** Up to `limit` roles (by how many articles discuss them) and skills (by how many articles list them). */
export function getSearchSuggestions(
  records: { roles: readonly Role[]; skills: readonly Skill[]; articleRoles: readonly ArticleRoles[] },
  limit = 6,
): SearchSuggestions {
  const discussed = (slug: string) =>
    records.articleRoles.filter((link) => link.roles.some((entry) => entry.role === slug)).length;
  const roles = records.roles
    .map((role) => ({ role, count: discussed(role.slug) }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count || a.role.name.localeCompare(b.role.name))
    .slice(0, limit)
    .map(({ role }) => ({ name: role.name, url: `/roles/${role.slug}` }));
  const skills = records.skills
    .filter((skill) => skill.articles.length > 0)
    .sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((skill) => ({ name: skill.name, url: `/skills/${skill.slug}` }));
  return { roles, skills };
}
