/**
 * Titles and meta descriptions made from the records each page shows, so a
 * search result says something true and specific ("AI Engineer pay:
 * US$69.4K–US$10M or more a year") instead of the same line on every page.
 * Pure: counts and series come in, text goes out.
 */
import { formatCount, formatList, withIndefiniteArticle } from '@/lib/format';
import type { SalarySeries } from '@/lib/guides/pay/series';
import { describeSeriesSpan } from '@/lib/guides/pay/text';
import type { PayGlance } from '@/lib/guides/pay/glance';
import { describeLevelMedians, glanceEvidence } from '@/lib/guides/pay/summary-text';

export { describeLevelMedians };

export interface PageText {
  title: string;
  description: string;
}

const FIGURE = { one: 'pay figure', other: 'pay figures' };
const ARTICLE = { one: 'article', other: 'articles' };
const ROLE = { one: 'AI role', other: 'AI roles' };
const SKILL = { one: 'skill', other: 'skills' };

/** `US$69.4K–US$350K or more a year`; `null` when the sources give no yearly US dollar figure. */
function yearlyPay(pay: SalarySeries | null): string | null {
  return pay === null ? null : `${describeSeriesSpan(pay)} a year`;
}

export function homeText(counts: { roles: number; figures: number; payArticles: number }): PageText {
  return {
    title: 'AI Career Atlas: AI roles, skills and pay, traced to the source',
    description:
      `Guides to ${formatCount(counts.roles, ROLE)}: what the job is, skills, certifications, career path and pay. ` +
      `${formatCount(counts.figures, FIGURE)} from ${formatCount(counts.payArticles, ARTICLE)}, each linked to the sentence or table cell it comes from.`,
  };
}

export function rolesText(counts: { roles: number; figures: number }): PageText {
  return {
    title: `AI roles: ${counts.roles} guides to pay, skills and career paths`,
    description:
      `Compare ${formatCount(counts.roles, ROLE)} at a glance: median yearly salary by level, top skills and what each job does, ` +
      `from ${formatCount(counts.figures, FIGURE)} linked to their source articles.`,
  };
}

export interface RoleGuideTextInput {
  name: string;
  tagline: string;
  glance: PayGlance | null;
  topSkills: readonly string[];
}

export function roleGuideText(input: RoleGuideTextInput): PageText {
  const medians = describeLevelMedians(input.glance);
  const skills = input.topSkills.length > 0 ? ` Top skills: ${formatList(input.topSkills)}.` : '';
  const evidence =
    medians === null || input.glance === null
      ? ' The articles state no yearly salary for it yet.'
      : ` Yearly salary: ${medians} (computed from ${formatCount(glanceEvidence(input.glance).figures, FIGURE)} in ${formatCount(glanceEvidence(input.glance).articles, ARTICLE)}).`;
  return {
    title: `${input.name}: salary by level, skills and career path`,
    description: `${input.tagline}${evidence}${skills}`,
  };
}

export function rolePayText(input: {
  name: string;
  glance: PayGlance | null;
  figures: number;
  articles: number;
}): PageText {
  const medians = describeLevelMedians(input.glance);
  return {
    title: `${input.name} salary by level and place`,
    description:
      `${input.name} pay from ${formatCount(input.figures, FIGURE)} in ${formatCount(input.articles, ARTICLE)}` +
      `${medians === null ? '' : `: yearly salary ${medians}`}. Every figure linked to the sentence or table cell it comes from, and how the medians are computed.`,
  };
}

export function compareIndexText(counts: { roles: number; pairs: number; compared: number }): PageText {
  return {
    title: 'Compare AI roles side by side',
    description:
      `Pick two of ${formatCount(counts.roles, ROLE)} (${counts.pairs} pairs; the articles compare ${counts.compared} of them directly) ` +
      'and see focus, responsibilities, skills, certifications and pay side by side.',
  };
}

export interface ComparedRoleText {
  name: string;
  pay: SalarySeries | null;
}

export function comparisonText(a: ComparedRoleText, b: ComparedRoleText): PageText {
  const payOf = (role: ComparedRoleText) =>
    `${role.name}: ${yearlyPay(role.pay) ?? 'no yearly US dollar figures stated'}`;
  return {
    title: `${a.name} vs ${b.name}: skills, pay and which to hire`,
    description:
      `${a.name} and ${b.name} side by side: focus, responsibilities, skills, tools, certifications and pay. ` +
      `${payOf(a)}; ${payOf(b)}.`,
  };
}

export function salariesText(counts: {
  figures: number;
  roles: number;
  articles: number;
  currencies: number;
}): PageText {
  return {
    title: `AI salaries: ${counts.figures} pay figures by role and level`,
    description:
      `Every pay figure the articles state for ${formatCount(counts.roles, ROLE)}, by level, currency and kind: ` +
      `${formatCount(counts.figures, FIGURE)} from ${formatCount(counts.articles, ARTICLE)} in ${counts.currencies} currencies, ` +
      'each linked to its source. Filter, sort and download them.',
  };
}

export function skillsText(counts: { skills: number; categories: number }): PageText {
  return {
    title: `${counts.skills} skills and tools for AI roles`,
    description:
      `The ${formatCount(counts.skills, SKILL)} and tools the articles list for AI roles, in ${counts.categories} groups, ` +
      'with how many articles list each and the roles that need it.',
  };
}

export interface SkillTextInput {
  name: string;
  articleCount: number;
  /** Roles that need it, most-cited first. */
  roles: readonly { name: string }[];
}

export function skillText(skill: SkillTextInput): PageText {
  const top = skill.roles.slice(0, 3).map((role) => role.name);
  const roles = top.length > 0 ? `, most often for ${formatList(top)}` : '';
  return {
    title: `${skill.name}: which AI roles need it`,
    description:
      `${skill.name} is listed in ${formatCount(skill.articleCount, ARTICLE)} for ${formatCount(skill.roles.length, ROLE)}${roles}. ` +
      'See the roles ranked and the articles that list it.',
  };
}

export function articlesText(counts: { articles: number; categories: number }): PageText {
  return {
    title: 'Articles on AI careers',
    description:
      `${formatCount(counts.articles, ARTICLE)} on AI careers, newest first, in ${counts.categories} categories: ` +
      'filter by the role an article discusses, and read each with its source credited.',
  };
}

export function hireText(counts: { needs: number; roles: number }): PageText {
  return {
    title: 'Which AI role should I hire?',
    description:
      `Pick what you need done from ${counts.needs} needs the articles match to ${formatCount(counts.roles, ROLE)} ` +
      'and see which role they recommend, with their reasons and links to the source.',
  };
}

export function aboutText(counts: { articles: number; sources: number }): PageText {
  return {
    title: 'About the data: where it comes from and its limits',
    description:
      `How AI Career Atlas reads roles, pay, skills and certifications from ${formatCount(counts.articles, ARTICLE)} ` +
      `in ${formatCount(counts.sources, { one: 'source file', other: 'source files' })}, what it leaves out and why.`,
  };
}

export function dataText(counts: { figures: number; skills: number; certifications: number; roles: number }): PageText {
  return {
    title: 'Open data: AI salaries, roles and skills as JSON and CSV',
    description:
      `Download ${formatCount(counts.figures, FIGURE)}, ${counts.roles} roles, ${formatCount(counts.skills, SKILL)} and ` +
      `${formatCount(counts.certifications, { one: 'certification', other: 'certifications' })} as JSON and CSV, with a data dictionary for every field.`,
  };
}

export function searchText(query: string): PageText {
  return {
    title: query === '' ? 'Search' : `Search results for “${query}”`,
    description: 'Search AI roles, skills, certifications and articles.',
  };
}

export type RoleTopicKind = 'responsibilities' | 'career-path' | 'interview-questions' | 'skills';

export interface RoleTopicTextInput {
  name: string;
  topic: RoleTopicKind;
  /** Merged items (or skills) the page lists, and the statements and articles behind them. */
  items: number;
  statements: number;
  articles: number;
  /** The first few item labels, most articles first. */
  top: readonly string[];
}

const TOPIC_TITLES: Record<RoleTopicKind, (name: string) => string> = {
  responsibilities: (name) => `What does ${withIndefiniteArticle(name)} do? Responsibilities, ranked`,
  'career-path': (name) => `${name} career path: levels and where it leads`,
  'interview-questions': (name) => `${name} interview questions and answers`,
  skills: (name) => `${name} skills, tools, certifications and education`,
};

export function roleTopicText(input: RoleTopicTextInput): PageText {
  const what = {
    responsibilities: 'duties',
    'career-path': 'career steps',
    'interview-questions': 'questions',
    skills: 'skills and tools',
  }[input.topic];
  const top = input.top.length > 0 ? ` Most named: ${formatList(input.top)}.` : '';
  if (input.topic === 'skills') {
    return {
      title: TOPIC_TITLES.skills(input.name),
      description: `${input.items} skills and tools the articles list for the ${input.name}, ranked by how many of ${formatCount(input.articles, ARTICLE)} list each, with certifications and the degrees they name.${top}`,
    };
  }
  return {
    title: TOPIC_TITLES[input.topic](input.name),
    description:
      `${input.items} ${what} from ${formatCount(input.statements, { one: 'statement', other: 'statements' })} in ${formatCount(input.articles, ARTICLE)}, ` +
      `merged where they say the same thing, each linked to its source.${top}`,
  };
}
