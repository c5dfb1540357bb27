/** Arithmetic for benchmark figures: throughput, ratios and percentiles. */

/** Megabytes (10^6 bytes) per second; `null` when no time was measured. */
export function mbPerSecond(bytes: number, ms: number): number | null {
  return ms > 0 ? bytes / 1e6 / (ms / 1000) : null;
}

/** `a / b`, or `null` when `b` is zero or either is missing (a ratio of nothing is not 0). */
export function ratio(a: number | null, b: number | null): number | null {
  if (a === null || b === null || b === 0) return null;
  return a / b;
}

/**
 * The p-th percentile (0–100) by nearest rank, the definition load testers
 * use: the smallest value with at least p% of the values at or below it.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  if (p < 0 || p > 100) throw new RangeError(`percentile must be within 0–100, got ${p}`);
  const sorted = [...values].sort((x, y) => x - y);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}

export const median = (values: readonly number[]): number | null => percentile(values, 50);

/** Milliseconds per unit of work (per page, per article); `null` when there were none. */
export function msPer(ms: number, count: number): number | null {
  return count > 0 ? ms / count : null;
}
