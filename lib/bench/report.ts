/**
 * Results -> Markdown: one table per phase, the same text for the terminal
 * and for the results file.
 */
import { formatDuration, formatKiB, formatMB, formatNumber, formatRatio, formatScore } from './format';
import { markdownTable } from './markdown-table';
import type { BuildRow, HeaderCheck, IngestRow, LighthouseRow, RecordsRow, ServeRow, WeightRow } from './results';
import { mbPerSecond, msPer, ratio } from './stats';

export function formatIngest(rows: readonly IngestRow[]): string {
  const times = (value: number | null | undefined): string => (value == null ? '–' : `${formatNumber(value, 1)}×`);
  return markdownTable(
    [
      'Run',
      'Sources',
      'Input',
      'Wall time',
      'MB/s',
      'Written',
      'Unchanged',
      'Skipped',
      'Rejected',
      'Faster than first run',
      'Same, less process start',
    ],
    rows.map((row) => [
      row.run,
      formatNumber(row.sources),
      // The start-only row reads nothing; a rate of 0 MB/s would read as a measurement.
      row.inputBytes > 0 ? formatMB(row.inputBytes) : '–',
      formatDuration(row.wallMs),
      row.inputBytes > 0 ? formatNumber(mbPerSecond(row.inputBytes, row.wallMs), 2) : '–',
      formatNumber(row.written),
      formatNumber(row.unchanged),
      formatNumber(row.skipped),
      formatNumber(row.rejected),
      times(row.speedup?.wall),
      times(row.speedup?.work),
    ]),
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
}

/** Records MB/s of Markdown: extracting every article (empty cache), and again from the cache, with and without the process start. */
export function formatRecords(rows: readonly RecordsRow[]): string {
  const rate = (ms: number | null, bytes: number): string =>
    ms === null || ms <= 0 ? '–' : formatNumber(mbPerSecond(bytes, ms), 2);
  const less = (ms: number, start: number): number | null => (ms > start ? ms - start : null);
  return markdownTable(
    [
      'Content',
      'Articles',
      'Markdown',
      'Figures',
      'Empty cache',
      'MB/s',
      'MB/s less process start',
      'From cache',
      'MB/s',
      'MB/s less process start',
    ],
    rows.map((row) => [
      row.content,
      formatNumber(row.articles),
      formatMB(row.markdownBytes),
      formatNumber(row.figures),
      formatDuration(row.coldMs),
      rate(row.coldMs, row.markdownBytes),
      rate(less(row.coldMs, row.startMs), row.markdownBytes),
      formatDuration(row.warmMs),
      rate(row.warmMs, row.markdownBytes),
      rate(less(row.warmMs, row.startMs), row.markdownBytes),
    ]),
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
}

const generatingPerPage = (row: BuildRow): number | null =>
  row.steps.generateMs === null ? null : msPer(row.steps.generateMs, row.pagesGenerated ?? row.htmlFiles);

/**
 * The build table. The last column is how much a page costs to generate
 * against the smallest build of the same corpus (10 → 1,000 generated
 * articles should stay within 1.5×), so the table shows whether per-page
 * work grows with the content.
 */
export function formatBuild(rows: readonly BuildRow[]): string {
  const smallest = new Map<BuildRow['corpus'], BuildRow>();
  for (const row of rows) {
    const known = smallest.get(row.corpus);
    if (!known || row.articles < known.articles) smallest.set(row.corpus, row);
  }
  return markdownTable(
    [
      'Content',
      'Articles',
      'Clean build',
      'Compile',
      'TypeScript',
      'Generate pages',
      'Pages',
      'HTML files',
      'Per page, whole build',
      'Per page, generating',
      'Generating against the smallest of its corpus',
    ],
    rows.map((row) => {
      const pages = row.pagesGenerated ?? row.htmlFiles;
      return [
        row.content,
        formatNumber(row.articles),
        formatDuration(row.wallMs),
        formatDuration(row.steps.compileMs),
        formatDuration(row.steps.typeCheckMs),
        formatDuration(row.steps.generateMs),
        formatNumber(row.pagesGenerated),
        formatNumber(row.htmlFiles),
        formatDuration(msPer(row.wallMs, pages)),
        formatDuration(generatingPerPage(row)),
        row.corpus === 'repository'
          ? formatRatio(null)
          : formatRatio(ratio(generatingPerPage(row), generatingPerPage(smallest.get(row.corpus) ?? row))),
      ];
    }),
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
}

/** One line per route and connection count, `next start` beside the static server. */
export function formatServe(rows: readonly ServeRow[]): string {
  const keys = [...new Set(rows.map((row) => `${row.path}\u0000${row.connections}`))];
  const body = keys.flatMap((key) => {
    const [path, connections] = key.split('\u0000');
    const find = (server: ServeRow['server']) =>
      rows.find((row) => row.path === path && String(row.connections) === connections && row.server === server);
    const next = find('next start');
    const stat = find('static');
    const anyRow = next ?? stat;
    if (!anyRow) return [];
    const errors = (row: ServeRow | undefined): number => (row ? row.errors + row.non2xx : 0);
    return [
      [
        `${anyRow.family} \`${anyRow.path}\``,
        String(anyRow.connections),
        formatNumber(next?.requestsPerSecond ?? null),
        formatNumber(next?.p50Ms ?? null),
        formatNumber(next?.p99Ms ?? null),
        formatNumber(stat?.requestsPerSecond ?? null),
        formatNumber(stat?.p50Ms ?? null),
        formatNumber(stat?.p99Ms ?? null),
        formatRatio(ratio(next?.requestsPerSecond ?? null, stat?.requestsPerSecond ?? null)),
        formatNumber(errors(next) + errors(stat)),
      ],
    ];
  });
  return markdownTable(
    [
      'Route',
      'Conns',
      'next req/s',
      'next p50 ms',
      'next p99 ms',
      'static req/s',
      'static p50 ms',
      'static p99 ms',
      'next / static',
      'Errors',
    ],
    body,
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
}

export function formatWeight(rows: readonly WeightRow[]): string {
  return markdownTable(
    [
      'Route',
      'Status',
      'HTML',
      'HTML gzip',
      'Inline scripts',
      'Scripts',
      'JS gzip',
      'JS over framework',
      'Budget',
      'Encoding',
      'Cache-Control',
    ],
    rows.map((row) => [
      `${row.family} \`${row.path}\``,
      String(row.status),
      formatKiB(row.htmlBytes),
      formatKiB(row.htmlGzipBytes),
      // Mostly the RSC payload: the share of the HTML that repeats the page for hydration.
      `${formatKiB(row.inlineScriptBytes)} (${formatNumber(row.htmlBytes > 0 ? (100 * row.inlineScriptBytes) / row.htmlBytes : null)}%)`,
      String(row.scripts.length),
      formatKiB(row.jsGzipBytes),
      row.budget ? formatKiB(row.budget.extraJs) : '–',
      row.budget ? `${row.budget.pass ? 'pass' : 'FAIL'} (≤ ${formatKiB(row.budget.limit)})` : 'n/a',
      row.contentEncoding ?? 'none',
      row.cacheControl ?? '–',
    ]),
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left', 'left', 'left'],
  );
}

export function formatHeaders(checks: readonly HeaderCheck[]): string {
  return markdownTable(
    ['Check', 'URL', 'Header', 'Value', 'Target', 'Met'],
    checks.map((check) => [
      check.what,
      `\`${check.url}\``,
      check.header,
      check.value ?? '(absent)',
      check.expected,
      check.ok ? 'yes' : 'NO',
    ]),
  );
}

/**
 * The performance score's range over the runs a row was chosen from, e.g.
 * "89–96, 3 runs" or "2 of 3 runs" when only some runs measured the page;
 * null for a single run, where there is no spread to show.
 */
export function formatRunSpread(
  row: Pick<LighthouseRow, 'runs' | 'runsSucceeded' | 'performanceMin' | 'performanceMax'>,
): string | null {
  if (row.runs <= 1 || row.runsSucceeded === 0) return null;
  const runs = row.runsSucceeded === row.runs ? `${row.runs} runs` : `${row.runsSucceeded} of ${row.runs} runs`;
  const range =
    row.runsSucceeded > 1 && row.performanceMin !== null && row.performanceMax !== null
      ? `${formatScore(row.performanceMin)}–${formatScore(row.performanceMax)}, `
      : '';
  return range + runs;
}

export function formatLighthouse(rows: readonly LighthouseRow[]): string {
  return markdownTable(
    [
      'Route',
      'Preset',
      'Perf',
      'A11y',
      'Best pr.',
      'SEO',
      'LCP',
      'TBT',
      'CLS',
      'Host index',
      'Audits below 100 (a11y, BP, SEO)',
    ],
    rows.map((row) => {
      const spread = formatRunSpread(row);
      return [
        `${row.family} \`${row.path}\``,
        row.preset,
        spread === null ? formatScore(row.performance) : `${formatScore(row.performance)} (${spread})`,
        formatScore(row.accessibility),
        formatScore(row.bestPractices),
        formatScore(row.seo),
        formatDuration(row.lcpMs),
        formatDuration(row.tbtMs),
        formatNumber(row.cls, 3),
        formatNumber(row.benchmarkIndex),
        row.error ? `error: ${row.error}` : row.failingAudits.join(', ') || '–',
      ];
    }),
    ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
  );
}
