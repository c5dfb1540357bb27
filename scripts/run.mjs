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
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleDir, currentBundle, inputsHash, removeUnused, writeRecord } from './bundle-cache.mjs';

/** @typedef {import('esbuild').Plugin} Plugin @typedef {import('esbuild').Loader} Loader */

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
// (`import.meta` is written apart from `.url` so that `moduleLocation` leaves this text alone
// when this file is bundled itself, into `scripts/prepare.ts`.)
const REQUIRE = `import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(${'import.meta'}.url);`;
const LOCATION = /\bimport\.meta\.(dirname|filename|url)\b/g;

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

  // This file says how commands are built: a change to it builds them again.
  const salt = fs.readFileSync(import.meta.filename, 'utf8');
  const current = currentBundle(root, recordFile, salt, `${ENTRY}.mjs`);
  if (current) return { entry: path.join(current, `${ENTRY}.mjs`), built: false };

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
  const hash = inputsHash(root, inputs, salt);
  if (hash === null) throw new Error(`scripts/${command}.ts changed while it was bundled; run it again`);
  const folder = `${prefix}.${hash.slice(0, 16)}`;
  try {
    fs.renameSync(temp, path.join(dir, folder));
  } catch (error) {
    // Another run built the same bundle first: keep its folder.
    if (!fs.existsSync(entryOf(folder))) throw error;
    fs.rmSync(temp, { recursive: true, force: true });
  }
  writeRecord(recordFile, { inputs, hash, dir: folder });
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
