/**
 * `npm run records [-- --json] [--content-dir DIR]`: builds the career
 * records from content/ and prints the editor's report.
 *
 * Exit status: 0 every record is valid, 1 a record or content file is
 * invalid (each problem is listed), 2 usage error.
 */
import path from 'node:path';
import { extractorVersion } from '@/lib/records/cache';
import { loadCareerRecords } from '@/lib/records/load-records';
import { buildReport, formatReport } from '@/lib/records/report';

const USAGE = `Usage: npm run records -- [--json] [--content-dir DIR] [--cache-dir DIR | --no-cache]

  --cache-dir DIR  keep each article's records here between runs (default .next/cache/records, the build's)
  --no-cache       extract every article again and keep nothing`;

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
  const cache = cacheDir ? { dir: path.resolve(cacheDir), version: extractorVersion(root) } : undefined;
  const { records, errors } = loadCareerRecords(path.resolve(contentDir), cache);
  const report = buildReport(records, errors);
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return errors.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
