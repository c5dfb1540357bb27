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
 * It is built for each run that starts threads (0.1-0.2 s) and written
 * under a name made from its own hash, so a file with that name always
 * holds exactly this code. Bundles of other code are removed once unused for
 * an hour (a run that reuses a bundle marks it used), so that a run still
 * starting threads on one is left alone.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { bundleDir, markUsed, removeUnused } from '../bundle-cache.mjs';

const PREFIX = 'ingest-converter-';

/** The thread entry: a job in, the converter's Markdown out. */
const ENTRY = `import { htmlToMarkdown } from './lib/ingest/html-to-markdown.ts';
export default function convert(job) {
  return htmlToMarkdown(job.html, job.baseUrl);
}
`;

/**
 * Builds the converter bundle and returns its file in `dir`, written only if
 * no file there holds this code yet (and marked used if one does).
 */
export function converterBundle(root: string, dir: string = bundleDir(root)): string {
  const result = buildSync({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'js', sourcefile: 'convert-thread.js' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    tsconfig: path.join(root, 'tsconfig.json'),
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error('esbuild returned no converter bundle');
  const name = `${PREFIX}${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
  const file = path.join(dir, name);
  if (fs.existsSync(file)) markUsed(file);
  else {
    fs.mkdirSync(dir, { recursive: true });
    const temp = path.join(dir, `.${name}.${process.pid}.tmp`);
    fs.writeFileSync(temp, code);
    fs.renameSync(temp, file);
  }
  // Other bundles, and the temporary files of runs killed while writing one.
  removeUnused(
    dir,
    name,
    (other) =>
      (other.startsWith(PREFIX) && other.endsWith('.mjs')) ||
      (other.startsWith(`.${PREFIX}`) && other.endsWith('.tmp')),
  );
  return file;
}
