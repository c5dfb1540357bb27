/** The shape of a bench run's results: what the JSON file holds and the tables are made from. */
import type { Phase } from './args';
import type { LighthouseRunsSummary } from './lighthouse';
import type { BudgetResult } from './page-weight';
import type { LayoutRow } from './layout';
import type { BuildSteps } from './parse-output';

export interface MachineFacts {
  /** ISO 8601 start time. */
  date: string;
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  platform: string;
  /** 1, 5 and 15 minute load averages when the run started and ended: other work on the machine skews timings. */
  loadAverageStart: number[];
  loadAverageEnd: number[] | null;
  /** The command line that produced the results. */
  command: string;
  gitCommit: string | null;
}

export interface IngestRow {
  run: string;
  sources: number;
  inputBytes: number;
  wallMs: number;
  written: number;
  unchanged: number;
  rejected: number;
  skipped: number;
  /** For a run on unchanged sources: the first run's wall time over this one's, and the same with the process start taken off both. */
  speedup?: { wall: number; work: number | null } | null;
}

/** `npm run records` on one content directory: with an empty cache, then again with the cache it filled. */
export interface RecordsRow {
  content: string;
  articles: number;
  /** Bytes of the article files (front matter and Markdown). */
  markdownBytes: number;
  coldMs: number;
  warmMs: number;
  /** The same program's process start alone (`--help`). */
  startMs: number;
  figures: number;
}

export interface BuildRow {
  content: string;
  /** What was built: the repository alone, or a copy holding a generated or real-shaped corpus. */
  corpus: 'repository' | 'generated' | 'real-shaped';
  articles: number;
  wallMs: number;
  /** Pages `next build` reports generating ("Generating static pages (342/342)"). */
  pagesGenerated: number | null;
  /** Prerendered `.html` files under .next/server/app. */
  htmlFiles: number;
  /** The step durations the build log reports. */
  steps: BuildSteps;
}

export interface ServeRow {
  family: string;
  path: string;
  connections: number;
  server: 'next start' | 'static';
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Transport errors and timeouts. */
  errors: number;
  non2xx: number;
  /** Bytes per response as sent (compressed when the server compressed). */
  bytesPerResponse: number;
}

export interface WeightRow {
  family: string;
  path: string;
  status: number;
  htmlBytes: number;
  htmlGzipBytes: number;
  /** Inline script bytes in the HTML, mostly the RSC payload. */
  inlineScriptBytes: number;
  scripts: string[];
  jsGzipBytes: number;
  /** Content-Encoding when the request said `Accept-Encoding: gzip`. */
  contentEncoding: string | null;
  cacheControl: string | null;
  budget: BudgetResult | null;
}

export interface HeaderCheck {
  what: string;
  url: string;
  header: string;
  value: string | null;
  ok: boolean;
  expected: string;
}

/** Lighthouse on one route and preset: the median run's scores (all `null` when every run failed) and where it ran. */
export interface LighthouseRow extends LighthouseRunsSummary {
  family: string;
  path: string;
  preset: 'mobile' | 'desktop';
}

export interface BenchResults {
  machine: MachineFacts;
  phases: Phase[];
  ingest?: IngestRow[];
  records?: RecordsRow[];
  build?: BuildRow[];
  serve?: { rows: ServeRow[]; sameBytes: { path: string; same: boolean; detail: string }[]; notes: string[] };
  weight?: { rows: WeightRow[]; frameworkScripts: string[]; frameworkJsGzipBytes: number; headers: HeaderCheck[] };
  /** Overview pages measured at phone width against the layout budget. */
  layout?: LayoutRow[];
  lighthouse?: LighthouseRow[];
  /** Total wall time of the run per phase, in ms. */
  phaseMs: Partial<Record<Phase, number>>;
  /** Phases that failed, with their error; the others still report. */
  failures: { phase: Phase; error: string }[];
}
