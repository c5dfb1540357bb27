import { describe, expect, it } from 'vitest';
import { auditExitCode, describeAuditVerdict, readAuditVerdict } from '@/lib/ci/audit-verdict';

/** An `npm audit --json` report (auditReportVersion 2) with the given packages and counts. */
function report(vulnerabilities: Record<string, unknown>, counts: Partial<Record<string, number>>): string {
  const full = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts };
  const total = Object.values(full).reduce((sum, count) => sum + count, 0);
  return JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: {
      vulnerabilities: { ...full, total },
      dependencies: { prod: 120, dev: 0, optional: 3, peer: 0, peerOptional: 0, total: 122 },
    },
  });
}

const nextHigh = {
  name: 'next',
  severity: 'high',
  isDirect: true,
  via: [
    {
      source: 1_101_234,
      name: 'next',
      dependency: 'next',
      title: 'Next.js cache poisoning',
      url: 'https://github.com/advisories/GHSA-xxxx-yyyy-zzzz',
      severity: 'high',
      range: '>=16.0.0 <16.4.6',
    },
  ],
  effects: [],
  range: '>=16.0.0 <16.4.6',
  nodes: ['node_modules/next'],
  fixAvailable: true,
};
const postcssModerate = {
  name: 'postcss',
  severity: 'moderate',
  isDirect: false,
  via: [{ source: 1_094_544, title: 'PostCSS line return parsing error', severity: 'moderate' }],
  effects: ['next'],
  range: '<8.4.31',
  nodes: ['node_modules/next/node_modules/postcss'],
  fixAvailable: true,
};
const criticalThroughDependency = {
  name: 'gray-matter',
  severity: 'critical',
  isDirect: true,
  via: ['js-yaml'],
  effects: [],
  range: '*',
  nodes: ['node_modules/gray-matter'],
  fixAvailable: false,
};

// What npm 11 printed here when the registry does not serve the audit endpoint.
const registry405 = JSON.stringify({
  message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  method: 'POST',
  uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  headers: { allow: ['GET,HEAD'], 'content-length': ['0'] },
  statusCode: 405,
  body: '',
  error: { summary: '', detail: '' },
});

describe('readAuditVerdict', () => {
  it('passes a report with no advisories', () => {
    const verdict = readAuditVerdict(report({}, {}));
    expect(verdict).toEqual({ kind: 'passed', counts: { info: 0, low: 0, moderate: 0, high: 0, critical: 0 } });
    expect(auditExitCode(verdict, { requireRegistry: true })).toBe(0);
  });

  it('passes low and moderate advisories: the gate is high and critical', () => {
    const verdict = readAuditVerdict(report({ postcss: postcssModerate }, { moderate: 1, low: 2 }));
    expect(verdict.kind).toBe('passed');
    expect(auditExitCode(verdict, { requireRegistry: false })).toBe(0);
    expect(describeAuditVerdict(verdict)).toBe(
      'npm audit: no high or critical advisories (0 info, 2 low, 1 moderate, 0 high, 0 critical).',
    );
  });

  it('fails on a high or critical advisory and names each package, worst first, with its advisories', () => {
    const verdict = readAuditVerdict(
      report(
        { next: nextHigh, postcss: postcssModerate, 'gray-matter': criticalThroughDependency },
        { moderate: 1, high: 1, critical: 1 },
      ),
    );
    expect(verdict).toMatchObject({
      kind: 'failed',
      packages: [
        { name: 'gray-matter', severity: 'critical', via: ['js-yaml'] },
        { name: 'next', severity: 'high', via: ['Next.js cache poisoning'] },
      ],
    });
    expect(auditExitCode(verdict, { requireRegistry: false })).toBe(1);
    const text = describeAuditVerdict(verdict);
    expect(text).toContain('(0 info, 0 low, 1 moderate, 1 high, 1 critical)');
    expect(text).toContain('  next (high): Next.js cache poisoning');
    expect(text).not.toContain('postcss');
  });

  it('fails on the counts even when the package list is missing', () => {
    const verdict = readAuditVerdict(report({}, { critical: 2 }));
    expect(verdict).toMatchObject({ kind: 'failed', packages: [] });
    expect(auditExitCode(verdict, { requireRegistry: false })).toBe(1);
  });

  it('tells a registry without the audit endpoint apart, failing only when the registry is required', () => {
    const verdict = readAuditVerdict(registry405);
    expect(verdict).toEqual({
      kind: 'unavailable',
      reason:
        'the registry answered 405: 405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    });
    expect(describeAuditVerdict(verdict)).toContain('the dependencies were NOT checked');
    expect(auditExitCode(verdict, { requireRegistry: false })).toBe(0);
    expect(auditExitCode(verdict, { requireRegistry: true })).toBe(1);
  });

  it('treats npm network and no-audit errors as an unavailable registry', () => {
    const offline = readAuditVerdict(
      JSON.stringify({
        error: { code: 'ENOTFOUND', summary: 'request to https://registry.npmjs.org failed', detail: '' },
      }),
    );
    expect(offline).toEqual({ kind: 'unavailable', reason: 'ENOTFOUND: request to https://registry.npmjs.org failed' });
    expect(readAuditVerdict(JSON.stringify({ error: { code: 'ENOAUDIT', summary: '' } }))).toEqual({
      kind: 'unavailable',
      reason: 'ENOAUDIT',
    });
  });

  it('fails on output it cannot read, so a changed format cannot pass unnoticed', () => {
    const cases = [
      ['', 'no output'],
      ['npm ERR! something', 'output is not JSON'],
      ['[]', 'output is not a JSON object'],
      [
        JSON.stringify({ error: { code: 'ELOCKVERIFY', summary: 'lockfile out of date' } }),
        'npm audit failed with ELOCKVERIFY: lockfile out of date',
      ],
      [JSON.stringify({ auditReportVersion: 2, vulnerabilities: {} }), 'metadata.vulnerabilities is missing'],
      [
        JSON.stringify({ metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: '1', critical: 0 } } }),
        'metadata.vulnerabilities.high is not a count',
      ],
    ] as const;
    for (const [stdout, reason] of cases) {
      const verdict = readAuditVerdict(stdout);
      expect(verdict).toEqual({ kind: 'unreadable', reason });
      expect(auditExitCode(verdict, { requireRegistry: false })).toBe(1);
    }
  });
});
