/**
 * Ingest phase: times the real ingest program (what `npm run ingest` runs)
 * on the repository's sources and on the generated corpus, each into a fresh
 * content directory, then again on unchanged sources.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readIngestSummary } from '@/lib/bench/parse-output';
import type { IngestRow } from '@/lib/bench/results';
import type { Corpora, CorpusKey } from './corpora';
import { corpusLabel } from './corpora';
import { runTimed, commandArgs } from './processes';

/** Every source file `npm run ingest` reads by default, sorted. */
export function repoSources(root: string): string[] {
  const dir = path.join(root, 'content', 'sources');
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && entry.name !== 'README.md')
    .map((entry) => path.join(dir, entry.name))
    .sort();
}

/** The feeds of a corpus folder: every file the bench wrote there, whatever its extension (`.xml`, `.atom`, `.rss`). */
export const feedFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => path.join(dir, name));

const totalBytes = (files: readonly string[]): number => files.reduce((sum, file) => sum + fs.statSync(file).size, 0);

/** Runs the ingest CLI on `sources` into `contentDir` and returns one timed row. */
export async function timeIngest(
  root: string,
  run: string,
  sources: readonly string[],
  contentDir: string,
): Promise<IngestRow> {
  const result = await runTimed(
    process.execPath,
    commandArgs(root, 'ingest', [...sources, '--content-dir', contentDir, '--json']),
    {
      cwd: root,
    },
  );
  if (result.code !== 0) throw new Error(`ingest (${run}) exited with ${result.code}:\n${result.stderr.slice(-2_000)}`);
  const summary = readIngestSummary(result.stdout);
  return {
    run,
    sources: summary.sources,
    inputBytes: totalBytes(sources),
    wallMs: result.ms,
    written: summary.written,
    unchanged: summary.unchanged,
    rejected: summary.rejected,
    skipped: summary.skipped,
  };
}

const startRow = (run: string, wallMs: number): IngestRow => ({
  run,
  sources: 0,
  inputBytes: 0,
  wallMs,
  written: 0,
  unchanged: 0,
  rejected: 0,
  skipped: 0,
});

/**
 * Node starting with none of the project's code, the median of five: the
 * host's own speed at the time, to read the other rows by (it moves by up to
 * 1.4 times within minutes on the 2-core machine).
 */
async function timeNodeStart(root: string): Promise<IngestRow> {
  const times: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const result = await runTimed(process.execPath, ['-e', '0'], { cwd: root });
    if (result.code !== 0) throw new Error(`node -e 0 exited with ${result.code}`);
    times.push(result.ms);
  }
  times.sort((a, b) => a - b);
  return startRow('Node start alone (host speed), median of 5', times[2] ?? Number.NaN);
}

/**
 * The process start alone (`--help`), so the fixed cost can be told apart from
 * the work. Timed on the second call: the first builds the command's bundle if
 * its code changed since the last run.
 */
async function timeStartOnly(root: string): Promise<IngestRow> {
  let result = await runTimed(process.execPath, commandArgs(root, 'ingest', ['--help']), { cwd: root });
  if (result.code === 0)
    result = await runTimed(process.execPath, commandArgs(root, 'ingest', ['--help']), { cwd: root });
  if (result.code !== 0) throw new Error(`ingest --help exited with ${result.code}`);
  return startRow('process start only (--help)', result.ms);
}

/** The unchanged run's speed-up over the first, whole and with the process start taken off both. */
function withSpeedup(again: IngestRow, first: IngestRow, start: IngestRow): IngestRow {
  const work = (row: IngestRow): number => row.wallMs - start.wallMs;
  return {
    ...again,
    speedup: {
      wall: first.wallMs / again.wallMs,
      work: work(again) > 0 && work(first) > 0 ? work(first) / work(again) : null,
    },
  };
}

/**
 * Times the ingest of the repository's sources and of each corpus into an
 * empty content directory, then again with nothing changed.
 */
export async function runIngestPhase(
  root: string,
  workDir: string,
  corpora: Corpora,
  keys: readonly CorpusKey[],
): Promise<IngestRow[]> {
  const host = await timeNodeStart(root);
  const start = await timeStartOnly(root);
  const rows = [host, start];
  const pair = async (label: string, sources: readonly string[], contentDir: string): Promise<void> => {
    const first = await timeIngest(root, `${label}, empty content dir`, sources, contentDir);
    const again = await timeIngest(root, `${label} again (unchanged)`, sources, contentDir);
    rows.push(first, withSpeedup(again, first, start));
  };
  await pair('repo sources', repoSources(root), path.join(workDir, 'ingest-repo'));
  for (const key of keys) await pair(corpusLabel(key), corpora.feedFiles(key), corpora.contentDir(key));
  for (const row of rows)
    console.log(`  ${row.run}: ${Math.round(row.wallMs)} ms, ${row.written} written, ${row.unchanged} unchanged`);
  return rows;
}
