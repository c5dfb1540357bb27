/**
 * The single source of truth for content types. Every other module takes its
 * types from here (`z.infer`), and every piece of external data (front matter,
 * feed fields) is parsed with these schemas rather than cast.
 */
import { z } from 'zod';

/** File-name-safe slug: lowercase ASCII, digits and hyphens, at most 80 characters. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;

export const slugSchema = z.string().regex(SLUG_PATTERN, 'must match ^[a-z0-9][a-z0-9-]{0,79}$');

/** The formats ingest understands, detected from content rather than the file name. */
export const sourceFormats = ['rss-2.0', 'atom-1.0', 'rss-1.0', 'text', 'page-text'] as const;
export const sourceFormatSchema = z.enum(sourceFormats);
export type SourceFormat = z.infer<typeof sourceFormatSchema>;

/** Only absolute http(s) URLs may leave a feed and reach a page. */
export const httpUrlSchema = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//i.test(value), 'must be an http(s) URL');

/** One source file (or URL) an article was read from. */
export const articleSourceSchema = z.strictObject({
  file: z.string().min(1),
  format: sourceFormatSchema,
  /** The feed's own address (RSS atom:link rel=self, Atom link rel=self) when it states one. */
  feedUrl: httpUrlSchema.nullable(),
});
export type ArticleSource = z.infer<typeof articleSourceSchema>;

/**
 * Front matter of `content/articles/<slug>.md`. Dates are ISO 8601 UTC
 * (`2025-07-07T08:00:09Z`); a source that states no date gets `null`, never a guess.
 */
export const articleFrontMatterSchema = z.strictObject({
  title: z.string().trim().min(1),
  slug: slugSchema,
  sourceUrl: httpUrlSchema.nullable(),
  guid: z.string().min(1).nullable(),
  author: z.string().min(1).nullable(),
  publishedAt: z.iso.datetime({ offset: false }).nullable(),
  categories: z.array(z.string().min(1)),
  sources: z.array(articleSourceSchema).min(1),
  /** `sha256-<hex>` of the Markdown body, so readers can tell when an article changed. */
  contentHash: z.string().regex(/^sha256-[0-9a-f]{64}$/),
});
export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;

/** An article as the site uses it: validated front matter plus its Markdown body. */
export const articleSchema = articleFrontMatterSchema.extend({
  body: z.string().min(1),
});
export type Article = z.infer<typeof articleSchema>;

/**
 * Turns a zod error into one `file: field: message` line per problem, so a
 * build or ingest failure lists everything that is wrong at once.
 */
export function formatIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    return `${file}: ${field}: ${issue.message}`;
  });
}
