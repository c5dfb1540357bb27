/**
 * Reads `npm audit --omit=dev --json` and decides whether CI passes: it fails
 * on any high or critical advisory in the packages the site runs with. npm's
 * output is external text, so fields are checked rather than cast.
 *
 * Three outcomes besides a clean report need telling apart, because they call
 * for different actions: advisories to fix (fail), a registry that cannot be
 * asked (the check did not happen: say so loudly), and output this reader does
 * not understand (fail, so a changed format cannot pass silently).
 */
import { isRecord } from '@/lib/is-record';

export const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The severities that fail the audit. */
export const FAILING_SEVERITIES: readonly Severity[] = ['high', 'critical'];

export type SeverityCounts = Record<Severity, number>;

export interface VulnerablePackage {
  name: string;
  severity: Severity;
  /** The advisories' titles, or the packages the problem comes through. */
  via: string[];
}

export type AuditVerdict =
  | { kind: 'passed'; counts: SeverityCounts }
  | { kind: 'failed'; counts: SeverityCounts; packages: VulnerablePackage[] }
  /** The registry could not be asked; nothing is known about advisories. */
  | { kind: 'unavailable'; reason: string }
  | { kind: 'unreadable'; reason: string };

// npm's codes for a registry that cannot be reached or does not serve audits.
const UNAVAILABLE_CODES = new Set(['ENOAUDIT', 'ENOTFOUND', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EAI_AGAIN']);

const isSeverity = (value: unknown): value is Severity =>
  typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);

function readCounts(value: unknown): SeverityCounts | string {
  if (!isRecord(value)) return 'metadata.vulnerabilities is missing';
  const counts: Partial<SeverityCounts> = {};
  for (const severity of SEVERITIES) {
    const count = value[severity];
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0)
      return `metadata.vulnerabilities.${severity} is not a count`;
    counts[severity] = count;
  }
  return { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts };
}

function readPackages(value: unknown): VulnerablePackage[] {
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([name, entry]) => {
    if (!isRecord(entry) || !isSeverity(entry.severity)) return [];
    const via = Array.isArray(entry.via)
      ? entry.via.flatMap((item) => {
          if (typeof item === 'string') return [item];
          if (isRecord(item) && typeof item.title === 'string') return [item.title];
          return [];
        })
      : [];
    return [{ name, severity: entry.severity, via }];
  });
}

/** An npm error's summary as ": summary", or nothing when it has none. */
function errorSummary(error: Record<string, unknown>): string {
  return typeof error.summary === 'string' && error.summary ? `: ${error.summary}` : '';
}

function unavailableReason(report: Record<string, unknown>): string | null {
  // A registry that answers the audit request with an HTTP error (e.g. 405 from a mirror).
  if (typeof report.statusCode === 'number') {
    const message = typeof report.message === 'string' && report.message ? report.message : 'no message';
    return `the registry answered ${report.statusCode}: ${message}`;
  }
  const error = report.error;
  if (isRecord(error) && typeof error.code === 'string' && UNAVAILABLE_CODES.has(error.code)) {
    return `${error.code}${errorSummary(error)}`;
  }
  return null;
}

export function readAuditVerdict(stdout: string): AuditVerdict {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    return { kind: 'unreadable', reason: stdout.trim() ? 'output is not JSON' : 'no output' };
  }
  if (!isRecord(parsed)) return { kind: 'unreadable', reason: 'output is not a JSON object' };
  const unavailable = unavailableReason(parsed);
  if (unavailable) return { kind: 'unavailable', reason: unavailable };
  if (parsed.error !== undefined) {
    const error = isRecord(parsed.error) ? parsed.error : {};
    const code = typeof error.code === 'string' ? error.code : 'unknown error';
    return { kind: 'unreadable', reason: `npm audit failed with ${code}${errorSummary(error)}` };
  }
  const counts = readCounts(isRecord(parsed.metadata) ? parsed.metadata.vulnerabilities : undefined);
  if (typeof counts === 'string') return { kind: 'unreadable', reason: counts };
  if (FAILING_SEVERITIES.every((severity) => counts[severity] === 0)) return { kind: 'passed', counts };
  const packages = readPackages(parsed.vulnerabilities)
    .filter((entry) => FAILING_SEVERITIES.includes(entry.severity))
    .sort((a, b) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) || a.name.localeCompare(b.name));
  return { kind: 'failed', counts, packages };
}

/** The verdict in a few lines for the CI log. */
export function describeAuditVerdict(verdict: AuditVerdict): string {
  switch (verdict.kind) {
    case 'passed':
    case 'failed': {
      const counts = SEVERITIES.map((severity) => `${verdict.counts[severity]} ${severity}`).join(', ');
      if (verdict.kind === 'passed') return `npm audit: no high or critical advisories (${counts}).`;
      const lines = verdict.packages.map(
        (entry) => `  ${entry.name} (${entry.severity})${entry.via.length ? `: ${entry.via.join('; ')}` : ''}`,
      );
      return [`npm audit: high or critical advisories in production dependencies (${counts}):`, ...lines].join('\n');
    }
    case 'unavailable':
      return `npm audit could not ask the registry for advisories (${verdict.reason}); the dependencies were NOT checked.`;
    case 'unreadable':
      return `npm audit: could not read its report (${verdict.reason}).`;
  }
}

/**
 * The exit status for CI: advisories and unreadable output fail. A registry
 * that cannot serve audits fails only when `requireRegistry` is set: a mirror
 * without the audit endpoint says nothing about the dependencies either way,
 * and failing every build on it would only teach people to skip the step.
 */
export function auditExitCode(verdict: AuditVerdict, { requireRegistry }: { requireRegistry: boolean }): 0 | 1 {
  if (verdict.kind === 'passed') return 0;
  if (verdict.kind === 'unavailable') return requireRegistry ? 1 : 0;
  return 1;
}
