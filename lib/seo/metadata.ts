/**
 * Each page's metadata, from the records it shows. Pages call one function
 * here; the wording lives in page-text.ts and the shared fields (canonical,
 * cards) in page-metadata.ts.
 */
import 'server-only';
import type { Metadata } from 'next';
import { getArticle, getArticles } from '@/lib/content/articles';
import { getComparedPairs, getNeedGroups, getPlaceLookup, getRoleGuide, getRolePairs, isIndexed } from '@/lib/guides';
import { buildRoleCards, type RoleGuide } from '@/lib/guides/role/guide';
import { getSkillsIndex, type SkillPage } from '@/lib/guides/skills/page';
import { summarizeSources } from '@/lib/guides/sources';
import { getCareerRecords, getRole, getRoles, getSalaryFigures, getSkills } from '@/lib/records';
import { articleExcerpt, shorten } from '@/lib/search/documents';
import { pageMetadata } from '@/lib/seo/page-metadata';
import * as text from '@/lib/seo/page-text';

/** Meta descriptions are cut by search engines at about this length. */
const DESCRIPTION_LENGTH = 160;

function roleCard(slug: string) {
  const role = getRole(slug);
  if (!role) return undefined;
  return buildRoleCards([role], getSalaryFigures({ role: slug }), getSkills(slug), getPlaceLookup())[0];
}

export function homeMetadata(): Metadata {
  const figures = getSalaryFigures();
  const payArticles = new Set(figures.map((figure) => figure.provenance.article)).size;
  return pageMetadata({
    canonical: '/',
    absoluteTitle: true,
    ...text.homeText({ roles: getRoles().length, figures: figures.length, payArticles }),
  });
}

export function rolesMetadata(): Metadata {
  return pageMetadata({
    canonical: '/roles',
    ...text.rolesText({ roles: getRoles().length, figures: getSalaryFigures().length }),
  });
}

export function roleGuideMetadata(slug: string): Metadata | undefined {
  const guide = getRoleGuide(slug);
  if (!guide) return undefined;
  return pageMetadata({
    canonical: `/roles/${slug}`,
    noindex: !isIndexed(`/roles/${slug}`),
    ...text.roleGuideText({
      ...guide.role,
      glance: guide.pay.glance,
      topSkills: guide.topSkills.slice(0, 3).map((skill) => skill.name),
    }),
  });
}

/** A role's topic page: its own title, description and canonical, from the items it lists. */
export function roleTopicMetadata(slug: string, topic: text.RoleTopicKind): Metadata | undefined {
  const guide = getRoleGuide(slug);
  if (!guide) return undefined;
  const canonical = `/roles/${slug}/${topic}`;
  return pageMetadata({
    canonical,
    noindex: !isIndexed(canonical),
    ...text.roleTopicText(roleTopicCounts(guide, topic)),
  });
}

/** What a topic page lists, counted, for its metadata and structured data. */
export function roleTopicCounts(guide: RoleGuide, topic: text.RoleTopicKind): text.RoleTopicTextInput {
  const items = {
    responsibilities: guide.responsibilities,
    'career-path': guide.careerPath,
    'interview-questions': [...guide.interviewQuestions, ...guide.faqs],
    skills: [],
  }[topic];
  if (topic === 'skills') {
    const skills = [...guide.skillGroups.flatMap((group) => group.skills), ...guide.tools].sort(
      (a, b) => b.sourceCount - a.sourceCount || a.name.localeCompare(b.name),
    );
    return {
      name: guide.role.name,
      topic,
      items: skills.length,
      statements: skills.reduce((sum, skill) => sum + skill.sourceCount, 0),
      articles: guide.sources.length,
      top: skills.slice(0, 4).map((skill) => skill.name),
    };
  }
  return {
    name: guide.role.name,
    topic,
    items: items.length,
    statements: items.reduce((sum, item) => sum + item.statements.length, 0),
    articles: new Set(items.flatMap((item) => item.articles)).size,
    top: items.slice(0, 3).map((item) => item.label),
  };
}

export function rolePayMetadata(slug: string): Metadata | undefined {
  const guide = getRoleGuide(slug);
  if (!guide) return undefined;
  const figures = getSalaryFigures({ role: slug });
  return pageMetadata({
    canonical: `/roles/${slug}/pay`,
    noindex: !isIndexed(`/roles/${slug}/pay`),
    ...text.rolePayText({
      name: guide.role.name,
      glance: guide.pay.glance,
      figures: figures.length,
      articles: new Set(figures.map((figure) => figure.provenance.article)).size,
    }),
  });
}

export function compareIndexMetadata(): Metadata {
  return pageMetadata({
    canonical: '/compare',
    ...text.compareIndexText({
      roles: getRoles().length,
      pairs: getRolePairs().length,
      compared: getComparedPairs().length,
    }),
  });
}

export function comparisonMetadata(pairSlug: string, a: string, b: string): Metadata | undefined {
  const first = roleCard(a);
  const second = roleCard(b);
  if (!first || !second) return undefined;
  return pageMetadata({
    canonical: `/compare/${pairSlug}`,
    noindex: !isIndexed(`/compare/${pairSlug}`),
    ...text.comparisonText({ name: first.role.name, pay: first.pay }, { name: second.role.name, pay: second.pay }),
  });
}

export function salariesMetadata(): Metadata {
  const figures = getSalaryFigures();
  return pageMetadata({
    canonical: '/salaries',
    ...text.salariesText({
      figures: figures.length,
      roles: new Set(figures.flatMap((figure) => figure.role.slug ?? [])).size,
      articles: new Set(figures.map((figure) => figure.provenance.article)).size,
      currencies: new Set(figures.map((figure) => figure.currency)).size,
    }),
  });
}

export function skillsMetadata(): Metadata {
  const { groups, skillCount } = getSkillsIndex(getSkills(), getRoles());
  return pageMetadata({ canonical: '/skills', ...text.skillsText({ skills: skillCount, categories: groups.length }) });
}

export function skillMetadata(page: SkillPage): Metadata {
  const canonical = `/skills/${page.slug}`;
  return pageMetadata({ canonical, noindex: !isIndexed(canonical), ...text.skillText(page) });
}

export function articlesMetadata(): Metadata {
  const articles = getArticles();
  return pageMetadata({
    canonical: '/articles',
    ...text.articlesText({
      articles: articles.length,
      categories: new Set(articles.flatMap((article) => article.categories)).size,
    }),
  });
}

/**
 * Article pages republish another site's writing: the canonical link and the
 * card point to the original, which is what search engines should rank.
 */
export function articleMetadata(slug: string): Metadata | undefined {
  const article = getArticle(slug);
  if (!article) return undefined;
  return pageMetadata({
    canonical: article.sourceUrl ?? `/articles/${slug}`,
    title: article.title,
    description: shorten(articleExcerpt(article), DESCRIPTION_LENGTH),
    article: { publishedTime: article.publishedAt, authors: article.author === null ? [] : [article.author] },
  });
}

export function hireMetadata(): Metadata {
  const groups = getNeedGroups();
  return pageMetadata({
    canonical: '/hire',
    ...text.hireText({
      needs: groups.reduce((sum, group) => sum + group.options.length, 0),
      roles: new Set(getCareerRecords().hiringScenarios.map((scenario) => scenario.role)).size,
    }),
  });
}

export function aboutMetadata(): Metadata {
  const articles = getArticles();
  return pageMetadata({
    canonical: '/about',
    ...text.aboutText({ articles: articles.length, sources: summarizeSources(articles).length }),
  });
}

export function dataMetadata(): Metadata {
  const records = getCareerRecords();
  return pageMetadata({
    canonical: '/data',
    ...text.dataText({
      figures: records.salaries.length,
      roles: records.roles.length,
      skills: records.skills.length,
      certifications: records.certifications.length,
    }),
  });
}

/** Result pages are endless variations of the same content: kept out of the index. */
export function searchMetadata(query: string): Metadata {
  return pageMetadata({ canonical: '/search', noindex: true, ...text.searchText(query) });
}
