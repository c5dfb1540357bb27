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

describe('conversionQueue', () => {
  it('gives every job exactly what htmlToMarkdown gives on the main thread, when converting on threads', async () => {
    // Threads from the first job.
    const queue = conversionQueue(2, 0);
    for (const job of jobs) queue.add(job);
    const bodies = await queue.finish();
    expect([...bodies.keys()].sort()).toEqual(jobs.map((job) => job.key).sort());
    for (const job of jobs) expect(bodies.get(job.key)).toBe(htmlToMarkdown(job.html, job.baseUrl));
  }, 30_000);

  it('converts a run with too little HTML to start threads, with the same results', async () => {
    const few = jobs.slice(0, 5);
    expect(few.reduce((sum, job) => sum + job.html.length, 0)).toBeLessThan(MIN_CHARS_FOR_THREADS);
    const queue = conversionQueue(2);
    for (const job of few) queue.add(job);
    const bodies = await queue.finish();
    expect(bodies.size).toBe(few.length);
    for (const job of few) expect(bodies.get(job.key)).toBe(htmlToMarkdown(job.html, job.baseUrl));
  });

  it('rejects with the failure of a job that failed on a thread before the queue was awaited', async () => {
    const queue = conversionQueue(2, 0);
    // Not HTML, though it has a length: the converter throws on it, on a thread, while the other jobs run.
    queue.add({ key: 'broken', html: { length: 1 } as unknown as string, baseUrl: null });
    for (const job of jobs) queue.add(job);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await expect(queue.finish()).rejects.toThrow();
  }, 30_000);
});
