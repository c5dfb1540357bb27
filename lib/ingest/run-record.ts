/**
 * An unchanged re-ingest without opening a feed. After a complete run the
 * manifest keeps what it read (a hash of the ingest code and of each source's
 * name and bytes), a hash of every article file it left, and its report. A
 * later run that reads the same inputs and finds exactly those files would
 * plan nothing to write: ingest is deterministic and idempotent. So it
 * answers with the recorded report, every article counted unchanged, without
 * parsing a feed or an article. Any difference (one byte of a feed, an
 * article edited, added or removed by hand, a change to the ingest code or a
 * library) runs the whole ingest. Pure: the CLI reads and hashes the files.
 */
import { createHash } from 'node:crypto';
import type { IngestManifest, IngestRunRecord } from '@/lib/content/schema';
import type { IngestPlan } from './plan';

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** The hash of one article file's text, as the record keeps it. */
export const fileHash = (text: string | Uint8Array): string => sha256(text);

/** What a run reads: the code that plans it and every source by name and bytes, in name order. */
export function runInputsKey(code: string, sources: ReadonlyArray<{ name: string; bytes: Uint8Array }>): string {
  const hash = createHash('sha256').update(`${code}\u0000`);
  for (const source of [...sources].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)))
    hash.update(`${source.name}\u0000${sha256(source.bytes)}\u0000`);
  return hash.digest('hex');
}

/** The report of a run that has nothing to do. */
export type ReplayedPlan = Pick<IngestPlan, 'sources' | 'writes' | 'unchanged' | 'skipped' | 'warnings'>;

/**
 * The recorded run again, when `inputs` and the article files (name -> hash)
 * are exactly those it recorded; otherwise `null`, and the whole ingest runs.
 */
export function replayUnchangedRun(
  manifest: IngestManifest | null,
  inputs: string,
  files: ReadonlyMap<string, string>,
): ReplayedPlan | null {
  const run = manifest?.run;
  if (!run || run.inputs !== inputs) return null;
  const recorded = Object.entries(run.files);
  if (recorded.length !== files.size || recorded.some(([name, hash]) => files.get(name) !== hash)) return null;
  const sources = run.sources.map((source) => ({
    ...source,
    written: 0,
    unchanged: source.unchanged + source.written,
  }));
  return {
    sources,
    writes: [],
    unchanged: run.articles,
    skipped: sources.reduce((sum, source) => sum + source.skipped, 0),
    warnings: run.warnings,
  };
}

/**
 * The record of a run that ingested every source, for the next run to
 * compare with; none when a source was rejected, so that the next run tries
 * it again and reports it afresh.
 */
export function recordRun(
  inputs: string,
  files: ReadonlyMap<string, string>,
  plan: Pick<IngestPlan, 'sources' | 'warnings'> & { articles: ReadonlyArray<{ slug: string }> },
): IngestRunRecord | undefined {
  if (plan.sources.some((source) => source.status === 'rejected')) return undefined;
  return {
    inputs,
    files: Object.fromEntries([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    articles: plan.articles.map((article) => article.slug),
    sources: plan.sources,
    warnings: plan.warnings,
  };
}
