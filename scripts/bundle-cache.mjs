// @ts-check
/**
 * Where the commands' bundles and the ingest threads' converter bundle are
 * kept, when one can be reused, and how they are retired. Each build records
 * what it was built from and a hash of it; a bundle is reused while that hash
 * is unchanged, marked used when reused, and one a newer build replaced is
 * removed once unused for an hour, so that a run still loading it is left
 * alone.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
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

// esbuild itself is loaded only to build (about 15 ms a start); its version is read from its package.
const esbuildVersion = () =>
  JSON.parse(fs.readFileSync(createRequire(import.meta.url).resolve('esbuild/package.json'), 'utf8')).version;

const sha256 = (/** @type {string | Uint8Array} */ data) => createHash('sha256').update(data).digest('hex');

/**
 * A hash of everything a bundle depends on: `salt` (the builder's own code,
 * which holds its options), esbuild's version, tsconfig.json, what was last
 * installed, each project input by name and bytes and the names in its folder
 * (an added file can change what an import resolves to), and each library
 * input by name, size and modification time (installs and patches write them;
 * reading them all would cost each start more than the rest). `null` when an
 * input is gone.
 * @param {string} root
 * @param {readonly string[]} inputs paths relative to `root`
 * @param {string} salt
 */
export function inputsHash(root, inputs, salt) {
  const hash = createHash('sha256');
  hash.update(`${salt}\0${esbuildVersion()}\0${root}\0`);
  hash.update(`${fs.readFileSync(path.join(root, 'tsconfig.json'), 'utf8')}\0`);
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  hash.update(`${fs.existsSync(installed) ? sha256(fs.readFileSync(installed)) : 'none'}\0`);
  const dirs = new Set();
  for (const input of [...inputs].sort()) {
    const file = path.join(root, input);
    if (input.startsWith('node_modules/')) {
      const stat = fs.statSync(file, { throwIfNoEntry: false });
      if (!stat) return null;
      hash.update(`${input}\0${stat.size}\0${stat.mtimeMs}\0`);
      continue;
    }
    if (!fs.existsSync(file)) return null;
    hash.update(`${input}\0${sha256(fs.readFileSync(file))}\0`);
    dirs.add(path.dirname(file));
  }
  for (const dir of [...dirs].sort()) hash.update(`${dir}\0${fs.readdirSync(dir).sort().join('\0')}\0`);
  return hash.digest('hex');
}

/**
 * @typedef {{ inputs: string[]; hash: string; dir: string }} BundleRecord
 * What the last build recorded: its inputs, their hash, and the bundle's name in the cache folder.
 */

/**
 * The record in `file`, or `null` when there is none or it is not one.
 * @param {string} file
 * @returns {BundleRecord | null}
 */
export function readRecord(file) {
  try {
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    const valid =
      Array.isArray(data?.inputs) &&
      data.inputs.every((/** @type {unknown} */ input) => typeof input === 'string') &&
      typeof data.hash === 'string' &&
      typeof data.dir === 'string' &&
      !data.dir.includes('/') &&
      !data.dir.includes('\\');
    return valid ? data : null;
  } catch {
    return null;
  }
}

/**
 * The bundle that `recordFile` names (a file, or a folder holding `entry`),
 * marked used, when what it was built from is unchanged; else `null`, and it
 * is to be built.
 * @param {string} root
 * @param {string} recordFile
 * @param {string} salt as for `inputsHash`
 * @param {string} [entry] the file inside a bundle folder that must exist
 * @returns {string | null}
 */
export function currentBundle(root, recordFile, salt, entry = '') {
  const record = readRecord(recordFile);
  if (!record) return null;
  const bundle = path.join(path.dirname(recordFile), record.dir);
  if (!fs.existsSync(path.join(bundle, entry)) || inputsHash(root, record.inputs, salt) !== record.hash) return null;
  markUsed(bundle);
  return bundle;
}

/**
 * Writes a record whole (a temporary file renamed into place).
 * @param {string} file
 * @param {BundleRecord} record
 */
export function writeRecord(file, record) {
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(record)}\n`);
  fs.renameSync(temp, file);
}
