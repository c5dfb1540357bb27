/**
 * The extractors' version: a hash of their source and of the locked library
 * versions. Computed when a build starts (next.config.ts) and by the records
 * CLI, so any change to an extractor, the schema, the Markdown parser or a
 * library invalidates every cached article without anyone remembering to bump a
 * number. Node built-ins only: next.config.ts loads it before any alias works.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The lockfile that pins the project's libraries: `root`'s own, or the
 * nearest one above it, as npm and the bundler find it for a project copied
 * inside another (the bench builds such copies). Null when there is none.
 */
export function lockfilePath(root: string): string | null {
  for (let dir = path.resolve(root); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'package-lock.json');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

/** Every source file whose content decides what the extractors return, relative to `root`, sorted. */
export function extractorFiles(root: string): string[] {
  const records = fs
    .readdirSync(path.join(root, 'lib', 'records'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join('lib', 'records', name));
  // The Markdown parser the records read every article with lives outside lib/records.
  return [...records, path.join('lib', 'content', 'schema.ts'), path.join('lib', 'markdown', 'parse.ts')].sort();
}

/** The hash of `extractorFiles(root)` (names and contents) and of the lockfile that pins the libraries they use. */
export function extractorVersion(root: string): string {
  const hash = createHash('sha256');
  for (const name of extractorFiles(root)) hash.update(`${name}\u0000${fs.readFileSync(path.join(root, name))}\u0000`);
  const lockfile = lockfilePath(root);
  hash.update(`package-lock.json\u0000${lockfile === null ? '(none)' : fs.readFileSync(lockfile)}\u0000`);
  return hash.digest('hex').slice(0, 32);
}
