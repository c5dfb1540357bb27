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
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Tinypool from 'tinypool';
import { htmlToMarkdown } from '@/lib/ingest/html-to-markdown';
import { converterBundle } from './converter-bundle';

/** The project root, where the converter's sources and libraries are. */
const root = path.resolve(import.meta.dirname, '..', '..');

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
 * Queued HTML (in characters) worth starting threads for. A thread loads the
 * bundled converter in about 30 ms, but its code starts cold (not yet
 * optimised), and two threads convert only about 1.4 times as fast as one
 * on the 2-core machine. Measured there with the bundle, alternating runs:
 * the repository's own sources (about 1 million characters) took 1.4-1.6 s
 * on the main thread and 1.7-2.0 s with threads from the first item; 4
 * copies of the real-shaped feeds (4.4 million) 2.4-2.5 s against 2.8-3.3 s.
 * Before the bundle (1.3 s of CPU to load a thread), 38 copies took 14.3 s
 * with threads against 19.3 s without.
 */
export const MIN_CHARS_FOR_THREADS = 5_000_000;

/**
 * Each thread's young generation, in MB (V8's default here is 48: three
 * 16 MB semi-spaces). A conversion keeps an article's parse, hast and mdast
 * trees alive until its Markdown is written, so with the default the
 * collector copied them from space to space several times per article: 11%
 * of the threads' time on 38 copies of the real-shaped feeds. With 128,
 * alternating runs on the idle 2-core machine took 5.75-6.98 s (median 6.33)
 * against 6.46-7.52 s (median 7.12), and 12 copies 2.82-3.17 s against
 * 2.94-3.47 s; 256 gained no more. Peak memory of the 38-copy run went from
 * 470 to 604 MB.
 */
const YOUNG_GENERATION_MB = 128;

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
        filename: pathToFileURL(converterBundle(root)).href,
        minThreads: 1,
        maxThreads: threads,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
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
