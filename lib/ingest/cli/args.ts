/** Command-line arguments of `npm run ingest`, parsed without side effects. */

export type IngestArgs = {
  sources: string[];
  contentDir: string;
  dryRun: boolean;
  json: boolean;
};

export const USAGE = `usage: npm run ingest -- [<file-or-url>...] [--content-dir DIR] [--dry-run] [--json]

With no sources, ingests every file in DIR/sources/ (DIR defaults to "content").
Writes one Markdown file per article to DIR/articles/.

  --content-dir DIR  content directory (default: content)
  --dry-run          report what would change, write nothing
  --json             print the report as JSON
  --help             show this help`;

export class UsageError extends Error {}

export function parseArgs(argv: string[]): IngestArgs | 'help' {
  const args: IngestArgs = { sources: [], contentDir: 'content', dryRun: false, json: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--dry-run') args.dryRun = true;
    else if (arg === '--json') args.json = true;
    else if (arg === '--content-dir' || arg.startsWith('--content-dir=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[(i += 1)];
      // "--content-dir --dry-run" forgot the directory; taking the option as one would write to ./--dry-run/articles.
      if (!value || (!arg.includes('=') && value.startsWith('-')))
        throw new UsageError('--content-dir needs a directory');
      args.contentDir = value;
    } else if (arg === '--') continue;
    else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else args.sources.push(arg);
  }
  return args;
}
