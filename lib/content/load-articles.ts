/**
 * Reads `content/articles/*.md` into validated articles. Pure apart from
 * reading the directory it is given: it never throws on bad content, it
 * returns every problem so the caller can report them all at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { articleFileNames, displayPath, errorMessage, matterOptions } from '@/lib/content/content-files';
import { articleFrontMatterSchema, articleSchema, formatIssues, type Article } from '@/lib/content/schema';

export interface LoadArticlesResult {
  articles: Article[];
  /** One `file: field: message` line per problem; empty when every file is valid. */
  errors: string[];
}

const bodySchema = articleSchema.pick({ body: true });
// Reads just the slug, ignoring other fields, so slug checks run even when the rest is invalid.
const slugOnlySchema = articleFrontMatterSchema.pick({ slug: true }).loose();

/**
 * Loads and validates every `*.md` file directly inside `dir`.
 *
 * Checks the front matter against `articleFrontMatterSchema`, requires a
 * non-empty body, the file name to be `<slug>.md` and slugs to be unique.
 * Files with problems are left out of `articles` and described in `errors`.
 */
export function loadArticles(dir: string): LoadArticlesResult {
  let names: string[];
  try {
    names = articleFileNames(dir);
  } catch (error) {
    return { articles: [], errors: [`${displayPath(dir)}: (directory): ${errorMessage(error)}`] };
  }

  const parsed = names.map((name) => {
    const file = displayPath(path.join(dir, name));
    return { name, file, ...parseArticleFile(file, fs.readFileSync(path.join(dir, name), 'utf8')) };
  });

  const filesBySlug = new Map<string, string[]>();
  for (const { slug, file } of parsed) {
    if (slug !== undefined) filesBySlug.set(slug, [...(filesBySlug.get(slug) ?? []), file]);
  }

  const articles: Article[] = [];
  const errors: string[] = [];
  for (const { name, file, slug, article, errors: fileErrors } of parsed) {
    const problems = [...fileErrors];
    if (slug !== undefined && name !== `${slug}.md`) {
      problems.push(`${file}: slug: file name must be "${slug}.md" to match the slug`);
    }
    const others = slug === undefined ? [] : (filesBySlug.get(slug) ?? []).filter((other) => other !== file);
    if (others.length > 0) {
      problems.push(`${file}: slug: "${slug}" is also used by ${others.join(', ')}`);
    }
    errors.push(...problems);
    // Only clean files are returned; callers treat any error as fatal anyway.
    if (article && problems.length === 0) articles.push(article);
  }
  return { articles, errors };
}

/**
 * The valid articles of `dir`, last file first, each read only when asked
 * for: for a process that works from the other end of what another loads
 * whole, and may stop early. A file with any problem of its own is skipped
 * (`loadArticles` reports it); slugs used twice are not looked for.
 */
export function* articlesLastFirst(dir: string): Generator<Article> {
  let names: string[];
  try {
    names = articleFileNames(dir);
  } catch {
    return;
  }
  for (const name of names.reverse()) {
    const { article, slug } = parseArticleFile(name, fs.readFileSync(path.join(dir, name), 'utf8'));
    if (article && name === `${slug}.md`) yield article;
  }
}

interface ParsedFile {
  article?: Article;
  /** The slug the file claims, when it is a valid slug, even if other fields are wrong. */
  slug?: string;
  errors: string[];
}

/** Parses one file's text; `file` is only used to label problems. */
function parseArticleFile(file: string, text: string): ParsedFile {
  let data: unknown;
  let body: string;
  try {
    const parsed = matter(text, matterOptions);
    data = parsed.data;
    body = parsed.content.trim();
  } catch (error) {
    return { errors: [`${file}: (front matter): ${errorMessage(error)}`] };
  }

  const frontMatter = articleFrontMatterSchema.safeParse(data);
  const bodyResult = bodySchema.safeParse({ body });
  const errors = [
    ...(frontMatter.success ? [] : formatIssues(file, frontMatter.error)),
    ...(bodyResult.success ? [] : formatIssues(file, bodyResult.error)),
  ];
  const slug = slugOnlySchema.safeParse(data);
  return {
    article: frontMatter.success && bodyResult.success ? { ...frontMatter.data, body: bodyResult.data.body } : undefined,
    slug: slug.success ? slug.data.slug : undefined,
    errors,
  };
}
