/**
 * `npm run records [-- --json] [--content-dir DIR]`: builds the career
 * records from content/ and prints the editor's report.
 *
 * Exit status: 0 every record is valid, 1 a record or content file is
 * invalid (each problem is listed), 2 usage error.
 */
import path from 'node:path';
import { loadCareerRecords } from '@/lib/records/load-records';
import { buildReport, formatReport } from '@/lib/records/report';

const USAGE = 'Usage: npm run records -- [--json] [--content-dir DIR]';

function main(argv: string[]): number {
  let json = false;
  let contentDir = 'content';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--json') json = true;
    else if (arg === '--content-dir' && argv[i + 1]) contentDir = argv[++i] ?? contentDir;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else {
      process.stderr.write(`records: unknown argument "${arg}"\n${USAGE}\n`);
      return 2;
    }
  }
  const { records, errors } = loadCareerRecords(path.resolve(contentDir));
  const report = buildReport(records, errors);
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return errors.length > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
