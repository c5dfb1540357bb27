/**
 * Reads a Lighthouse result into a bench row: the four category scores,
 * the mobile Core Web Vitals lab figures and the audits that keep
 * accessibility, best practices or SEO below 100.
 */

/** The part of a Lighthouse result (LH.Result) the bench reads. */
export interface LighthouseResultLike {
  categories: Record<
    string,
    { score: number | null; auditRefs: readonly { id: string; weight: number }[] } | undefined
  >;
  audits: Record<string, { score: number | null; numericValue?: number } | undefined>;
}

export interface LighthouseFigures {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
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
    failingAudits: [...failing].sort(),
  };
}
