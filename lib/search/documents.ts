/**
 * Records -> search documents. Pure: the caller passes the records and
 * articles, so the same documents feed the build-time index, the server
 * results and the unit tests.
 */
import type { Article, Certification, Role, Skill } from '@/lib/content/schema';
import { formatCount } from '@/lib/format';
import { skillCategoryNames, skillTypeNames } from '@/lib/guides/skills/categories';
import { readArticleDocument } from '@/lib/records/document';
import type { SearchDocument } from '@/lib/search/index-options';

export interface SearchSources {
  roles: readonly Role[];
  skills: readonly Skill[];
  certifications: readonly Certification[];
  articles: readonly Article[];
}

const ARTICLE = { one: 'article', other: 'articles' };
/** Snippets are one line under a link; longer text is cut at a word. */
const SNIPPET_LENGTH = 160;

/** Every role, every skill some article lists, every certification and every article, as search documents. */
export function buildSearchDocuments(sources: SearchSources): SearchDocument[] {
  return [
    ...sources.roles.map(roleDocument),
    ...sources.skills.filter((skill) => skill.articles.length > 0).map(skillDocument),
    ...sources.certifications.map(certificationDocument),
    ...sources.articles.map(articleDocument),
  ];
}

function roleDocument(role: Role): SearchDocument {
  return {
    id: `role:${role.slug}`,
    type: 'role',
    title: role.name,
    aliases: role.aliases.join(' · '),
    text: `${role.tagline} ${plainText(role.summary)}`,
    url: `/roles/${role.slug}`,
    snippet: role.tagline,
  };
}

function skillDocument(skill: Skill): SearchDocument {
  const category = skillCategoryNames[skill.category];
  return {
    id: `skill:${skill.slug}`,
    type: 'skill',
    title: skill.name,
    aliases: skill.aliases.join(' · '),
    text: category,
    url: `/skills/${skill.slug}`,
    snippet: `${skillTypeNames[skill.type]} · ${category} · listed in ${formatCount(skill.articles.length, ARTICLE)}`,
  };
}

/**
 * A certification has no page of its own; it links to the guide of the first
 * role it serves (which lists the role's certifications), else to the first
 * article that names it.
 */
export function certificationUrl(certification: Certification): string {
  const [role] = certification.roles;
  if (role !== undefined) return `/roles/${role}`;
  const [article] = certification.articles;
  return article !== undefined ? `/articles/${article}` : '/skills';
}

function certificationDocument(certification: Certification): SearchDocument {
  const named = `named in ${formatCount(certification.articles.length, ARTICLE)}`;
  return {
    id: `certification:${certification.slug}`,
    type: 'certification',
    title: certification.name,
    aliases: certification.aliases.join(' · '),
    text: certification.issuer ?? '',
    url: certificationUrl(certification),
    snippet: certification.issuer === null ? `Certification ${named}` : `${certification.issuer} · ${named}`,
  };
}

function articleDocument(article: Article): SearchDocument {
  const excerpt = articleExcerpt(article);
  return {
    id: `article:${article.slug}`,
    type: 'article',
    title: article.title,
    aliases: '',
    text: [excerpt, ...article.categories].join(' '),
    url: `/articles/${article.slug}`,
    snippet: shorten(excerpt, SNIPPET_LENGTH),
  };
}

/**
 * The article's opening as readers see it: its first paragraph, or its first
 * list items when it opens with a list ("Key takeaways"). Indexing the whole
 * body would make every article match every common word.
 */
export function articleExcerpt(article: Article): string {
  // Article objects live as long as the build, and the metadata, the feed and the
  // search index each ask for every excerpt: read each body for it once.
  const kept = excerpts.get(article);
  if (kept !== undefined) return kept;
  const excerpt = readExcerpt(article);
  excerpts.set(article, excerpt);
  return excerpt;
}

const excerpts = new WeakMap<Article, string>();

function readExcerpt(article: Article): string {
  const { blocks } = readArticleDocument(article.slug, article.title, article.body);
  const text = blocks.filter((block) => block.kind !== 'heading');
  const first = text[0];
  if (first === undefined) return '';
  if (first.kind === 'paragraph') return first.text;
  return text
    .filter((block) => block.kind === 'list-item')
    .slice(0, 3)
    .map((block) => block.text)
    .join(' ');
}

/** Markdown summary -> words, for indexing only (never shown). */
function plainText(markdown: string): string {
  return markdown
    .replace(/[#*_`>[\]()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts `text` at the last space before `length` and adds an ellipsis. */
export function shorten(text: string, length: number): string {
  const single = text.replace(/\s+/g, ' ').trim();
  if (single.length <= length) return single;
  const cut = single.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}
