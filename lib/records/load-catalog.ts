/**
 * Reads the curated catalogues: `content/roles/*.md` (front matter + summary)
 * and the YAML lists in `content/catalog/`. Like `loadArticles`, it never
 * throws on bad content; it returns every problem as `file: field: message`.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { z } from 'zod';
import { displayPath, errorMessage, matterOptions, parseYaml } from '@/lib/content/content-files';
import { formatIssues, roleSchema, type Role } from '@/lib/content/schema';

export interface Loaded<T> {
  items: T[];
  errors: string[];
}

/** Loads and validates every role file in `dir`; the file name must be `<slug>.md`. */
export function loadRoles(dir: string): Loaded<Role> {
  let names: string[];
  try {
    names = fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .sort();
  } catch (error) {
    return { items: [], errors: [`${displayPath(dir)}: (directory): ${errorMessage(error)}`] };
  }
  const items: Role[] = [];
  const errors: string[] = [];
  for (const name of names) {
    const file = displayPath(path.join(dir, name));
    try {
      const parsed = matter(fs.readFileSync(path.join(dir, name), 'utf8'), matterOptions);
      const result = roleSchema.safeParse({ ...(parsed.data as object), summary: parsed.content.trim() });
      if (!result.success) {
        errors.push(...formatIssues(file, result.error));
      } else if (name !== `${result.data.slug}.md`) {
        errors.push(`${file}: slug: file name must be "${result.data.slug}.md" to match the slug`);
      } else {
        items.push(result.data);
      }
    } catch (error) {
      errors.push(`${file}: (front matter): ${errorMessage(error)}`);
    }
  }
  return { items, errors };
}

/** Loads a YAML file holding a list of entries and validates each with `schema`. */
export function loadYamlList<T>(file: string, schema: z.ZodType<T>): Loaded<T> {
  const shown = displayPath(file);
  let data: unknown;
  try {
    data = parseYaml(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    return { items: [], errors: [`${shown}: (file): ${errorMessage(error)}`] };
  }
  const result = z.array(schema).safeParse(data);
  return result.success ? { items: result.data, errors: [] } : { items: [], errors: formatIssues(shown, result.error) };
}
