/**
 * Reads Lighthouse results into a bench row: the four category scores,
 * the mobile Core Web Vitals lab figures and the audits that keep
 * accessibility, best practices or SEO below 100, taken from the median of
 * several runs, with the spread of the performance score across them.
 */
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';
import { formatDuration, formatNumber, formatScore } from './format';

/** The part of a Lighthouse result (LH.Result) the bench reads. */
export interface LighthouseResultLike {
  categories: Record<
    string,
    { score: number | null; auditRefs: readonly { id: string; weight: number }[] } | undefined
  >;
  audits: Record<string, { score: number | null; numericValue?: number } | undefined>;
  /** The host's speed as Lighthouse measured it at the start of the run. */
  environment?: { benchmarkIndex?: number };
}

export interface LighthouseFigures {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  /**
   * Lighthouse's benchmark index of the host during the run. The mobile
   * preset's 4× CPU slowdown stands for a mid-tier phone on a host of about
   * 1,500; a lower index means the run emulated a slower phone.
   */
  benchmarkIndex: number | null;
  /** Audits scoring below 1 in accessibility, best practices and SEO, by id. */
  failingAudits: string[];
}

/** The categories the targets hold at 100. */
export const PERFECT_CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const;

export function readLighthouse(result: LighthouseResultLike): LighthouseFigures {
  const score = (id: string): number | null => result.categories[id]?.score ?? null;
  const numeric = (id: string): number | null => result.audits[id]?.numericValue ?? null;
  const failing = new Set<string>();
  for (const id of PERFECT_CATEGORIES) {
    for (const ref of result.categories[id]?.auditRefs ?? []) {
      const audit = result.audits[ref.id];
      // Weightless audits are informative; a null score means not applicable or manual.
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failing.add(ref.id);
    }
  }
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    benchmarkIndex: result.environment?.benchmarkIndex ?? null,
    failingAudits: [...failing].sort(),
  };
}

/** A result as a run returns it; Lighthouse sets `runtimeError` when it could not measure the page. */
export interface LighthouseRunResult extends LighthouseResultLike {
  runtimeError?: { message: string };
}

/** One run of one route and preset: the result, or the error the run threw. */
export type LighthouseRunOutcome = { result: LighthouseRunResult } | { error: string };

/** The row made from several runs of one route and preset. */
export interface LighthouseRunsSummary extends LighthouseFigures {
  /** Runs made. */
  runs: number;
  /** Runs that measured the page: the median run is chosen from these. */
  runsSucceeded: number;
  /** Lowest and highest performance score across the runs that succeeded. */
  performanceMin: number | null;
  performanceMax: number | null;
  /** Why the runs failed, when none succeeded. */
  error: string | null;
}

const NO_FIGURES: LighthouseFigures = {
  performance: null,
  accessibility: null,
  bestPractices: null,
  seo: null,
  lcpMs: null,
  tbtMs: null,
  cls: null,
  benchmarkIndex: null,
  failingAudits: [],
};

/**
 * Lighthouse's own choice of the run to report: the one closest to the median
 * first contentful paint and time to interactive, over the runs that have both.
 * The module's declarations name a global `LH` namespace the package does not
 * ship, so they type as `any`; what it returns is matched back to the runs
 * given rather than trusted.
 */
function medianRun<R extends LighthouseResultLike>(results: readonly R[]): { valid: R[]; median: R | undefined } {
  const validPicks: unknown[] = filterToValidRuns([...results]);
  const valid = results.filter((result) => validPicks.includes(result));
  if (valid.length === 0) return { valid, median: undefined };
  const pick: unknown = computeMedianRun(valid);
  return { valid, median: valid.find((result) => result === pick) };
}

/** The row for one route and preset from all its runs: the median run's figures and the performance spread. */
export function summariseLighthouseRuns(outcomes: readonly LighthouseRunOutcome[]): LighthouseRunsSummary {
  const failures: string[] = [];
  const measured: LighthouseRunResult[] = [];
  for (const outcome of outcomes) {
    if ('error' in outcome) failures.push(outcome.error);
    // A result with a runtime error may hold partial figures; Lighthouse advises discarding it.
    else if (outcome.result.runtimeError) failures.push(outcome.result.runtimeError.message);
    else measured.push(outcome.result);
  }
  const { valid, median } = medianRun(measured);
  if (valid.length < measured.length) failures.push('no first contentful paint or time to interactive');
  if (!median) {
    const reasons = [...new Set(failures)].join('; ') || 'no runs';
    return {
      ...NO_FIGURES,
      runs: outcomes.length,
      runsSucceeded: 0,
      performanceMin: null,
      performanceMax: null,
      error: outcomes.length > 1 ? `all ${outcomes.length} runs failed: ${reasons}` : reasons,
    };
  }
  const scores = valid.flatMap((result) => {
    const value = readLighthouse(result).performance;
    return value === null ? [] : [value];
  });
  return {
    ...readLighthouse(median),
    runs: outcomes.length,
    runsSucceeded: valid.length,
    performanceMin: scores.length > 0 ? Math.min(...scores) : null,
    performanceMax: scores.length > 0 ? Math.max(...scores) : null,
    error: null,
  };
}

/** One run in a few words for the progress log: its performance score, first paint and host speed, or why it failed. */
export function describeLighthouseRun(outcome: LighthouseRunOutcome): string {
  if ('error' in outcome) return `failed: ${outcome.error}`;
  if (outcome.result.runtimeError) return `failed: ${outcome.result.runtimeError.message}`;
  const { performance, benchmarkIndex } = readLighthouse(outcome.result);
  const fcp = outcome.result.audits['first-contentful-paint']?.numericValue ?? null;
  return `perf ${formatScore(performance)}, FCP ${formatDuration(fcp)}, host index ${formatNumber(benchmarkIndex)}`;
}
