/**
 * How the bench writes numbers in its tables: one place, so every phase
 * rounds the same way and a missing figure always reads "–".
 */

const MISSING = '–';
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A number with `digits` decimals and thousands separators; `null` -> "–". */
export function formatNumber(value: number | null, digits = 0): string {
  if (value === null || !Number.isFinite(value)) return MISSING;
  return new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** Milliseconds as "850 ms" below ten seconds, else "12.3 s". */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return MISSING;
  return ms < 10_000 ? `${integer.format(ms)} ms` : `${formatNumber(ms / 1000, 1)} s`;
}

/** Bytes in KiB (1,024 bytes) with one decimal, the unit budgets are set in. */
export function formatKiB(bytes: number | null): string {
  return bytes === null ? MISSING : `${formatNumber(bytes / 1024, 1)} KiB`;
}

/** Bytes in MB (10^6 bytes) with two decimals, the unit throughput is given in. */
export function formatMB(bytes: number | null): string {
  return bytes === null ? MISSING : `${formatNumber(bytes / 1e6, 2)} MB`;
}

/** A Lighthouse score (0–1) as Lighthouse shows it, 0–100: 0.894 -> "89". */
export function formatScore(score: number | null): string {
  return score === null ? MISSING : String(Math.round(score * 100));
}

/** A ratio as "6.2×". */
export function formatRatio(value: number | null): string {
  return value === null ? MISSING : `${formatNumber(value, value < 10 ? 2 : 1)}×`;
}
