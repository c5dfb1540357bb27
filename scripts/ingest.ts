/**
 * `npm run ingest`: the I/O around planIngest. Reads sources (files or
 * URLs) and the current articles, converts the items whose HTML has not been
 * converted before (on every core), then writes each changed article
 * atomically (temp file + rename) inside DIR/articles and nowhere else.
 *
 * Exit status: 0 every source ingested (skipped items are warnings),
 * 1 a source was rejected or the existing content is invalid, 2 usage error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SLUG_PATTERN } from '@/lib/content/schema';
import { parseArgs, USAGE, UsageError } from '@/lib/ingest/cli/args';
import { printReport } from '@/lib/ingest/cli/report';
import {
  conversionKey,
  converterFingerprint,
  MANIFEST_FILE,
  nextManifest,
  readManifest,
  reusableBodies,
} from '@/lib/ingest/conversion-cache';
import { fetchSource, isUrl } from '@/lib/ingest/fetch-source';
import { isProcessRunning } from '@/lib/is-running';
import { exitAfterOutput } from '@/lib/exit-after-output';
import type { SourceInput } from '@/lib/ingest/plan';
import { fileHash, recordRun, replayUnchangedRun, runInputsKey } from '@/lib/ingest/run-record';
import { staleTempFiles, tempFileName } from '@/lib/ingest/temp-files';
import type { ConversionJob } from './ingest/convert-pool';

const root = path.resolve(import.meta.dirname, '..');

async function readInput(source: string): Promise<SourceInput> {
  if (isUrl(source)) {
    try {
      return { name: source, bytes: await fetchSource(source) };
    } catch (error) {
      return { name: source, error: `fetch failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  const name = path.basename(source);
  try {
    const stat = fs.statSync(source);
    if (!stat.isFile()) return { name, error: 'not a regular file' };
    return { name, bytes: fs.readFileSync(source) };
  } catch (error) {
    return { name, error: `cannot read: ${error instanceof Error ? error.message : String(error)}` };
  }
}

function defaultSources(contentDir: string): string[] {
  const dir = path.join(contentDir, 'sources');
  if (!fs.existsSync(dir)) throw new UsageError(`no sources given and ${dir} does not exist`);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && entry.name !== 'README.md')
    .map((entry) => path.join(dir, entry.name))
    .sort();
}

/** The files under `dir` whose names end in `extension`, relative to the project root. */
const filesUnder = (dir: string, extension: string): string[] =>
  fs
    .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .map((name) => path.join(dir, name));

/**
 * The code under `dirs` and the library versions as installed: the lockfile and
 * the patches applied to libraries after install. This is what the fingerprints hash.
 */
function codeFiles(dirs: readonly string[], files: readonly string[] = []): Array<{ name: string; text: string }> {
  const names = dirs.flatMap((dir) => filesUnder(dir, '.ts'));
  return [...names, ...files, 'package-lock.json', ...filesUnder('patches', '.patch')].map((name) => ({
    name,
    text: fs.readFileSync(path.join(root, name), 'utf8'),
  }));
}

/** Every file the conversion depends on: the ingest code and the locked library versions. */
const converterFiles = () => codeFiles([path.join('lib', 'ingest')]);
/** Every file a whole run depends on: the conversion's, the content schema and loader, and this command. */
const runCodeFiles = () =>
  codeFiles(
    [path.join('lib', 'ingest'), path.join('lib', 'content'), path.join('scripts', 'ingest')],
    [path.join('scripts', 'ingest.ts')],
  );

/** Each article file's hash, by file name: what the last complete run is compared with. */
function articleFileHashes(articlesDir: string): Map<string, string> {
  if (!fs.existsSync(articlesDir)) return new Map();
  return new Map(
    fs
      .readdirSync(articlesDir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
      .map((entry) => [entry.name, fileHash(fs.readFileSync(path.join(articlesDir, entry.name)))]),
  );
}

const readIfExists = (file: string): string | null => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null);

/**
 * Writes inside `dir` only (the name is re-checked and the resolved path
 * compared), through a temporary file renamed into place.
 */
async function writeAtomically(dir: string, name: string, tempName: string, data: string | Buffer): Promise<void> {
  const target = path.resolve(dir, name);
  if (path.dirname(target) !== path.resolve(dir)) throw new Error(`refusing to write outside ${dir}`);
  const temp = path.join(path.dirname(target), tempName);
  await fs.promises.writeFile(temp, data, { flag: 'wx' });
  await fs.promises.rename(temp, target);
}

/** Files written at once: enough to keep libuv's four threads busy, few enough open files for any limit. */
const CONCURRENT_WRITES = 16;

/**
 * Writes each article atomically, several at a time on libuv's threads while
 * the main thread goes on: creating 300 files one after another took 0.25 s
 * of the run's serial end on this machine. Settles when every write has; then
 * rejects with the first failure, if any.
 */
async function writeArticles(articlesDir: string, writes: ReadonlyArray<{ slug: string; bytes: Buffer }>) {
  const failures: unknown[] = [];
  let next = 0;
  const writer = async (): Promise<void> => {
    while (next < writes.length) {
      const { slug, bytes } = writes[next++] as { slug: string; bytes: Buffer };
      try {
        if (!SLUG_PATTERN.test(slug)) throw new Error(`refusing to write unsafe slug "${slug}"`);
        await writeAtomically(articlesDir, `${slug}.md`, tempFileName(slug, process.pid), bytes);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_WRITES, writes.length) }, writer));
  if (failures.length > 0) throw failures[0];
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
    if (args === 'help') {
      console.log(USAGE);
      return 0;
    }
    if (args.sources.length === 0) args.sources = defaultSources(args.contentDir);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`ingest: ${error.message}\n\n${USAGE}`);
    return 2;
  }

  const articlesDir = path.join(args.contentDir, 'articles');
  const cleared = fs.existsSync(articlesDir) ? staleTempFiles(fs.readdirSync(articlesDir), isProcessRunning) : [];
  if (!args.dryRun) for (const name of cleared) fs.rmSync(path.join(articlesDir, name), { force: true });

  const read = await Promise.all(args.sources.map(readInput));
  const converter = converterFingerprint(converterFiles());
  const manifestFile = path.join(args.contentDir, MANIFEST_FILE);
  const manifest = readManifest(readIfExists(manifestFile), converter);
  const readable = read.flatMap((input) => ('bytes' in input ? [input] : []));
  const inputs = runInputsKey(converterFingerprint(runCodeFiles()), readable);
  // The same sources and code, and the article files exactly as the last complete run
  // left them: that run's plan again, with nothing to write. No feed or article is parsed.
  const filesBefore = articleFileHashes(articlesDir);
  const replay = readable.length === read.length ? replayUnchangedRun(manifest, inputs, filesBefore) : null;
  if (replay) {
    printReport(replay, { json: args.json, dryRun: args.dryRun, cleared, replayed: true });
    return 0;
  }

  // Loaded only now: an unchanged run above needs none of the parsers and converters.
  const [{ loadArticles }, { openSourceInput, planIngest }, { sourceConversions }, { conversionQueue }] =
    await Promise.all([
      import('@/lib/content/load-articles'),
      import('@/lib/ingest/plan'),
      import('@/lib/ingest/source'),
      import('./ingest/convert-pool'),
    ]);
  const existing = fs.existsSync(articlesDir) ? loadArticles(articlesDir) : { articles: [], errors: [] };
  if (existing.errors.length > 0) {
    console.error(
      `ingest: the articles already in ${articlesDir} are invalid; fix them first:\n  ${existing.errors.join('\n  ')}`,
    );
    return 1;
  }
  const existingTexts = new Map(
    existing.articles.map((a) => [a.slug, fs.readFileSync(path.join(articlesDir, `${a.slug}.md`), 'utf8')]),
  );

  // Each item's HTML is known once its source is open; those not converted by an
  // earlier run with the same converter are queued at once, and converted on every
  // core while the other sources are still being opened.
  const bodies = reusableBodies(manifest, existing.articles);
  // Each item's key is a hash of its whole HTML: computed once, when its source is
  // opened, and looked up again by the plan (by the very strings, so cheaply).
  const keys = new Map<string, Map<string | null, string>>();
  const keyOf = (html: string, baseUrl: string | null): string => {
    let byBase = keys.get(html);
    if (!byBase) keys.set(html, (byBase = new Map()));
    let key = byBase.get(baseUrl);
    if (key === undefined) byBase.set(baseUrl, (key = conversionKey(converter, html, baseUrl)));
    return key;
  };
  const jobs = new Map<string, ConversionJob>();
  const queue = conversionQueue();
  const opened = read.map((input) => {
    const result = openSourceInput(input);
    if (!('opened' in result)) return result;
    for (const { html, baseUrl } of sourceConversions(result.opened)) {
      const key = keyOf(html, baseUrl);
      if (bodies.has(key) || jobs.has(key)) continue;
      const job = { key, html, baseUrl };
      jobs.set(key, job);
      queue.add(job);
    }
    return result;
  });
  for (const [key, body] of await queue.finish()) bodies.set(key, body);
  const used = new Map<string, string>();
  const plan = planIngest(opened, existing.articles, existingTexts, (html, baseUrl) => {
    const key = keyOf(html, baseUrl);
    const body = bodies.get(key);
    if (body === undefined) throw new Error('an item was not converted ahead of the plan');
    used.set(key, body);
    return body;
  });

  if (!args.dryRun) {
    if (plan.writes.length > 0) fs.mkdirSync(articlesDir, { recursive: true });
    // Each file's bytes, encoded once: written, and hashed for the manifest.
    const files = plan.writes.map(({ slug, text }) => ({ slug, bytes: Buffer.from(text) }));
    const written = writeArticles(articlesDir, files);
    // The manifest is made while the files are written, and written after them: a run
    // stopped before that leaves the old manifest, whose entries for rewritten
    // articles no longer match and are converted again.
    let manifestText: string | null = null;
    if (plan.articles.length > 0) {
      const onDisk = new Map(existing.articles.map((article) => [article.slug, article]));
      for (const article of plan.articles) onDisk.set(article.slug, article);
      // The files as this run leaves them: those it found, and those it wrote, hashed from the bytes written.
      const filesAfter = new Map(filesBefore);
      for (const { slug, bytes } of files) filesAfter.set(`${slug}.md`, fileHash(bytes));
      const next = {
        ...nextManifest(converter, bodies, [...onDisk.values()]),
        run: recordRun(inputs, filesAfter, plan),
      };
      manifestText = `${JSON.stringify(next)}\n`;
    }
    await written;
    if (manifestText !== null && fs.existsSync(articlesDir)) {
      fs.mkdirSync(args.contentDir, { recursive: true });
      if (readIfExists(manifestFile) !== manifestText)
        await writeAtomically(args.contentDir, MANIFEST_FILE, `${MANIFEST_FILE}.${process.pid}.tmp`, manifestText);
    }
  }
  const reused = [...used.keys()].filter((key) => !jobs.has(key)).length;
  printReport(plan, { json: args.json, dryRun: args.dryRun, cleared, conversions: { converted: jobs.size, reused } });
  return plan.sources.some((source) => source.status === 'rejected') ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => exitAfterOutput(code),
  (error: unknown) => {
    console.error(`ingest: ${error instanceof Error ? error.message : String(error)}`);
    exitAfterOutput(1);
  },
);
