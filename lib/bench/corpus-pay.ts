/**
 * Pay figures for the benchmark corpus, written the way career articles
 * write them ("$120,000 – $160,000", "£59,000", "CA$118,000") so the salary
 * extractor parses every one of them. Amounts stay within real ranges for AI
 * roles: the records reject implausible figures, and the build must pass.
 */
import type { Random } from './random';

export interface LevelRow {
  level: string;
  years: string;
  min: number;
  max: number;
}

export interface LocationRow {
  country: string;
  amount: string;
}

const LEVELS: readonly { level: string; years: string; factor: number }[] = [
  { level: 'Entry-Level', years: '0–2 years', factor: 0.7 },
  { level: 'Mid-Level', years: '3–5 years', factor: 1 },
  { level: 'Senior-Level', years: '5+ years', factor: 1.35 },
  { level: 'Lead', years: '8+ years', factor: 1.6 },
];

// Rough local-currency equivalents of US pay; the articles never convert, and neither do we.
const LOCATIONS: readonly { country: string; prefix: string; factor: number }[] = [
  { country: 'United States', prefix: '$', factor: 1 },
  { country: 'United Kingdom', prefix: '£', factor: 0.55 },
  { country: 'Germany', prefix: '€', factor: 0.62 },
  { country: 'Canada', prefix: 'CA$', factor: 0.85 },
  { country: 'Australia', prefix: 'A$', factor: 0.95 },
];

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** "$120,000" style: a currency sign and comma-grouped whole units. */
export function formatMoney(prefix: string, amount: number): string {
  return `${prefix}${grouped.format(amount)}`;
}

/** "$120,000 – $160,000": both bounds carry the sign, joined by an en dash as in the sources. */
export function formatRange(prefix: string, min: number, max: number): string {
  return `${formatMoney(prefix, min)} – ${formatMoney(prefix, max)}`;
}

/** A mid-level US base salary for an article, rounded to $1,000 (between $95,000 and $165,000). */
export function drawBasePay(random: Random): number {
  return random.int(95, 165) * 1000;
}

const roundTo = (amount: number, step: number): number => Math.round(amount / step) * step;

/** The pay-by-level rows of an article whose mid-level pay is `base`. */
export function levelRows(base: number, random: Random): LevelRow[] {
  return LEVELS.map(({ level, years, factor }) => {
    const mid = base * factor;
    const spread = random.int(10, 20) / 100;
    return { level, years, min: roundTo(mid * (1 - spread), 1000), max: roundTo(mid * (1 + spread), 1000) };
  });
}

/** Average pay in a few countries, each in its own currency. */
export function locationRows(base: number, random: Random, count: number): LocationRow[] {
  return random
    .sample(LOCATIONS, count)
    .map(({ country, prefix, factor }) => ({ country, amount: formatMoney(prefix, roundTo(base * factor, 500)) }));
}
