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
import { extractorVersion } from '@/lib/records/cache';
import { loadCareerRecords, type RecordsCacheOptions } from '@/lib/records/load-records';
import { buildReport, formatReport } from '@/lib/records/report';

const USAGE = `Usage: npm run records -- [--json] [--content-dir DIR] [--cache-dir DIR | --no-cache]

  --cache-dir DIR  keep each article's records here between runs (default .next/cache/records, the build's)
  --no-cache       extract every article again and keep nothing`;

// Below this many articles to extract, starting a second process costs more than it saves.
const MIN_UNCACHED_FOR_HELPER = 8;

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

/** The cache of a run, with a helper started when many articles are to be extracted. */
function cacheOptions(contentDir: string, dir: string, version: string): RecordsCacheOptions {
  return {
    dir,
    version,
    onBuilding: (uncached) => {
      if (uncached >= MIN_UNCACHED_FOR_HELPER && os.availableParallelism() > 1) startHelper(contentDir, dir, version);
    },
  };
}

function main(argv: string[]): number {
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
  const { records, errors } = loadCareerRecords(content, cache);
  const report = buildReport(records, errors);
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return errors.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
