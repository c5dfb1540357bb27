import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '@/lib/ingest/html-to-markdown';
import { conversionQueue, MIN_CHARS_FOR_THREADS, type ConversionJob } from '@/scripts/ingest/convert-pool';

const BASE = 'https://blog.example.com/posts/item/';

/** Items unlike each other: links to resolve, a table, a list, hostile markup, emphasis. */
const jobs: ConversionJob[] = [
  '<p>Read <a href="/guide">the guide</a> and <a href="javascript:alert(1)">this</a>.</p>',
  '<table><tr><th>Level</th><th>Pay</th></tr><tr><td>Senior</td><td>$180,000</td></tr></table>',
  '<ul><li>Python</li><li>SQL <strong>and</strong> statistics</li></ul>',
  '<h2>Skills</h2><script>steal()</script><p>Model *evaluation* and <em>deployment</em>.</p>',
  '<p><img src="chart.png" alt="Pay chart"> 1. Not a list</p>',
  '<blockquote><p>AI engineers ship models.</p></blockquote><p>Salary: $150K–$200K</p>',
  '<ol start="3"><li>Learn</li><li>Build</li></ol><pre><code>pip install torch</code></pre>',
  '<p>[brackets] and _underscores_ and # hashes</p>',
].map((html, index) => ({ key: `item-${index}`, html, baseUrl: index % 2 === 0 ? BASE : null }));

/** Every job of `queue`'s run, checked against the main thread's own conversion. */
function expectConverted(bodies: Map<string, string>, all: readonly ConversionJob[]): void {
  expect([...bodies.keys()].sort()).toEqual(all.map((job) => job.key).sort());
  for (const job of all) expect(bodies.get(job.key)).toBe(htmlToMarkdown(job.html, job.baseUrl));
}

/** Not HTML, though it has a length: the converter throws on it, on a thread or on the main thread. */
const broken: ConversionJob = { key: 'broken', html: { length: 1 } as unknown as string, baseUrl: null };

describe('conversionQueue', () => {
  it('gives every job exactly what htmlToMarkdown gives on the main thread, when converting on threads', async () => {
    const queue = conversionQueue({ threads: 2, minCharsForThreads: 0, convertOnMain: false });
    for (const job of jobs) queue.add(job);
    expectConverted(await queue.finish(), jobs);
    expect(queue.convertedOnThreads).toBe(jobs.length);
  }, 30_000);

  it('converts each job once when the main thread and a thread share them', async () => {
    // Enough work for the thread to load while the main thread converts.
    const many = Array.from({ length: 60 }, (_, copy) =>
      jobs.map((job) => ({ ...job, key: `${job.key}-${copy}`, html: job.html.repeat(40) })),
    ).flat();
    const queue = conversionQueue({ threads: 2, minCharsForThreads: 0 });
    for (const job of many) queue.add(job);
    expectConverted(await queue.finish(), many);
    expect(queue.convertedOnThreads).toBeLessThanOrEqual(many.length);
  }, 60_000);

  it('converts a run with too little HTML to start threads on the main thread, with the same results', async () => {
    const queue = conversionQueue({ threads: 2 });
    expect(jobs.reduce((sum, job) => sum + job.html.length, 0)).toBeLessThan(MIN_CHARS_FOR_THREADS);
    for (const job of jobs) queue.add(job);
    expectConverted(await queue.finish(), jobs);
    expect(queue.convertedOnThreads).toBe(0);
  });

  it('rejects with the failure of a job that failed on a thread before the queue was awaited', async () => {
    const queue = conversionQueue({ threads: 2, minCharsForThreads: 0, convertOnMain: false });
    queue.add(broken);
    for (const job of jobs) queue.add(job);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await expect(queue.finish()).rejects.toThrow();
  }, 30_000);

  it('rejects with the failure of a job that failed on the main thread', async () => {
    const queue = conversionQueue({ threads: 2 });
    queue.add(broken);
    for (const job of jobs) queue.add(job);
    await expect(queue.finish()).rejects.toThrow();
  });
});
