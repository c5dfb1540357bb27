/**
 * Converts feed items' HTML on every core. Conversion is pure CPU work
 * (parse, sanitize, hast -> mdast -> Markdown) and items are independent, so
 * they are spread over worker threads; the results are exactly what
 * `htmlToMarkdown` returns on the main thread.
 *
 * Jobs are added as the sources are opened, so the threads load the
 * converter and start converting while the remaining feeds are still being
 * parsed, instead of after all of them.
 */
import os from 'node:os';
import Tinypool from 'tinypool';
import { htmlToMarkdown } from '@/lib/ingest/html-to-markdown';

export interface ConversionJob {
  key: string;
  html: string;
  baseUrl: string | null;
}

export interface ConversionQueue {
  /** Queues one job; on a thread it starts as soon as one is free. */
  add(job: ConversionJob): void;
  /** Waits for every job added; Markdown by key. Rejects with the first failure. */
  finish(): Promise<Map<string, string>>;
}

// Below this many items a thread's start-up (loading the converter) costs more than it saves.
export const MIN_JOBS_FOR_THREADS = 6;

/**
 * A queue that holds its first jobs until it has `MIN_JOBS_FOR_THREADS` of
 * them, then hands them and every later job to up to `threads` worker
 * threads at once. A queue that never gets that many converts them on the
 * main thread when it is finished.
 */
export function conversionQueue(threads: number = os.availableParallelism()): ConversionQueue {
  const bodies = new Map<string, string>();
  const waiting: ConversionJob[] = [];
  const running: Promise<void>[] = [];
  let failure: { error: unknown } | null = null;
  let pool: Tinypool | null = null;

  const submit = (threadPool: Tinypool, job: ConversionJob): void => {
    // Settled here, at once: a job failing before `finish` is awaited must not be an unhandled rejection.
    running.push(
      threadPool.run({ html: job.html, baseUrl: job.baseUrl }).then(
        (body: unknown) => {
          if (typeof body !== 'string') throw new Error(`conversion thread returned ${typeof body}`);
          bodies.set(job.key, body);
        },
        (error: unknown) => {
          failure ??= { error };
        },
      ),
    );
  };

  return {
    add(job) {
      if (pool) return submit(pool, job);
      waiting.push(job);
      if (threads < 2 || waiting.length < MIN_JOBS_FOR_THREADS) return;
      // Threads are started on demand, so a few jobs on a many-core machine start only a few.
      pool = new Tinypool({
        filename: new URL('./convert-worker.mjs', import.meta.url).href,
        minThreads: 1,
        maxThreads: threads,
      });
      for (const queued of waiting.splice(0)) submit(pool, queued);
    },
    async finish() {
      if (!pool) {
        for (const job of waiting.splice(0)) bodies.set(job.key, htmlToMarkdown(job.html, job.baseUrl));
        return bodies;
      }
      try {
        await Promise.all(running);
      } finally {
        await pool.destroy();
      }
      if (failure) throw failure.error;
      return bodies;
    },
  };
}
