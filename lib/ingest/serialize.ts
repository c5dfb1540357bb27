/**
 * Article -> file text. YAML comes from a real serializer (titles may hold
 * colons, quotes, `---` or YAML tags); the front matter is validated by the
 * same schema the site loads with, so ingest can never write a file the
 * build would reject.
 */
import YAML from 'yaml';
import { articleFrontMatterSchema, formatIssues, type Article } from '@/lib/content/schema';
import { IngestError } from './errors';

/** The file's text: front matter in schema order, a blank line, the body, one final newline. */
export function serializeArticle(article: Article, origin: string): string {
  const { body, ...frontMatter } = article;
  const checked = articleFrontMatterSchema.safeParse(frontMatter);
  if (!checked.success) {
    throw new IngestError(
      origin,
      `invalid article front matter:\n  ${formatIssues(`${article.slug}.md`, checked.error).join('\n  ')}`,
    );
  }
  // zod returns keys in schema order, so every file lists its fields the same way.
  const yaml = YAML.stringify(checked.data, { lineWidth: 0, minContentWidth: 0 });
  return `---\n${yaml}---\n\n${body.trim()}\n`;
}
