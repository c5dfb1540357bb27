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
import { articleFileNames } from '@/lib/content/content-files';
import { extractorVersion } from '@/lib/records/cache/fingerprint';
import { cachedEntryCount } from '@/lib/records/cache/layout';
import { EXTRACT_LOCK, tryCacheLock } from '@/lib/records/cache/lock';
import type { RecordsCacheOptions } from '@/lib/records/load-records';

const USAGE = `Usage: npm run records -- [--json] [--content-dir DIR] [--cache-dir DIR | --no-cache]

  --cache-dir DIR  keep each article's records here between runs (default .next/cache/records, the build's)
  --no-cache       extract every article again and keep nothing`;

// Below this many articles to extract, starting a second process costs more than it
// saves: its start-up (about a second under tsx) slows this one's, and two processes
// side by side each run about 1.45 times slower on this work.
const MIN_UNCACHED_FOR_HELPER = 24;

/**
 * Starts `records/extract-helper.ts` in a second process (under the same
 * TypeScript loader as this one), to extract into the cache from the other end
 * while this process builds. It ends by itself when this process releases the
 * lock; whatever it does not extract, this process does.
 */
function startHelper(contentDir: string, cacheDir: string, version: string): void {
  const helper = path.join(import.meta.dirname, 'records', 'extract-helper.ts');
  spawn(process.execPath, [...process.execArgv, helper, contentDir, cacheDir, version], { stdio: 'ignore' }).on(
    'error',
    () => {
      // No helper: this process extracts every article itself.
    },
  );
}

const articleFileCount = (contentDir: string): number => {
  try {
    return articleFileNames(path.join(contentDir, 'articles')).length;
  } catch {
    return 0;
  }
};

/**
 * The cache of a run, with a helper when many articles are to be extracted.
 * When the lock is free, this process takes it at once; if the cache holds
 * too few entries for most of the articles, the helper starts now, so that its
 * start-up overlaps this process's loading rather than following it.
 * Otherwise the helper starts once this process knows how many articles are
 * not cached.
 */
function cacheOptions(
  contentDir: string,
  dir: string,
  version: string,
): { options: RecordsCacheOptions; release: () => void } {
  let helping = false;
  const help = (): void => {
    if (helping || os.availableParallelism() < 2) return;
    helping = true;
    startHelper(contentDir, dir, version);
  };
  const release = tryCacheLock(dir, EXTRACT_LOCK);
  if (release && articleFileCount(contentDir) - cachedEntryCount(dir) >= MIN_UNCACHED_FOR_HELPER) help();
  return {
    options: {
      dir,
      version,
      lockHeld: release !== null,
      onBuilding: (countUncached) => {
        if (!helping && countUncached() >= MIN_UNCACHED_FOR_HELPER) help();
      },
    },
    release: release ?? (() => {}),
  };
}

async function main(argv: string[]): Promise<number> {
  let json = false;
  let contentDir = 'content';
  let cacheDir: string | null = path.join('.next', 'cache', 'records');
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--json') json = true;
    else if (arg === '--content-dir' && argv[i + 1]) contentDir = argv[++i] ?? contentDir;
    else if (arg === '--cache-dir' && argv[i + 1]) cacheDir = argv[++i] ?? cacheDir;
    else if (arg === '--no-cache') cacheDir = null;
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
  const cache = cacheDir ? cacheOptions(content, path.resolve(cacheDir), extractorVersion(root)) : undefined;
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
