/**
 * Converts feed items' HTML on every core. Conversion is pure CPU work
 * (parse, sanitize, hast -> mdast -> Markdown) and items are independent, so
 * they are spread over worker threads; the results are exactly what
 * `htmlToMarkdown` returns on the main thread.
 */
import os from 'node:os';
import Tinypool from 'tinypool';
import { htmlToMarkdown } from '@/lib/ingest/html-to-markdown';

export interface ConversionJob {
  key: string;
  html: string;
  baseUrl: string | null;
}

// Below this many items a thread's start-up (loading the converter) costs more than it saves.
const MIN_JOBS_FOR_THREADS = 6;

/** Converts every job, on worker threads when there are enough of them; returns Markdown by key. */
export async function convertAll(jobs: readonly ConversionJob[]): Promise<Map<string, string>> {
  const bodies = new Map<string, string>();
  const threads = Math.min(os.availableParallelism(), jobs.length);
  if (jobs.length < MIN_JOBS_FOR_THREADS || threads < 2) {
    for (const job of jobs) bodies.set(job.key, htmlToMarkdown(job.html, job.baseUrl));
    return bodies;
  }
  const pool = new Tinypool({
    filename: new URL('./convert-worker.mjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  try {
    // Longest first, so that no thread is left with a long item at the end while the other idles.
    const ordered = [...jobs].sort((a, b) => b.html.length - a.html.length);
    await Promise.all(
      ordered.map(async (job) => {
        const body: unknown = await pool.run({ html: job.html, baseUrl: job.baseUrl });
        if (typeof body !== 'string') throw new Error(`conversion thread returned ${typeof body}`);
        bodies.set(job.key, body);
      }),
    );
  } finally {
    await pool.destroy();
  }
  return bodies;
}
