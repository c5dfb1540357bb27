/** Reader-facing names for the skill catalogue's categories and types, kept in one place. */
import type { SkillCatalogEntry, SkillCategory } from '@/lib/content/schema';

/** In `skillCategories` order, which is the order pages list them in. */
export const skillCategoryNames: Record<SkillCategory, string> = {
  programming: 'Programming languages',
  'ml-frameworks': 'Machine learning frameworks and libraries',
  'mlops-cloud': 'MLOps, cloud and deployment',
  data: 'Data and analytics',
  'math-statistics': 'Mathematics and statistics',
  'soft-skills': 'Soft skills',
  domain: 'AI fields and methods',
};

/** A named technology is a "tool"; anything else is an ability a person has. */
export const skillTypeNames: Record<SkillCatalogEntry['type'], string> = {
  tool: 'Tool',
  skill: 'Ability',
};
