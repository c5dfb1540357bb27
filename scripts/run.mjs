// @ts-check
/**
 * `node scripts/run.mjs <command> [args...]`: runs `scripts/<command>.ts`
 * (ingest, records, ...) as plain JavaScript.
 *
 * Under tsx, Node starts a loader that compiles every TypeScript module as it
 * is imported, one message to a loader thread per module: about 0.4 s before
 * an ingest parses its first feed, most of an unchanged re-ingest. Here the
 * command, the project modules it imports and the libraries they use are
 * bundled once by esbuild (tsx's own compiler) into
 * `node_modules/.cache/ai-career-atlas/`, and the modules a command loads only
 * when it needs them stay separate files, loaded only then. Libraries are
 * bundled too because Node's loader resolves, reads and compiles each of
 * their files on its own: the records command's 230 library modules took
 * about 0.1 s to load. The few that find their own files when they run
 * (`EXTERNAL`) stay imports from `node_modules`.
 *
 * A bundle is reused while every project file it was built from is byte for
 * byte the same, no file was added or removed beside one of them (which could
 * change what an import resolves to), each library file has its size and
 * modification time, nothing was installed since (`node_modules/.package-lock.json`),
 * and tsconfig.json, esbuild and this file are unchanged; otherwise it is built
 * again (0.2-0.5 s). Each module sees its own location as
 * `import.meta.dirname`, `filename` and `url`, as when run from source.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { bundleDir, markUsed, removeUnused } from './bundle-cache.mjs';

/** @typedef {import('esbuild').Plugin} Plugin @typedef {import('esbuild').Loader} Loader */

// esbuild itself is loaded only to build (about 15 ms a start); its version is read from its package.
const esbuildVersion = () =>
  JSON.parse(fs.readFileSync(createRequire(import.meta.url).resolve('esbuild/package.json'), 'utf8')).version;

const ENTRY = 'main';

/**
 * Libraries that stay imports: they find files of their own when they run
 * (esbuild its binary, tinypool and autocannon their worker scripts, Lighthouse its audits,
 * Playwright and chrome-launcher their browsers and scripts).
 */
const EXTERNAL = [
  'esbuild',
  'tinypool',
  'lighthouse',
  'chrome-launcher',
  'autocannon',
  '@playwright/test',
  'playwright',
];

/**
 * Bundled libraries written as CommonJS call `require` for Node's modules; an
 * ES module has none, so each bundle makes its own.
 */
const REQUIRE =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";
const LOCATION = /\bimport\.meta\.(dirname|filename|url)\b/g;
const sha256 = (/** @type {string | Uint8Array} */ data) => createHash('sha256').update(data).digest('hex');

/**
 * Replaces `import.meta.dirname`, `filename` and `url` in each project module
 * with the module's own location, which a bundle elsewhere would not have.
 * @type {Plugin}
 */
const moduleLocation = {
  name: 'module-location',
  setup(build) {
    build.onLoad({ filter: /\.(ts|tsx|js|mjs)$/ }, async (args) => {
      const text = await fs.promises.readFile(args.path, 'utf8');
      const location = { dirname: path.dirname(args.path), filename: args.path, url: pathToFileURL(args.path).href };
      const contents = text.replace(LOCATION, (_match, /** @type {keyof typeof location} */ key) =>
        JSON.stringify(location[key]),
      );
      const extension = path.extname(args.path).slice(1);
      return { contents, loader: extension === 'mjs' ? 'js' : /** @type {Loader} */ (extension) };
    });
  },
};

/**
 * A hash of everything a bundle depends on: this file, esbuild's version,
 * tsconfig.json, what was last installed, each project input by name and
 * bytes and the names in its folder, and each library input by name, size and
 * modification time (installs and patches write them; reading them all would
 * cost each start more than the rest). `null` when an input is gone.
 * @param {string} root
 * @param {readonly string[]} inputs paths relative to `root`
 */
function inputsHash(root, inputs) {
  const hash = createHash('sha256');
  hash.update(`${fs.readFileSync(import.meta.filename, 'utf8')}\0${esbuildVersion()}\0${root}\0`);
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
 * What the last build of a command recorded: its inputs, their hash, its folder.
 */

/** @param {string} file @returns {BundleRecord | null} */
function readRecord(file) {
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
 * The bundle of `scripts/<command>.ts`: reused when nothing it was built from
 * changed, else built. Returns its entry file and whether it was built now.
 * @param {string} root the project root
 * @param {string} command a path under scripts/ without `.ts`, such as `ingest` or `records/extract-helper`
 * @param {string} [dir] where bundles are kept
 * @returns {Promise<{ entry: string; built: boolean }>}
 */
export async function commandBundle(root, command, dir = bundleDir(root)) {
  if (!/^[a-z][a-z0-9-]*(\/[a-z][a-z0-9-]*)*$/.test(command)) throw new Error(`no such command: ${command}`);
  const source = path.join(root, 'scripts', `${command}.ts`);
  if (!fs.existsSync(source)) throw new Error(`no such command: ${command} (scripts/${command}.ts does not exist)`);
  const prefix = `cli-${command.replaceAll('/', '--')}`;
  const recordFile = path.join(dir, `${prefix}.json`);
  const entryOf = (/** @type {string} */ folder) => path.join(dir, folder, `${ENTRY}.mjs`);

  const record = readRecord(recordFile);
  if (record && fs.existsSync(entryOf(record.dir)) && inputsHash(root, record.inputs) === record.hash) {
    markUsed(path.join(dir, record.dir));
    return { entry: entryOf(record.dir), built: false };
  }

  fs.mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${prefix}.${process.pid}.tmp`);
  fs.rmSync(temp, { recursive: true, force: true });
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { [ENTRY]: source },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    banner: { js: REQUIRE },
    outdir: temp,
    outExtension: { '.js': '.mjs' },
    tsconfig: path.join(root, 'tsconfig.json'),
    metafile: true,
    plugins: [moduleLocation],
    logLevel: 'silent',
  });
  await esbuild.stop();
  const inputs = Object.keys(result.metafile.inputs).sort();
  const hash = inputsHash(root, inputs);
  if (hash === null) throw new Error(`scripts/${command}.ts changed while it was bundled; run it again`);
  const folder = `${prefix}.${hash.slice(0, 16)}`;
  try {
    fs.renameSync(temp, path.join(dir, folder));
  } catch (error) {
    // Another run built the same bundle first: keep its folder.
    if (!fs.existsSync(entryOf(folder))) throw error;
    fs.rmSync(temp, { recursive: true, force: true });
  }
  const recordTemp = `${recordFile}.${process.pid}.tmp`;
  fs.writeFileSync(recordTemp, `${JSON.stringify({ inputs, hash, dir: folder })}\n`);
  fs.renameSync(recordTemp, recordFile);
  // This command's other bundles, and the temporary folders of stopped builds; never its record.
  removeUnused(
    dir,
    folder,
    (name) => name !== `${prefix}.json` && (name.startsWith(`${prefix}.`) || name.startsWith(`.${prefix}.`)),
  );
  return { entry: entryOf(folder), built: true };
}

// Run as a program (not imported by a test): bundle the command and run it with the rest of the arguments.
if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const [command, ...args] = process.argv.slice(2);
  const root = path.resolve(import.meta.dirname, '..');
  let entry;
  try {
    if (!command) throw new Error('usage: node scripts/run.mjs <command> [args...]');
    ({ entry } = await commandBundle(root, command));
  } catch (error) {
    console.error(`run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
  // The command reads its arguments as if it had been started from its source.
  process.argv = [process.argv[0] ?? process.execPath, path.join(root, 'scripts', `${command}.ts`), ...args];
  await import(pathToFileURL(entry).href);
}
