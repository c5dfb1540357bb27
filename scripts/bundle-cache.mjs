// @ts-check
/**
 * Where the commands' bundles and the ingest threads' converter bundle are
 * kept, and how they are retired: each is marked used when reused, and one a
 * newer build replaced is removed once unused for an hour, so that a run
 * still loading it is left alone.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Where bundles are kept: the package cache folder, which npm and git leave alone. */
export const bundleDir = (/** @type {string} */ root) => path.join(root, 'node_modules', '.cache', 'ai-career-atlas');

const UNUSED_MS = 60 * 60 * 1000;

/** Marks a bundle (file or folder) as used now. */
export function markUsed(/** @type {string} */ file) {
  const now = new Date();
  fs.utimesSync(file, now, now);
}

/**
 * Removes the entries of `dir` that `isOurs` claims, other than `keep`, once
 * unused for an hour: bundles of older code and the temporary files and
 * folders of runs stopped while writing one.
 * @param {string} dir
 * @param {string} keep
 * @param {(name: string) => boolean} isOurs
 */
export function removeUnused(dir, keep, isOurs) {
  const stale = Date.now() - UNUSED_MS;
  for (const name of fs.readdirSync(dir)) {
    if (name === keep || !isOurs(name)) continue;
    const entry = path.join(dir, name);
    const modified = fs.statSync(entry, { throwIfNoEntry: false })?.mtimeMs ?? Infinity;
    if (modified < stale) fs.rmSync(entry, { recursive: true, force: true });
  }
}
