/**
 * What every loader of `content/` shares: how front matter is read, and how
 * files and errors are named in the `file: field: message` problem lines.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

/**
 * Content YAML (front matter, catalogues) is read with js-yaml's core schema:
 * YAML 1.2's core types (strings, numbers, booleans, null), so ISO timestamps
 * stay strings (the default schema, gray-matter's, would turn them into Date
 * objects and the schemas would reject them). Ingest writes front matter that
 * every YAML reader reads alike (README, "Front matter"). js-yaml reads it
 * several times faster than the `yaml` package, which matters when a build
 * loads a thousand articles in each process.
 */
export function parseYaml(source: string): unknown {
  return yaml.load(source, { schema: yaml.CORE_SCHEMA });
}

export const matterOptions = {
  engines: {
    yaml: (source: string): object => {
      const data = parseYaml(source);
      // gray-matter's types want an object; the schemas check what it holds right after.
      return (data ?? {}) as object;
    },
  },
};

/** The article files (`*.md`) directly inside `dir`, sorted; throws when `dir` cannot be read. */
export function articleFileNames(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => entry.name)
    .sort();
}

/** How many article files `dir` holds and their size in bytes (front matter included); throws when `dir` cannot be read. */
export function articleFilesSize(dir: string): { files: number; bytes: number } {
  const names = articleFileNames(dir);
  return { files: names.length, bytes: names.reduce((sum, name) => sum + fs.statSync(path.join(dir, name)).size, 0) };
}

/** Paths inside the project read as `content/articles/x.md`; others stay absolute. */
export function displayPath(filePath: string): string {
  const relative = path.relative(process.cwd(), filePath);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? filePath : relative;
}

/** The first line of an error's message: parsers append code frames we do not want in a problem list. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
}

/**
 * The newest modification time of any file under `dir`, the raw feeds in
 * `sources/` aside: in development, loaders rebuild what they cached only when
 * this has moved, so an edit to content/ shows up without re-parsing every
 * article on every call.
 */
export function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'sources') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}
