/**
 * The two statistics the pay summaries use, written out so the method the
 * About page states is the method the code runs.
 */

/**
 * The `p`-quantile (0–1) of `values` by linear interpolation between the two
 * nearest ranks: position `(n − 1) × p` in the sorted values (Hyndman and
 * Fan's type 7, the default of R, NumPy and spreadsheets' PERCENTILE.INC).
 * `NaN` for no values. Pure.
 */
export function quantile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const low = sorted[below] ?? Number.NaN;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return low + (high - low) * (position - below);
}

/** The middle value, or the mean of the two middle values. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** The steps of `quantile` for one `p`, for a worked example. */
export interface QuantileSteps {
  p: number;
  /** `(n − 1) × p`. */
  position: number;
  /** The sorted values at ranks ⌊position⌋ and the one after (0-based). */
  lower: number;
  upper: number;
  /** `position − ⌊position⌋`. */
  fraction: number;
  result: number;
}

/** How `quantile(values, p)` arrives at its result, step by step. Pure. */
export function quantileSteps(values: readonly number[], p: number): QuantileSteps {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const lower = sorted[below] ?? Number.NaN;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? lower;
  const fraction = position - below;
  return { p, position, lower, upper, fraction, result: lower + (upper - lower) * fraction };
}
