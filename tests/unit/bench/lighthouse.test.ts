import { describe, expect, it } from 'vitest';
import {
  describeLighthouseRun,
  readLighthouse,
  summariseLighthouseRuns,
  type LighthouseResultLike,
  type LighthouseRunOutcome,
} from '@/lib/bench/lighthouse';

const result: LighthouseResultLike = {
  categories: {
    performance: { score: 0.93, auditRefs: [{ id: 'total-blocking-time', weight: 30 }] },
    accessibility: {
      score: 0.96,
      auditRefs: [
        { id: 'color-contrast', weight: 7 },
        { id: 'label', weight: 7 },
        { id: 'manual-check', weight: 0 },
        { id: 'not-applicable', weight: 7 },
      ],
    },
    'best-practices': { score: 1, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
    seo: { score: 0.92, auditRefs: [{ id: 'canonical', weight: 1 }] },
  },
  audits: {
    'largest-contentful-paint': { score: 0.9, numericValue: 2_512.4 },
    'total-blocking-time': { score: 0.8, numericValue: 230 },
    'cumulative-layout-shift': { score: 1, numericValue: 0.002 },
    'color-contrast': { score: 0 },
    label: { score: 1 },
    'manual-check': { score: 0 },
    'not-applicable': { score: null },
    'errors-in-console': { score: 1 },
    canonical: { score: 0 },
  },
  environment: { benchmarkIndex: 1_269.5 },
};

describe('readLighthouse', () => {
  it('reads the category scores and the lab metrics', () => {
    expect(readLighthouse(result)).toMatchObject({
      performance: 0.93,
      accessibility: 0.96,
      bestPractices: 1,
      seo: 0.92,
      lcpMs: 2_512.4,
      tbtMs: 230,
      cls: 0.002,
      benchmarkIndex: 1_269.5,
    });
  });

  it('lists the weighted audits that fail in the categories held at 100, not performance or informative ones', () => {
    expect(readLighthouse(result).failingAudits).toEqual(['canonical', 'color-contrast']);
  });

  it('gives null for a category or metric the run did not produce', () => {
    const figures = readLighthouse({ categories: {}, audits: {} });
    expect(figures.performance).toBeNull();
    expect(figures.lcpMs).toBeNull();
    expect(figures.benchmarkIndex).toBeNull();
    expect(figures.failingAudits).toEqual([]);
  });
});

/** A run whose figures say which run it was: LCP is its first paint plus 1,000 ms, the host index its first paint plus 1. */
const run = (performance: number, fcpMs: number, ttiMs: number, runtimeError?: string): LighthouseRunOutcome => ({
  result: {
    categories: {
      performance: { score: performance, auditRefs: [] },
      accessibility: { score: 1, auditRefs: [{ id: 'label', weight: 7 }] },
    },
    audits: {
      'first-contentful-paint': { score: 1, numericValue: fcpMs },
      interactive: { score: 1, numericValue: ttiMs },
      'largest-contentful-paint': { score: 1, numericValue: fcpMs + 1_000 },
      label: { score: 1 },
    },
    environment: { benchmarkIndex: fcpMs + 1 },
    ...(runtimeError ? { runtimeError: { message: runtimeError } } : {}),
  },
});

describe('summariseLighthouseRuns', () => {
  it('takes the run closest to the median first paint and time to interactive, not the first, best or median score', () => {
    const summary = summariseLighthouseRuns([
      run(0.96, 200, 2_400),
      run(0.89, 1_250, 3_300),
      run(0.91, 1_200, 3_000),
      run(0.95, 210, 2_500),
      run(0.93, 1_300, 3_400),
    ]);
    expect(summary).toMatchObject({
      performance: 0.91,
      lcpMs: 2_200,
      benchmarkIndex: 1_201,
      runs: 5,
      runsSucceeded: 5,
      performanceMin: 0.89,
      performanceMax: 0.96,
      error: null,
    });
  });

  it('takes the median over the runs that measured the page and counts only those', () => {
    const summary = summariseLighthouseRuns([
      { error: 'Chromium did not start' },
      run(0.88, 1_300, 3_200),
      run(0.5, 900, 2_900, 'NO_LCP'),
      run(0.92, 300, 2_600),
      { result: { categories: { performance: { score: 0.1, auditRefs: [] } }, audits: {} } },
    ]);
    // Two runs are equally far from their medians; Lighthouse breaks the tie with the earlier interactive.
    expect(summary).toMatchObject({
      performance: 0.92,
      lcpMs: 1_300,
      runs: 5,
      runsSucceeded: 2,
      performanceMin: 0.88,
      performanceMax: 0.92,
      error: null,
    });
  });

  it('gives an error row with every distinct reason when no run measured the page', () => {
    const summary = summariseLighthouseRuns([
      { error: 'Chromium did not start' },
      run(0.5, 900, 2_900, 'NO_LCP'),
      { error: 'Chromium did not start' },
    ]);
    expect(summary).toEqual({
      performance: null,
      accessibility: null,
      bestPractices: null,
      seo: null,
      lcpMs: null,
      tbtMs: null,
      cls: null,
      benchmarkIndex: null,
      failingAudits: [],
      runs: 3,
      runsSucceeded: 0,
      performanceMin: null,
      performanceMax: null,
      error: 'all 3 runs failed: Chromium did not start; NO_LCP',
    });
  });

  it('reports a single run as it is, and its error alone when it failed', () => {
    expect(summariseLighthouseRuns([run(0.9, 500, 2_000)])).toMatchObject({
      performance: 0.9,
      runs: 1,
      runsSucceeded: 1,
      performanceMin: 0.9,
      performanceMax: 0.9,
    });
    expect(summariseLighthouseRuns([{ error: 'timed out' }]).error).toBe('timed out');
  });
});

describe('describeLighthouseRun', () => {
  it('gives the performance score, first paint and host index of a run, or why it failed', () => {
    expect(describeLighthouseRun(run(0.914, 1_234, 3_000))).toBe('perf 91, FCP 1,234 ms, host index 1,235');
    expect(describeLighthouseRun(run(0.5, 900, 2_900, 'NO_LCP'))).toBe('failed: NO_LCP');
    expect(describeLighthouseRun({ error: 'timed out' })).toBe('failed: timed out');
  });
});
