/**
 * What every loader of `content/` shares: how front matter is read, and how
 * files and errors are named in the `file: field: message` problem lines.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

// The `yaml` package keeps ISO timestamps as strings (js-yaml, gray-matter's
// default, would turn them into Date objects and the schemas would reject them).
export const matterOptions = {
  engines: { yaml: (source: string): object => YAML.parse(source) ?? {} },
};

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
