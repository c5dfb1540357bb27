import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-script';

/** Runs the test program the way the bench runs the ingest CLI: a child process whose output is read through a pipe. */
function run(bytes: number): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', path.join('tests', 'fixtures', 'long-output.ts'), String(bytes)], { cwd: ROOT });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    // Read slowly, as a busy parent does, so the child's writes queue up behind a full pipe.
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 5);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

describe('exitAfterOutput', () => {
  it('exits with the status given only after a multi-megabyte report has been read whole', async () => {
    const bytes = 4_000_000;
    const { code, stdout } = await run(bytes);
    expect(code).toBe(3);
    expect(stdout.length).toBe(bytes + 1);
    expect(JSON.parse(stdout)).toHaveLength(bytes - 2);
  }, 60_000);
});
