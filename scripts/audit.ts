/**
 * CI's dependency audit: `npm audit --omit=dev --json`, failing on high or
 * critical advisories in the packages the site runs with (see
 * lib/ci/audit-verdict.ts). `--require-registry` also fails when the registry
 * cannot serve audits.
 */
import { spawnSync } from 'node:child_process';
import { auditExitCode, describeAuditVerdict, readAuditVerdict } from '@/lib/ci/audit-verdict';

const requireRegistry = process.argv.slice(2).includes('--require-registry');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// npm retries a slow registry on its own; the bound only keeps CI from hanging.
const run = spawnSync(npm, ['audit', '--omit=dev', '--json'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
  timeout: 10 * 60 * 1000,
});
if (run.error) {
  console.error(`npm audit could not run: ${run.error.message}`);
  process.exit(1);
}
const verdict = readAuditVerdict(run.stdout);
const message = describeAuditVerdict(verdict);
if (verdict.kind === 'passed') console.log(message);
else console.error(message);
process.exit(auditExitCode(verdict, { requireRegistry }));
