/**
 * Converts feed items' HTML on every core. Conversion is pure CPU work
 * (parse, sanitize, hast -> mdast -> Markdown) and items are independent, so
 * they are shared between the main thread and worker threads; the results are
 * exactly what `htmlToMarkdown` returns on the main thread.
 *
 * Jobs are added as the sources are opened. Once enough HTML is queued to pay
 * for the threads' start (over a second here, loading the converter), they
 * start loading while the remaining feeds are still being parsed. They are
 * given jobs only once loaded; until then the main thread converts, from the
 * moment every source is open. A run too small for threads is converted on the
 * main thread alone, and is never held up by a thread that is still loading.
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
  /** Queues one job. */
  add(job: ConversionJob): void;
  /** Converts every job added, on this thread and the others; Markdown by key. Rejects with the first failure. */
  finish(): Promise<Map<string, string>>;
  /** How many jobs worker threads converted (the rest were converted on the main thread). */
  readonly convertedOnThreads: number;
}

/**
 * Queued HTML (in characters) worth starting threads for. Measured on the
 * 2-core machine, where each thread spends about 1.3 s of CPU loading the
 * converter and two threads convert about 1.4 times as fast as one: 8.5
 * million characters (8 copies of the real-shaped feeds) took the same 4.6-4.9 s
 * with threads or without, 12.8 million (12 copies) 6.2-6.4 s either way, and
 * 38 copies 14.3 s with threads against 19.3 s without. The repository's own
 * sources (about 1 million) took 2.7-3.0 s when threads started at the sixth
 * item and 1.6 s without them.
 */
export const MIN_CHARS_FOR_THREADS = 10_000_000;

// Jobs handed to each thread ahead of need, so that it never waits for the main
// thread (busy converting) to hand it the next.
const AHEAD_PER_THREAD = 2;

export interface ConversionQueueOptions {
  /** Worker threads (default: the machine's cores); the main thread converts until they have loaded. */
  threads?: number;
  /** Queued HTML, in characters, from which worker threads are started. */
  minCharsForThreads?: number;
  /** Whether the main thread converts while the threads load (default true; off, every job waits for them once started). */
  convertOnMain?: boolean;
}

export function conversionQueue({
  threads = os.availableParallelism(),
  minCharsForThreads = MIN_CHARS_FOR_THREADS,
  convertOnMain = true,
}: ConversionQueueOptions = {}): ConversionQueue {
  const bodies = new Map<string, string>();
  const pending: ConversionJob[] = [];
  let next = 0;
  let queuedChars = 0;
  let failure: { error: unknown } | null = null;
  let pool: Tinypool | null = null;
  let ready = false;
  let inFlight = 0;
  let onThreads = 0;
  let broken = false;
  let wake: (() => void) | null = null;
  const workers = threads;

  const take = (): ConversionJob | undefined => (next < pending.length ? pending[next++] : undefined);

  /** Hands jobs to the loaded threads, keeping each a few ahead. */
  const feed = (): void => {
    while (pool && ready && !failure && inFlight < workers * AHEAD_PER_THREAD) {
      const job = take();
      if (!job) break;
      inFlight += 1;
      // Settled here, at once: a job failing before `finish` is awaited must not be an unhandled rejection.
      pool
        .run({ html: job.html, baseUrl: job.baseUrl })
        .then((body: unknown) => {
          if (typeof body !== 'string') throw new Error(`conversion thread returned ${typeof body}`);
          bodies.set(job.key, body);
          onThreads += 1;
        })
        .catch((error: unknown) => {
          failure ??= { error };
        })
        .finally(() => {
          inFlight -= 1;
          feed();
          wake?.();
        });
    }
  };

  const startThreads = (): void => {
    // Threads are started on demand, so a few jobs on a many-core machine start only a few.
    const started = new Tinypool({
      filename: new URL('./convert-worker.mjs', import.meta.url).href,
      minThreads: 1,
      maxThreads: workers,
    });
    pool = started;
    // A job that only loads the converter: the threads get real jobs once it has returned.
    started.run(null).then(
      () => {
        ready = true;
        feed();
        wake?.();
      },
      () => {
        // Destroyed before it loaded (the main thread converted everything), or it could not load:
        // either way the main thread converts whatever is left.
        broken = true;
        wake?.();
      },
    );
  };

  return {
    add(job) {
      pending.push(job);
      queuedChars += job.html.length;
      if (!pool && workers >= 1 && queuedChars >= minCharsForThreads) startThreads();
      feed();
    },
    async finish() {
      const convertHere = (job: ConversionJob): void => {
        try {
          bodies.set(job.key, htmlToMarkdown(job.html, job.baseUrl));
        } catch (error) {
          failure ??= { error };
        }
      };
      // Until the threads have loaded the converter, the main thread converts; after that it only
      // hands them jobs, since a thread's small heap converts faster than the main thread's.
      while (convertOnMain && !ready && !failure) {
        const job = take();
        if (!job) break;
        convertHere(job);
        // Lets the threads' news in: that they have loaded, or a result.
        if (pool) await new Promise((resolve) => setImmediate(resolve));
      }
      if (pool) {
        const threads = pool;
        // The jobs the threads hold, and without the main thread every job, once they have loaded.
        while (!failure && (inFlight > 0 || (next < pending.length && !broken))) {
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
          wake = null;
        }
        await threads.destroy();
      }
      // No thread to take them (none started, or none could load the converter): the main thread's.
      for (let job = take(); job && !failure; job = take()) convertHere(job);
      if (failure) throw failure.error;
      return bodies;
    },
    get convertedOnThreads() {
      return onThreads;
    },
  };
}
