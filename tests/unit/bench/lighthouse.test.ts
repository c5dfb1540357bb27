import { describe, expect, it } from 'vitest';
import { readLighthouse, type LighthouseResultLike } from '@/lib/bench/lighthouse';

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
    });
  });

  it('lists the weighted audits that fail in the categories held at 100, not performance or informative ones', () => {
    expect(readLighthouse(result).failingAudits).toEqual(['canonical', 'color-contrast']);
  });

  it('gives null for a category or metric the run did not produce', () => {
    const figures = readLighthouse({ categories: {}, audits: {} });
    expect(figures.performance).toBeNull();
    expect(figures.lcpMs).toBeNull();
    expect(figures.failingAudits).toEqual([]);
  });
});
