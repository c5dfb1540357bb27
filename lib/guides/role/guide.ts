/**
 * Everything a role guide shows, assembled from the records for one role so
 * the page only lays it out. Nothing is estimated: a section the articles do
 * not cover comes back empty, and the page says so.
 */
import {
  skillCategories,
  type Article,
  type Certification,
  type GuideFact,
  type Role,
  type SalaryFigure,
  type Skill,
  type SkillCategory,
} from '@/lib/content/schema';
import { mergeStatements, type MergeContext, type MergedItem } from '@/lib/guides/merge';
import { payAtAGlance, type PayGlance } from '@/lib/guides/pay/glance';
import type { PlaceLookup } from '@/lib/guides/pay/places';
import { summarizeSalaries, yearlyUsdSeries, type SalarySeries } from '@/lib/guides/pay/series';
import { summarizePay, type PaySummary } from '@/lib/guides/pay/summary';
import { summarizeEducation, type EducationSummary } from '@/lib/guides/role/education';

export type ArticleMeta = Pick<Article, 'slug' | 'title' | 'publishedAt' | 'sourceUrl'>;

export const SKILL_CATEGORY_LABELS: Record<SkillCategory, string> = {
  programming: 'Programming',
  'ml-frameworks': 'Machine learning frameworks',
  'mlops-cloud': 'MLOps and cloud',
  data: 'Data',
  'math-statistics': 'Maths and statistics',
  'soft-skills': 'Soft skills',
  domain: 'Domain knowledge',
};

/** A skill, tool or certification with how many articles list it (for this role). */
export interface RankedItem {
  slug: string;
  name: string;
  sourceCount: number;
}

/** Facts of one kind from one article, in the article's order. */
export interface FactGroup {
  article: ArticleMeta;
  facts: GuideFact[];
}

export interface RelatedRole {
  slug: string;
  name: string;
  /** `/compare/<a>-vs-<b>` with the two slugs in alphabetical order. */
  compareHref: string;
}

export interface RoleGuide {
  role: Role;
  pay: {
    figureCount: number;
    /** Computed summaries per level, currency, period and basis (see `summarizePay`). */
    summaries: PaySummary[];
    /** Yearly pay by level in the role's main currency; `null` when no figure is yearly. */
    glance: PayGlance | null;
  };
  skillGroups: { category: SkillCategory; label: string; skills: RankedItem[] }[];
  tools: RankedItem[];
  topSkills: RankedItem[];
  certifications: (RankedItem & { issuer: string | null })[];
  education: FactGroup[];
  /** Degrees and fields the education facts name, counted by article. */
  educationSummary: EducationSummary;
  /** Statements merged across articles and ranked by how many say them (see lib/guides/merge). */
  responsibilities: MergedItem<GuideFact>[];
  careerPath: MergedItem<GuideFact>[];
  interviewQuestions: MergedItem<GuideFact>[];
  faqs: MergedItem<GuideFact>[];
  related: RelatedRole[];
  /** Articles this guide draws on, newest first (undated last). */
  sources: ArticleMeta[];
  /** The newest publication date among the sources, `null` when none states one. */
  newest: string | null;
  articleTitles: ReadonlyMap<string, string>;
  /** Role slug -> name, for statements that name other roles. */
  roleNames: ReadonlyMap<string, string>;
}

export interface RoleGuideInput {
  role: Role;
  roles: readonly Role[];
  /** Records for this role only. */
  figures: readonly SalaryFigure[];
  facts: readonly GuideFact[];
  skills: readonly Skill[];
  certifications: readonly Certification[];
  /** Articles the records say discuss this role. */
  discussedIn: readonly string[];
  articles: readonly ArticleMeta[];
  /** Reads the places figures name, so summaries keep to the currency's own market. */
  placeOf: PlaceLookup;
  /** The theme vocabulary and role names statements are merged with (`role` is filled in here). */
  merge: Omit<MergeContext, 'role'>;
}

const TOP_SKILLS = 6;

/** The canonical comparison address for two roles: slugs sorted, so each pair has one page. */
export function compareHref(a: string, b: string): string {
  const [first, second] = [a, b].sort();
  return `/compare/${first}-vs-${second}`;
}

function skillSources(skill: Skill, role: string): number {
  return skill.roles.find((entry) => entry.role === role)?.articles.length ?? 0;
}

function rank<T extends RankedItem>(items: T[]): T[] {
  return items.sort((a, b) => b.sourceCount - a.sourceCount || a.name.localeCompare(b.name));
}

function groupFacts(facts: readonly GuideFact[], kind: GuideFact['kind'], articles: ReadonlyMap<string, ArticleMeta>) {
  const groups = new Map<string, GuideFact[]>();
  for (const fact of facts) {
    if (fact.kind !== kind) continue;
    const group = groups.get(fact.article);
    if (group) group.push(fact);
    else groups.set(fact.article, [fact]);
  }
  return [...groups].flatMap(([slug, group]): FactGroup[] => {
    const article = articles.get(slug);
    return article ? [{ article, facts: group }] : [];
  });
}

/** Newest first; articles that state no date last, then by title. */
function byDate(a: ArticleMeta, b: ArticleMeta): number {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return 1;
    if (b.publishedAt === null) return -1;
    return b.publishedAt.localeCompare(a.publishedAt);
  }
  return a.title.localeCompare(b.title);
}

/** Assembles the guide for one role from its records. Pure. */
export function buildRoleGuide(input: RoleGuideInput): RoleGuide {
  const { role } = input;
  const articles = new Map(input.articles.map((article) => [article.slug, article]));

  const ranked = input.skills.map((skill) => ({
    slug: skill.slug,
    name: skill.name,
    sourceCount: skillSources(skill, role.slug),
    category: skill.category,
    type: skill.type,
  }));
  const skillGroups = skillCategories.flatMap((category) => {
    const skills = rank(ranked.filter((skill) => skill.category === category && skill.type === 'skill'));
    return skills.length > 0 ? [{ category, label: SKILL_CATEGORY_LABELS[category], skills }] : [];
  });

  const used = new Set<string>([
    ...input.discussedIn,
    ...input.figures.map((figure) => figure.provenance.article),
    ...input.facts.map((fact) => fact.article),
    ...input.skills.flatMap((skill) => skill.roles.find((entry) => entry.role === role.slug)?.articles ?? []),
  ]);
  const sources = [...used].flatMap((slug) => articles.get(slug) ?? []).sort(byDate);
  const names = new Map(input.roles.map((entry) => [entry.slug, entry.name]));
  const summaries = summarizePay(input.figures, input.placeOf);
  const merged = (kind: 'responsibility' | 'career-step' | 'interview-question' | 'faq') =>
    mergeStatements(
      input.facts.filter((fact) => fact.kind === kind),
      kind,
      { ...input.merge, role: role.slug },
    );

  return {
    role,
    pay: {
      figureCount: input.figures.length,
      summaries,
      glance: payAtAGlance(summaries),
    },
    skillGroups,
    tools: rank(ranked.filter((skill) => skill.type === 'tool')),
    topSkills: rank([...ranked]).slice(0, TOP_SKILLS),
    certifications: rank(
      input.certifications.map((certification) => ({
        slug: certification.slug,
        name: certification.name,
        issuer: certification.issuer,
        sourceCount: certification.articles.length,
      })),
    ),
    education: groupFacts(input.facts, 'education', articles),
    educationSummary: summarizeEducation(input.facts),
    responsibilities: merged('responsibility'),
    careerPath: merged('career-step'),
    interviewQuestions: merged('interview-question'),
    faqs: merged('faq'),
    related: role.related.flatMap((slug) => {
      const name = names.get(slug);
      return name ? [{ slug, name, compareHref: compareHref(role.slug, slug) }] : [];
    }),
    sources,
    newest: sources.find((article) => article.publishedAt !== null)?.publishedAt ?? null,
    articleTitles: new Map(input.articles.map((article) => [article.slug, article.title])),
    roleNames: names,
  };
}

/** What a role card on /roles shows. */
export interface RoleCard {
  role: Role;
  /** The role's yearly US dollar figures, by level; `null` when the articles give none. */
  pay: SalarySeries | null;
  /** The yearly salary summaries by level, as the role's overview states them. */
  glance: PayGlance | null;
  topSkills: string[];
}

/** One card per role, in the order given. `figures` and `skills` may cover every role. Pure. */
export function buildRoleCards(
  roles: readonly Role[],
  figures: readonly SalaryFigure[],
  skills: readonly Skill[],
  placeOf: PlaceLookup,
): RoleCard[] {
  return roles.map((role) => {
    const own = figures.filter((figure) => figure.role.slug === role.slug);
    const pay = yearlyUsdSeries(summarizeSalaries(own, { by: 'level' }));
    const glance = payAtAGlance(summarizePay(own, placeOf));
    const topSkills = rank(
      skills
        .filter((skill) => skillSources(skill, role.slug) > 0)
        .map((skill) => ({ slug: skill.slug, name: skill.name, sourceCount: skillSources(skill, role.slug) })),
    )
      .slice(0, 3)
      .map((skill) => skill.name);
    return { role, pay, glance, topSkills };
  });
}
