/**
 * View models for /skills and /skills/<skill>. Pure: pages pass the records
 * in, so what the pages show (and in what order) is unit-tested here.
 */
import { skillCategories, type Article, type Role, type Skill, type SkillCategory } from '@/lib/content/schema';
import { skillCategoryNames, skillTypeNames } from '@/lib/guides/skills/categories';

export interface SkillRoleLink {
  slug: string;
  name: string;
  /** How many articles list the skill for this role. */
  articleCount: number;
}

export interface SkillSummary {
  slug: string;
  name: string;
  isTool: boolean;
  typeName: string;
  articleCount: number;
  /** Ranked by `articleCount`, then by name. */
  roles: SkillRoleLink[];
}

export interface SkillCategoryGroup {
  category: SkillCategory;
  name: string;
  /** Most-listed first, then by name. */
  skills: SkillSummary[];
}

export interface SkillsIndex {
  groups: SkillCategoryGroup[];
  /** Every skill that has a page (some article lists it). */
  skillCount: number;
}

export interface SkillPage extends SkillSummary {
  category: SkillCategory;
  categoryName: string;
  aliases: string[];
  /** The articles that list it, in the order given (the site's article order). */
  articles: { slug: string; title: string }[];
  /** Skills listed in the most of the same articles, most shared first (counted, not judged). */
  listedWith: { slug: string; name: string; sharedArticles: number }[];
}

/** How many co-listed skills a skill page names. */
export const LISTED_WITH = 8;

/**
 * The skills listed in the most of the articles that list `skill`: a count
 * of shared articles, at least two, most first, then by name. Pure.
 */
export function listedWith(skill: Skill, skills: readonly Skill[]): SkillPage['listedWith'] {
  const own = new Set(skill.articles);
  return skills
    .filter((other) => other.slug !== skill.slug)
    .map((other) => ({
      slug: other.slug,
      name: other.name,
      sharedArticles: other.articles.filter((article) => own.has(article)).length,
    }))
    .filter((entry) => entry.sharedArticles >= 2)
    .sort((a, b) => b.sharedArticles - a.sharedArticles || a.name.localeCompare(b.name))
    .slice(0, LISTED_WITH);
}

/** Only skills some article lists get a page; a catalogue entry nobody mentions has nothing to show. */
export function hasSkillPage(skill: Skill): boolean {
  return skill.articles.length > 0;
}

function roleLinks(skill: Skill, roles: readonly Role[]): SkillRoleLink[] {
  const names = new Map(roles.map((role) => [role.slug, role.name]));
  return skill.roles
    .map((entry) => ({
      slug: entry.role,
      name: names.get(entry.role) ?? entry.role,
      articleCount: entry.articles.length,
    }))
    .sort((a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name));
}

function toSummary(skill: Skill, roles: readonly Role[]): SkillSummary {
  return {
    slug: skill.slug,
    name: skill.name,
    isTool: skill.type === 'tool',
    typeName: skillTypeNames[skill.type],
    articleCount: skill.articles.length,
    roles: roleLinks(skill, roles),
  };
}

/** Skills with a page, grouped by catalogue category in `skillCategories` order; empty categories left out. */
export function getSkillsIndex(skills: readonly Skill[], roles: readonly Role[]): SkillsIndex {
  const listed = skills.filter(hasSkillPage);
  const groups = skillCategories
    .map((category) => ({
      category,
      name: skillCategoryNames[category],
      skills: listed
        .filter((skill) => skill.category === category)
        .map((skill) => toSummary(skill, roles))
        .sort((a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name)),
    }))
    .filter((group) => group.skills.length > 0);
  return { groups, skillCount: listed.length };
}

/** One skill's page: who needs it (ranked by sources), where it is listed, what else it is called. */
export function getSkillPage(
  skill: Skill,
  roles: readonly Role[],
  articles: readonly Article[],
  /** Every skill, for what is listed with this one. */
  skills: readonly Skill[],
): SkillPage {
  const listing = new Set(skill.articles);
  return {
    ...toSummary(skill, roles),
    category: skill.category,
    categoryName: skillCategoryNames[skill.category],
    aliases: [...skill.aliases],
    articles: articles
      .filter((article) => listing.has(article.slug))
      .map((article) => ({ slug: article.slug, title: article.title })),
    listedWith: listedWith(skill, skills),
  };
}
