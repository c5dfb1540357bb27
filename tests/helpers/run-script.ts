/**
 * Test helper: runs one of the project's commands the way `npm run` does
 * (`node scripts/run.mjs <name> ...`) from the repository root and collects
 * its exit status and output.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `scripts/<script>` (such as `ingest.ts`) with `args`; resolves when it exits. */
export function runScript(script: string, args: string[]): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const command = script.replace(/\.ts$/, '');
    const child = spawn(process.execPath, [path.join('scripts', 'run.mjs'), command, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
