/**
 * The build's records cache on disk: one JSON file per article, named by a
 * hash of everything its records depend on (the article's slug, title and
 * body, the roles and catalogues, the extractors' version). A build after one
 * article changed extracts that one; the rest are read back and parsed with
 * the same schema as any input.
 *
 * `next build` loads the records in several processes at once (one per
 * worker); a lock makes the first build them while the others, waiting, help
 * by extracting from the other end into the cache, then read; so each article
 * is extracted once per build (the one both reach at once, at most, twice).
 * The cache lives under `.next/cache`, which is the build's own working
 * space: it never writes to `content/`.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { articleRecordsSchema, type Article } from '@/lib/content/schema';
import { isProcessRunning } from '@/lib/is-running';
import type { ArticleRecordsCache, RecordsInput } from '@/lib/records/build-records';

/** The cache of one set of roles and catalogues under `dir`, for extractors of `version`. */
export function fileRecordsCache(
  dir: string,
  version: string,
  catalogues: Omit<RecordsInput, 'articles'>,
): ArticleRecordsCache {
  const articlesDir = path.join(dir, 'articles');
  const context = createHash('sha256')
    .update(`${version}\u0000${JSON.stringify(catalogues)}`)
    .digest('hex');
  const fileOf = (article: Article): string =>
    path.join(
      articlesDir,
      `${createHash('sha256')
        .update(`${context}\u0000${article.slug}\u0000${article.title}\u0000${article.body}`)
        .digest('hex')}.json`,
    );
  return {
    has(article) {
      return fs.existsSync(fileOf(article));
    },
    get(article) {
      let json: unknown;
      try {
        json = JSON.parse(fs.readFileSync(fileOf(article), 'utf8'));
      } catch {
        return undefined;
      }
      const parsed = articleRecordsSchema.safeParse(json);
      return parsed.success && parsed.data.article === article.slug ? parsed.data : undefined;
    },
    set(article, records) {
      // A cache that cannot be written only costs the next build the extraction.
      try {
        fs.mkdirSync(articlesDir, { recursive: true });
        const file = fileOf(article);
        const temp = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(temp, JSON.stringify(records));
        fs.renameSync(temp, file);
      } catch {
        // Read-only or full disk: build without the cache.
      }
    },
  };
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number): void => {
  Atomics.wait(sleeper, 0, 0, ms);
};

/** How long a process waits for another that is extracting before it extracts itself. */
const LOCK_PATIENCE_MS = 15 * 60 * 1000;

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
  /** Called once, when the lock is taken by this process, before `work`. */
  onLocked?: () => void;
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
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return work();
    }
    const holder = Number(fs.readFileSync(lock, { encoding: 'utf8', flag: 'a+' }));
    if (Number.isInteger(holder) && holder > 0 && !isProcessRunning(holder)) fs.rmSync(lock, { force: true });
    else if (Date.now() - started > LOCK_PATIENCE_MS) return work();
    else if (options.whileWaiting && !helped) {
      helped = true;
      options.whileWaiting(() => lockHolder(lock) !== null);
    } else sleep(100);
  }
  try {
    options.onLocked?.();
    return work();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}
