/**
 * Records phase: times `npm run records` on the repository's content and on
 * each corpus, first with an empty cache (every article extracted), then
 * again with the cache it filled, as a build after no change would.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RecordsRow } from '@/lib/bench/results';
import { articleFilesSize } from '@/lib/content/content-files';
import { isRecord } from '@/lib/is-record';
import { corpusLabel, type Corpora, type CorpusKey } from './corpora';
import { runTimed, commandArgs } from './processes';

/** The count of salary figures in `npm run records -- --json` (`totals.salaries`), checked rather than cast. */
function figureCount(stdout: string): number {
  const report: unknown = JSON.parse(stdout);
  const totals = isRecord(report) ? report.totals : undefined;
  const figures = isRecord(totals) ? totals.salaries : undefined;
  if (typeof figures !== 'number') throw new Error('records report: totals.salaries is not a number');
  return figures;
}

async function runRecords(root: string, args: string[]): Promise<{ ms: number; stdout: string }> {
  const result = await runTimed(process.execPath, commandArgs(root, 'records', args), { cwd: root });
  if (result.code !== 0)
    throw new Error(`records ${args.join(' ')} exited with ${result.code}:\n${result.stderr.slice(-2_000)}`);
  return { ms: result.ms, stdout: result.stdout };
}

/** A content directory of `articlesDir` with the repository's roles and catalogues, linked rather than copied. */
function contentWith(root: string, dir: string, articlesDir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.symlinkSync(path.resolve(articlesDir), path.join(dir, 'articles'));
  for (const part of ['roles', 'catalog']) fs.symlinkSync(path.join(root, 'content', part), path.join(dir, part));
  return dir;
}

export async function runRecordsPhase(
  root: string,
  workDir: string,
  corpora: Corpora,
  keys: readonly CorpusKey[],
): Promise<RecordsRow[]> {
  const start = (await runRecords(root, ['--help'])).ms;
  const contents: Array<{ label: string; dir: string }> = [
    { label: 'repository content', dir: path.join(root, 'content') },
  ];
  for (const key of keys)
    contents.push({
      label: corpusLabel(key),
      dir: contentWith(
        root,
        path.join(workDir, 'records', corpusLabel(key).replace(/\W+/g, '-')),
        await corpora.articles(key),
      ),
    });
  const rows: RecordsRow[] = [];
  for (const { label, dir } of contents) {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-records-cache-'));
    try {
      const args = ['--content-dir', dir, '--cache-dir', cache, '--json'];
      const cold = await runRecords(root, args);
      const warm = await runRecords(root, args);
      const { files: articles, bytes } = articleFilesSize(path.join(dir, 'articles'));
      rows.push({
        content: label,
        articles,
        markdownBytes: bytes,
        coldMs: cold.ms,
        warmMs: warm.ms,
        startMs: start,
        figures: figureCount(cold.stdout),
      });
      console.log(
        `  ${label}: ${Math.round(cold.ms)} ms with an empty cache, ${Math.round(warm.ms)} ms from the cache`,
      );
    } finally {
      fs.rmSync(cache, { recursive: true, force: true });
    }
  }
  return rows;
}
