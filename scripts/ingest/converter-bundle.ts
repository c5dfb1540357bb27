/**
 * The converter as one plain JavaScript module, for the conversion threads.
 *
 * A thread that loads the TypeScript converter through tsx compiles and
 * resolves some sixty modules, with a loader thread of its own: about 0.4 s
 * and 1.5 s of CPU per thread on the 2-core machine, time the other thread's
 * conversions wait for. The same code bundled by esbuild (which tsx itself
 * uses) loads in about 30 ms. The bundle holds the very modules the main
 * thread runs, patched libraries included, so it converts identically.
 *
 * It is built when the threads start, on the main thread, before any thread
 * can convert (0.1-0.2 s), so it is kept and reused while nothing it was built
 * from has changed, as `scripts/run.mjs` reuses the commands' bundles (checking
 * takes a few milliseconds). Its name is made from the hash of what it was
 * built from. Bundles of other code are removed once unused for an hour (a run
 * that reuses a bundle marks it used), so that a run still starting threads
 * on one is left alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { bundleDir, currentBundle, inputsHash, markUsed, removeUnused, writeRecord } from '../bundle-cache.mjs';

const PREFIX = 'ingest-converter-';
const RECORD = 'ingest-converter.json';

/** The thread entry: a job in, the converter's Markdown out. */
const ENTRY = `import { htmlToMarkdown } from './lib/ingest/html-to-markdown.ts';
export default function convert(job) {
  return htmlToMarkdown(job.html, job.baseUrl);
}
`;

/**
 * The converter bundle's file in `dir`: the one built last while nothing it
 * was built from has changed (marked used), else built now.
 */
export function converterBundle(root: string, dir: string = bundleDir(root)): string {
  // This module holds the entry and the build's options: a change to it builds again.
  const salt = fs.readFileSync(import.meta.filename, 'utf8');
  const recordFile = path.join(dir, RECORD);
  const current = currentBundle(root, recordFile, salt);
  if (current) return current;

  const result = buildSync({
    absWorkingDir: root,
    stdin: { contents: ENTRY, resolveDir: root, loader: 'js', sourcefile: 'convert-thread.js' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    tsconfig: path.join(root, 'tsconfig.json'),
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error('esbuild returned no converter bundle');
  const inputs = Object.keys(result.metafile.inputs)
    .filter((input) => input !== 'convert-thread.js')
    .sort();
  const hash = inputsHash(root, inputs, salt);
  if (hash === null) throw new Error('the converter changed while it was bundled; run the ingest again');
  const name = `${PREFIX}${hash.slice(0, 16)}.mjs`;
  const file = path.join(dir, name);
  if (fs.existsSync(file)) markUsed(file);
  else {
    fs.mkdirSync(dir, { recursive: true });
    const temp = path.join(dir, `.${name}.${process.pid}.tmp`);
    fs.writeFileSync(temp, code);
    fs.renameSync(temp, file);
  }
  writeRecord(recordFile, { inputs, hash, dir: name });
  // Other bundles, and the temporary files of runs killed while writing one; never the record.
  removeUnused(
    dir,
    name,
    (other) =>
      (other.startsWith(PREFIX) && other.endsWith('.mjs')) ||
      (other.startsWith(`.${PREFIX}`) && other.endsWith('.tmp')) ||
      (other.startsWith(`${RECORD}.`) && other.endsWith('.tmp')),
  );
  return file;
}
