/**
 * The lock under the records cache that the process building the records
 * holds. `next build` loads the records in several processes at once (one per
 * worker): the first takes the lock and builds them while the others, waiting,
 * help by extracting from the other end into the cache, then read it; so each
 * article is extracted once per build (the one both reach at once, at most,
 * twice). Node built-ins only, so that the records command can take the lock
 * before it loads the extractors.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isProcessRunning } from '@/lib/is-running';

/** The lock's name for building the records. */
export const EXTRACT_LOCK = 'extract';

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number): void => {
  Atomics.wait(sleeper, 0, 0, ms);
};

/** How long a process waits for another that is extracting before it extracts itself. */
const LOCK_PATIENCE_MS = 15 * 60 * 1000;

/**
 * One try at taking `lock`: `taken` when this process now holds it, `held`
 * when a running process holds it, `unwritable` when it cannot be made. A lock
 * whose process is gone is removed and tried again once.
 */
function takeLock(lock: string): 'taken' | 'held' | 'unwritable' {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return 'taken';
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return 'unwritable';
    }
    let text: string;
    try {
      text = fs.readFileSync(lock, 'utf8');
    } catch {
      // Released between the two steps: try again. (Reading with flag "a+" made an
      // empty lock in that moment, which no process owned and every process waited on.)
      continue;
    }
    const holder = Number(text);
    // An empty lock is being written by the process that just created it.
    if (!Number.isInteger(holder) || holder <= 0 || isProcessRunning(holder)) return 'held';
    fs.rmSync(lock, { force: true });
  }
  return 'held';
}

/** True while a running process holds `dir/<name>.lock`. */
export function isCacheLocked(dir: string, name: string): boolean {
  return lockHolder(path.join(dir, `${name}.lock`)) !== null;
}

/** The running process that holds `lock`, or null when the lock is free or its process is gone. */
function lockHolder(lock: string): number | null {
  let holder: number;
  try {
    holder = Number(fs.readFileSync(lock, 'utf8'));
  } catch {
    return null;
  }
  return Number.isInteger(holder) && holder > 0 && isProcessRunning(holder) ? holder : null;
}

export interface CacheLockOptions {
  /**
   * Called once by a process that finds the lock taken, before it waits:
   * work that helps the holder, given a test of whether the lock is still held.
   */
  whileWaiting?: (stillLocked: () => boolean) => void;
}

/**
 * Runs `work` while holding `dir/<name>.lock`. A process that finds the lock
 * taken runs `whileWaiting`, then waits until the lock is released (its holder
 * has filled the cache), then runs `work` itself, which then reads what the
 * holder wrote. A lock whose process is gone is taken over.
 */
export function withCacheLock<T>(dir: string, name: string, work: () => T, options: CacheLockOptions = {}): T {
  const lock = path.join(dir, `${name}.lock`);
  let helped = false;
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch {
    return work();
  }
  const started = Date.now();
  for (;;) {
    const state = takeLock(lock);
    if (state === 'taken') break;
    if (state === 'unwritable' || Date.now() - started > LOCK_PATIENCE_MS) return work();
    if (options.whileWaiting && !helped) {
      helped = true;
      options.whileWaiting(() => lockHolder(lock) !== null);
    } else sleep(100);
  }
  try {
    return work();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

/**
 * Takes `dir/<name>.lock` when it is free (or its process is gone) and returns
 * the function that releases it; null, without waiting, when a running
 * process holds it or it cannot be written. For a process that takes the lock
 * before it loads what it will build; `withCacheLock` then is not needed.
 */
export function tryCacheLock(dir: string, name: string): (() => void) | null {
  const lock = path.join(dir, `${name}.lock`);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch {
    return null;
  }
  return takeLock(lock) === 'taken' ? () => fs.rmSync(lock, { force: true }) : null;
}
