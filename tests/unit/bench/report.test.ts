import { describe, expect, it } from 'vitest';
import {
  formatBuild,
  formatIngest,
  formatLighthouse,
  formatRecords,
  formatServe,
  formatWeight,
} from '@/lib/bench/report';
import type { BuildRow, LighthouseRow, ServeRow, WeightRow } from '@/lib/bench/results';

describe('result tables', () => {
  it('gives MB/s for an ingest run and none for the run that reads nothing', () => {
    const table = formatIngest([
      { run: 'start', sources: 0, inputBytes: 0, wallMs: 2_900, written: 0, unchanged: 0, rejected: 0, skipped: 0 },
      {
        run: 'corpus',
        sources: 32,
        inputBytes: 15_000_000,
        wallMs: 30_000,
        written: 1000,
        unchanged: 0,
        rejected: 0,
        skipped: 0,
      },
    ]).split('\n');
    expect(table[2]).toMatch(/\| start +\| +0 \| +– \| +2,900 ms \| +– \|/);
    expect(table[3]).toMatch(/\| 15\.00 MB \| +30\.0 s \| 0\.50 \| +1,000 \|/);
  });

  it('gives an unchanged re-ingest its speed-up over the first run, with and without the process start', () => {
    const row = { sources: 3, inputBytes: 1_000_000, written: 0, unchanged: 8, rejected: 0, skipped: 0 };
    const table = formatIngest([
      { ...row, run: 'first', wallMs: 12_000, written: 8, unchanged: 0 },
      { ...row, run: 'again', wallMs: 3_000, speedup: { wall: 4, work: 10 } },
    ]).split('\n');
    expect(table[2]).toMatch(/\| +– \| +– \|$/);
    expect(table[3]).toMatch(/\| +4\.0× \| +10\.0× \|$/);
  });

  it('gives records MB/s with an empty cache and from the cache, also without the process start', () => {
    const table = formatRecords([
      {
        content: 'corpus',
        articles: 300,
        markdownBytes: 24_000_000,
        figures: 9_000,
        coldMs: 14_000,
        warmMs: 4_000,
        startMs: 2_000,
      },
    ]).split('\n');
    // 24 MB in 14 s is 1.71 MB/s, in 12 s of work 2.00; from the cache 6.00 and 12.00.
    expect(table[2]).toMatch(
      /\| 24\.00 MB \| +9,000 \| +14\.0 s \| 1\.71 \| +2\.00 \| +4,000 ms \| 6\.00 \| +12\.00 \|$/,
    );
  });

  it('divides build time by the pages Next reports generating', () => {
    const table = formatBuild([
      {
        content: 'repo',
        corpus: 'repository',
        articles: 10,
        wallMs: 68_400,
        pagesGenerated: 342,
        htmlFiles: 327,
        steps: { compileMs: 23_100, typeCheckMs: 18_600, generateMs: 27_500 },
      },
    ]);
    expect(table).toMatch(/ 200 ms \| +80 ms \| +– \|$/);
  });

  it("sets each build's cost to generate a page against the smallest build of its corpus", () => {
    const row = (corpus: BuildRow['corpus'], articles: number, pages: number, generateMs: number): BuildRow => ({
      content: `${articles} ${corpus}`,
      corpus,
      articles,
      wallMs: 100_000,
      pagesGenerated: pages,
      htmlFiles: pages,
      steps: { compileMs: 10_000, typeCheckMs: 10_000, generateMs },
    });
    const lines = formatBuild([
      row('repository', 10, 600, 12_000),
      // Listed largest first, so the smallest is found by its articles, not its place.
      row('generated', 1_000, 1_700, 54_400),
      row('generated', 10, 600, 12_000),
      row('real-shaped', 314, 1_000, 60_000),
      row('real-shaped', 42, 700, 35_000),
    ]).split('\n');
    const ratioOf = (line: string | undefined) => line?.trim().split('|').at(-2)?.trim();
    expect(ratioOf(lines[2])).toBe('–');
    expect(ratioOf(lines[3])).toBe('1.60×'); // 32 ms against 20 ms
    expect(ratioOf(lines[4])).toBe('1.00×');
    expect(ratioOf(lines[5])).toBe('1.20×'); // 60 ms against 50 ms
    expect(ratioOf(lines[6])).toBe('1.00×');
  });

  it('puts next start beside the static server with their ratio', () => {
    const row = (server: ServeRow['server'], requestsPerSecond: number): ServeRow => ({
      family: 'article',
      path: '/articles/a',
      connections: 10,
      server,
      requestsPerSecond,
      p50Ms: 5,
      p99Ms: 20,
      errors: 0,
      non2xx: 0,
      bytesPerResponse: 30_000,
    });
    const lines = formatServe([row('next start', 1_000), row('static', 4_000)]).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/1,000 .*4,000 .*0\.25×/);
  });

  it('marks a page over its JavaScript budget', () => {
    const row: WeightRow = {
      family: 'role guide',
      path: '/roles/x',
      status: 200,
      htmlBytes: 100_000,
      htmlGzipBytes: 20_000,
      inlineScriptBytes: 60_000,
      scripts: ['a.js'],
      jsGzipBytes: 160_000,
      contentEncoding: 'gzip',
      cacheControl: 's-maxage=31536000',
      budget: { totalJs: 160_000, frameworkJs: 138_000, extraJs: 22_000, limit: 153_360, pass: false },
    };
    expect(formatWeight([row])).toContain('FAIL (≤ 149.8 KiB)');
    expect(formatWeight([row])).toContain('58.6 KiB (60%)');
    expect(formatWeight([{ ...row, budget: null }])).toContain('| n/a ');
  });

  it('shows the performance spread beside the median run only when there was more than one run', () => {
    const row: LighthouseRow = {
      family: 'roles',
      path: '/roles',
      preset: 'mobile',
      performance: 0.92,
      accessibility: 1,
      bestPractices: 1,
      seo: 1,
      lcpMs: 2_564,
      tbtMs: 377,
      cls: 0,
      benchmarkIndex: 1_468.5,
      failingAudits: [],
      runs: 3,
      runsSucceeded: 3,
      performanceMin: 0.89,
      performanceMax: 0.96,
      error: null,
    };
    const cells = (table: string): string[] =>
      (table.split('\n')[2] ?? '')
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim());
    expect(cells(formatLighthouse([row]))[2]).toBe('92 (89–96, 3 runs)');
    // The host's speed during the median run, rounded as Lighthouse shows it.
    expect(cells(formatLighthouse([row]))[9]).toBe('1,469');
    expect(cells(formatLighthouse([{ ...row, runsSucceeded: 2, performanceMax: 0.93 }]))[2]).toBe(
      '92 (89–93, 2 of 3 runs)',
    );
    expect(cells(formatLighthouse([{ ...row, runsSucceeded: 1, performanceMin: 0.92, performanceMax: 0.92 }]))[2]).toBe(
      '92 (1 of 3 runs)',
    );
    expect(cells(formatLighthouse([{ ...row, runs: 1, runsSucceeded: 1 }]))[2]).toBe('92');
    const failed = cells(
      formatLighthouse([
        {
          ...row,
          performance: null,
          runsSucceeded: 0,
          performanceMin: null,
          performanceMax: null,
          benchmarkIndex: null,
          error: 'all 3 runs failed: NO_FCP',
        },
      ]),
    );
    expect(failed[2]).toBe('–');
    expect(failed[9]).toBe('–');
    expect(failed[10]).toBe('error: all 3 runs failed: NO_FCP');
  });
});
