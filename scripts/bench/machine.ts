/** Facts about the machine a run was measured on, recorded with the results. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import type { MachineFacts } from '@/lib/bench/results';

const round2 = (value: number): number => Math.round(value * 100) / 100;

export const loadAverage = (): number[] => os.loadavg().map(round2);

function gitCommit(root: string): string | null {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return null;
  }
}

export function machineFacts(root: string, argv: readonly string[]): MachineFacts {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    cores: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverageStart: loadAverage(),
    loadAverageEnd: null,
    command: ['npm run bench', ...(argv.length > 0 ? ['--', ...argv.filter((arg) => arg !== '--')] : [])].join(' '),
    gitCommit: gitCommit(root),
  };
}
