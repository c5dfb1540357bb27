/**
 * `npm run ingest`: the I/O around planIngest. Reads sources (files or
 * URLs) and the current articles, then writes each changed article
 * atomically (temp file + rename) inside DIR/articles and nowhere else.
 *
 * Exit status: 0 every source ingested (skipped items are warnings),
 * 1 a source was rejected or the existing content is invalid, 2 usage error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SLUG_PATTERN } from '@/lib/content/schema';
import { loadArticles } from '@/lib/content/load-articles';
import { parseArgs, USAGE, UsageError } from '@/lib/ingest/cli/args';
import { printReport } from '@/lib/ingest/cli/report';
import { fetchSource, isUrl } from '@/lib/ingest/fetch-source';
import { planIngest, type SourceInput } from '@/lib/ingest/plan';

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

/** Writes inside `articlesDir` only: the slug is re-checked and the resolved path compared. */
function writeAtomically(articlesDir: string, slug: string, text: string): void {
  if (!SLUG_PATTERN.test(slug)) throw new Error(`refusing to write unsafe slug "${slug}"`);
  const target = path.resolve(articlesDir, `${slug}.md`);
  if (path.dirname(target) !== path.resolve(articlesDir)) throw new Error(`refusing to write outside ${articlesDir}`);
  const temp = path.join(path.dirname(target), `.${slug}.md.${process.pid}.tmp`);
  fs.writeFileSync(temp, text, { flag: 'wx' });
  fs.renameSync(temp, target);
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

  const inputs = await Promise.all(args.sources.map(readInput));
  const plan = planIngest(inputs, existing.articles, existingTexts);
  if (!args.dryRun && plan.writes.length > 0) {
    fs.mkdirSync(articlesDir, { recursive: true });
    for (const { slug, text } of plan.writes) writeAtomically(articlesDir, slug, text);
  }
  printReport(plan, { json: args.json, dryRun: args.dryRun });
  return plan.sources.some((source) => source.status === 'rejected') ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`ingest: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
