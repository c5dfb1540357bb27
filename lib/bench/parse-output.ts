/**
 * Reads the figures the bench needs out of other programs' output: the
 * ingest CLI's `--json` report and `next build`'s log. Both are external
 * text, so fields are checked rather than cast.
 */
import { isRecord } from '@/lib/is-record';

export interface IngestSummary {
  sources: number;
  rejected: number;
  written: number;
  unchanged: number;
  skipped: number;
}

/** The `summary` of `npm run ingest -- --json`; throws naming the field that is missing. */
export function readIngestSummary(stdout: string): IngestSummary {
  const parsed: unknown = JSON.parse(stdout);
  const summary = isRecord(parsed) ? parsed.summary : undefined;
  if (!isRecord(summary)) throw new Error('ingest report has no summary');
  const count = (field: keyof IngestSummary): number => {
    const value = summary[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
      throw new Error(`ingest report: summary.${field} is not a count`);
    return value;
  };
  return {
    sources: count('sources'),
    rejected: count('rejected'),
    written: count('written'),
    unchanged: count('unchanged'),
    skipped: count('skipped'),
  };
}

// "✓ Generating static pages using 1 worker (342/342) in 27.5s"
const GENERATED = /Generating static pages[^\n]*?\((\d+)\/(\d+)\)/g;

/** How many pages `next build` says it generated (the last progress line), or `null` when it does not say. */
export function pagesGenerated(buildLog: string): number | null {
  let last: number | null = null;
  for (const match of buildLog.matchAll(GENERATED)) if (match[1] === match[2]) last = Number(match[2]);
  return last;
}

export interface BuildSteps {
  /** "Compiled successfully in 23.1s" */
  compileMs: number | null;
  /** "Finished TypeScript in 18.6s" */
  typeCheckMs: number | null;
  /** "Generating static pages using 1 worker (342/342) in 27.5s" */
  generateMs: number | null;
}

// Next prints "850ms", "27.5s", "41s" or, from two minutes on, "2.3min".
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, min: 60_000 };

const duration = (log: string, pattern: RegExp): number | null => {
  const match = pattern.exec(log);
  const unit = UNIT_MS[match?.[2] ?? ''];
  return match?.[1] && unit ? Number(match[1]) * unit : null;
};

/**
 * The durations `next build` prints for its steps, so the fixed cost
 * (compiling, type-checking) can be told apart from the per-page cost.
 */
export function buildSteps(buildLog: string): BuildSteps {
  return {
    compileMs: duration(buildLog, /Compiled successfully in ([\d.]+)(min|ms|s)\b/),
    typeCheckMs: duration(buildLog, /Finished TypeScript in ([\d.]+)(min|ms|s)\b/),
    generateMs: duration(buildLog, /Generating static pages[^\n]*?\(\d+\/\d+\) in ([\d.]+)(min|ms|s)\b/),
  };
}
