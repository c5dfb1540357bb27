/**
 * Converts feed items' HTML on every core. Conversion is pure CPU work
 * (parse, sanitize, hast -> mdast -> Markdown) and items are independent, so
 * they are spread over worker threads; the results are exactly what
 * `htmlToMarkdown` returns on the main thread.
 *
 * Jobs are added as the sources are opened, so the threads load the
 * converter and start converting while the remaining feeds are still being
 * parsed, instead of after all of them. A run with too little HTML to pay for
 * the threads' start is converted on the main thread alone.
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

/**
 * Queued HTML (in characters) worth starting threads for. Each thread spends
 * about 1.3 s of CPU loading the converter, and two threads convert about 1.4
 * times as fast as one. Measured on the 2-core machine, alternating runs:
 * the repository's own sources (about 1 million characters) took 1.6 s on
 * the main thread and 2.7-3.0 s when threads started at the sixth item; 4
 * copies of the real-shaped feeds (4.2 million) 3.0-3.2 s against 3.8-4.6 s;
 * 8 copies (8.5 million) 4.9-5.1 s against 5.3 s; 12 copies the same either
 * way; 38 copies 14.3 s with threads against 19.3 s without.
 */
export const MIN_CHARS_FOR_THREADS = 5_000_000;

/**
 * A queue that holds its first jobs until they hold `minCharsForThreads` of
 * HTML, then hands them and every later job to up to `threads` worker threads
 * at once. A queue that never gets that much converts its jobs on the main
 * thread when it is finished.
 */
export function conversionQueue(
  threads: number = os.availableParallelism(),
  minCharsForThreads: number = MIN_CHARS_FOR_THREADS,
): ConversionQueue {
  const bodies = new Map<string, string>();
  const waiting: ConversionJob[] = [];
  let waitingChars = 0;
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
      waitingChars += job.html.length;
      if (threads < 2 || waitingChars < minCharsForThreads) return;
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
