/** The results file: the machine's facts, then the table of each phase that ran. */
import { formatDuration, formatKiB } from './format';
import { formatLayout } from './layout';
import { markdownTable } from './markdown-table';
import { formatBuild, formatHeaders, formatIngest, formatLighthouse, formatServe, formatWeight } from './report';
import type { BenchResults } from './results';

export function formatMachine(results: BenchResults): string {
  const m = results.machine;
  const load = (values: number[] | null): string => (values ? values.map((v) => v.toFixed(2)).join(' / ') : '–');
  return markdownTable(
    ['Fact', 'Value'],
    [
      ['Date', m.date],
      ['Command', `\`${m.command}\``],
      ['Commit', m.gitCommit ?? '–'],
      ['CPU', `${m.cores} × ${m.cpuModel}`],
      ['Memory', `${m.memoryGiB} GiB`],
      ['Node', m.node],
      ['Platform', m.platform],
      ['Load average at start (1 / 5 / 15 min)', load(m.loadAverageStart)],
      ['Load average at end (1 / 5 / 15 min)', load(m.loadAverageEnd)],
    ],
  );
}

/** The whole results file: machine facts, then each phase that ran. */
export function formatResults(results: BenchResults): string {
  const sections = ['# Benchmark results', '', formatMachine(results)];
  const phaseTime = (phase: keyof BenchResults['phaseMs']): string =>
    results.phaseMs[phase] === undefined ? '' : ` (phase took ${formatDuration(results.phaseMs[phase] ?? null)})`;
  if (results.ingest) sections.push('', `## Ingest${phaseTime('ingest')}`, '', formatIngest(results.ingest));
  if (results.build) sections.push('', `## Build${phaseTime('build')}`, '', formatBuild(results.build));
  if (results.serve) {
    sections.push('', `## Serving${phaseTime('serve')}`, '', formatServe(results.serve.rows));
    for (const check of results.serve.sameBytes)
      sections.push('', `- Same bytes on \`${check.path}\`: ${check.same ? 'yes' : 'NO'} (${check.detail})`);
    for (const note of results.serve.notes) sections.push(`- ${note}`);
  }
  if (results.weight) {
    sections.push(
      '',
      `## Page weight${phaseTime('weight')}`,
      '',
      `Framework JavaScript (scripts every route loads): ${results.weight.frameworkScripts.length} files, ${formatKiB(results.weight.frameworkJsGzipBytes)} gzip.`,
      '',
      formatWeight(results.weight.rows),
      '',
      formatHeaders(results.weight.headers),
    );
  }
  if (results.layout)
    sections.push('', `## Layout of overview pages${phaseTime('layout')}`, '', formatLayout(results.layout));
  if (results.lighthouse)
    sections.push('', `## Lighthouse${phaseTime('lighthouse')}`, '', formatLighthouse(results.lighthouse));
  if (results.failures.length > 0) {
    sections.push('', '## Failures', '', ...results.failures.map((failure) => `- ${failure.phase}: ${failure.error}`));
  }
  return `${sections.join('\n')}\n`;
}
