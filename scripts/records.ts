/**
 * `npm run records [-- --json] [--content-dir DIR]`: builds the career
 * records from content/ and prints the editor's report.
 *
 * Exit status: 0 every record is valid, 1 a record or content file is
 * invalid (each problem is listed), 2 usage error.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
// These modules are light (Node built-ins, and js-yaml for the content files): this
// command takes the lock and starts its helper before it loads the extractors.
import { articleFilesSize } from '@/lib/content/content-files';
import { extractorVersion } from '@/lib/records/cache/fingerprint';
import { cachedEntryCount } from '@/lib/records/cache/layout';
import { EXTRACT_LOCK, tryCacheLock } from '@/lib/records/cache/lock';
import type { RecordsCacheOptions } from '@/lib/records/load-records';

/**
 * Markdown to extract (in characters) from which a second process is started
 * to help. Below it the helper costs more than it saves: its start-up (about a
 * second under tsx) slows this process's, and two processes side by side each
 * run about 1.45 times slower on this work. Measured on the 2-core machine,
 * alternating runs with an empty cache: 32 real-shaped articles (2.6 MB) took
 * 2.5-3.1 s alone and 3.2-4.0 s with the helper; 96 (7.7 MB) 4.1-4.4 s and
 * 4.8-6.9 s; 1,000 generated (12 MB) the same either way; 304 real-shaped
 * (24 MB) 9.2-10.4 s alone and 8.9-9.4 s with it; 3,000 generated (36 MB)
 * 15.1-16.8 s and 12.8-15.4 s.
 */
const HELPER_FROM = 16_000_000;

const USAGE = `Usage: npm run records -- [--json] [--content-dir DIR] [--cache-dir DIR | --no-cache] [--helper-from N]

  --cache-dir DIR  keep each article's records here between runs (default .next/cache/records, the build's)
  --no-cache       extract every article again and keep nothing
  --helper-from N  start a second process to help when at least N characters of Markdown are to be
                   extracted (default ${HELPER_FROM.toLocaleString('en-US')})`;

/**
 * Starts `records/extract-helper.ts` in a second process (bundled by
 * `run.mjs`, as this command is), to extract into the cache from the other end
 * while this process builds. It ends by itself when this process releases the
 * lock; whatever it does not extract, this process does.
 */
function startHelper(contentDir: string, cacheDir: string, version: string): void {
  const launcher = path.join(import.meta.dirname, 'run.mjs');
  spawn(process.execPath, [launcher, 'records/extract-helper', contentDir, cacheDir, version], {
    stdio: 'ignore',
  }).on('error', () => {
    // No helper: this process extracts every article itself.
  });
}

/**
 * The cache of a run, with a helper when much Markdown is to be extracted
 * (`helperFrom` characters or more). When the lock is free, this process takes
 * it at once; if the articles the cache cannot hold (more files than entries)
 * are that large, the helper starts now, so that its start-up overlaps this
 * process's loading rather than following it. Otherwise the helper starts once
 * this process knows which articles are not cached.
 */
function cacheOptions(
  contentDir: string,
  dir: string,
  version: string,
  helperFrom: number,
): { options: RecordsCacheOptions; release: () => void } {
  let helping = false;
  const help = (): void => {
    if (helping || os.availableParallelism() < 2) return;
    helping = true;
    startHelper(contentDir, dir, version);
  };
  const release = tryCacheLock(dir, EXTRACT_LOCK);
  if (release) {
    // From the files' sizes, before any article is loaded.
    let articles = { files: 0, bytes: 0 };
    try {
      articles = articleFilesSize(path.join(contentDir, 'articles'));
    } catch {
      // No articles folder: nothing to help with.
    }
    const { files, bytes } = articles;
    const uncached = files === 0 ? 0 : (bytes * Math.max(0, files - cachedEntryCount(dir))) / files;
    if (uncached > 0 && uncached >= helperFrom) help();
  }
  return {
    options: {
      dir,
      version,
      lockHeld: release !== null,
      onBuilding: (uncachedSize) => {
        if (helping) return;
        const size = uncachedSize();
        if (size > 0 && size >= helperFrom) help();
      },
    },
    release: release ?? (() => {}),
  };
}

async function main(argv: string[]): Promise<number> {
  let json = false;
  let contentDir = 'content';
  let cacheDir: string | null = path.join('.next', 'cache', 'records');
  let helperFrom = HELPER_FROM;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--json') json = true;
    else if (arg === '--content-dir' && argv[i + 1]) contentDir = argv[++i] ?? contentDir;
    else if (arg === '--cache-dir' && argv[i + 1]) cacheDir = argv[++i] ?? cacheDir;
    else if (arg === '--no-cache') cacheDir = null;
    else if (arg === '--helper-from' && /^\d+$/.test(argv[i + 1] ?? '')) helperFrom = Number(argv[++i]);
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else {
      process.stderr.write(`records: unknown argument "${arg}"\n${USAGE}\n`);
      return 2;
    }
  }
  const root = path.resolve(import.meta.dirname, '..');
  const content = path.resolve(contentDir);
  const cache = cacheDir
    ? cacheOptions(content, path.resolve(cacheDir), extractorVersion(root), helperFrom)
    : undefined;
  try {
    const { loadCareerRecords } = await import('@/lib/records/load-records');
    const { buildReport, formatReport } = await import('@/lib/records/report');
    const { records, errors } = loadCareerRecords(content, cache?.options);
    const report = buildReport(records, errors);
    process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    return errors.length > 0 ? 1 : 0;
  } finally {
    cache?.release();
  }
}

process.exitCode = await main(process.argv.slice(2));
