/**
 * `npm run bench`: measures ingest, build, serving, page weight and
 * Lighthouse scores on this machine, prints one Markdown table per phase and
 * writes every result to bench-results/<time>.md and .json.
 *
 * Not part of `npm test` or CI: timings depend on the machine and on whatever
 * else runs on it. Exit status: 0 every phase ran, 1 a phase failed (the
 * others still report), 2 usage error.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseBenchArgs, USAGE, UsageError, type BenchArgs, type Phase } from '@/lib/bench/args';
import {
  formatBuild,
  formatHeaders,
  formatIngest,
  formatLighthouse,
  formatRecords,
  formatServe,
  formatWeight,
} from '@/lib/bench/report';
import { buildCorpusKeys, readCorpusKeys } from '@/lib/bench/corpus-keys';
import { formatLayout } from '@/lib/bench/layout';
import { formatResults } from '@/lib/bench/report-file';
import type { BenchResults } from '@/lib/bench/results';
import { benchRoutes } from '@/lib/bench/routes';
import { benchTmpDir, runBuildPhase } from './bench/build-phase';
import { createCorpora, type Corpora } from './bench/corpora';
import { runIngestPhase } from './bench/ingest-phase';
import { runLayoutPhase } from './bench/layout-phase';
import { runLighthousePhase, stopChromium } from './bench/lighthouse-phase';
import { runRecordsPhase } from './bench/records-phase';
import { loadAverage, machineFacts } from './bench/machine';
import { stopAllServers } from './bench/processes';
import { runServePhase } from './bench/serve-phase';
import { nextUrl, sampleArticleSlug } from './bench/servers';
import { runWeightPhase } from './bench/weight-phase';

const root = path.resolve(import.meta.dirname, '..');

function resultsFile(outDir: string, date: string): string {
  return path.join(path.resolve(root, outDir), date.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z'));
}

async function runPhase(
  phase: Phase,
  results: BenchResults,
  args: BenchArgs,
  workDir: string,
  corpora: Corpora,
): Promise<string> {
  const routes = benchRoutes(sampleArticleSlug(root));
  const nextPort = args.port;
  switch (phase) {
    case 'ingest':
      results.ingest = await runIngestPhase(root, workDir, corpora, readCorpusKeys(args));
      return formatIngest(results.ingest);
    case 'records':
      results.records = await runRecordsPhase(root, workDir, corpora, readCorpusKeys(args));
      return formatRecords(results.records);
    case 'build':
      results.build = await runBuildPhase(root, nextUrl(nextPort), corpora, buildCorpusKeys(args));
      return formatBuild(results.build);
    case 'serve':
      results.serve = await runServePhase(root, {
        duration: args.duration,
        warmup: args.warmup,
        connections: args.connections,
        nextPort,
        staticPort: nextPort + 1,
        routes: routes.filter((route) => route.family === 'role guide' || route.family === 'article'),
      });
      return formatServe(results.serve.rows);
    case 'weight':
      results.weight = await runWeightPhase(root, nextPort, routes);
      return `${formatWeight(results.weight.rows)}\n\n${formatHeaders(results.weight.headers)}`;
    case 'layout':
      results.layout = await runLayoutPhase(root, nextPort);
      return formatLayout(results.layout);
    case 'lighthouse':
      results.lighthouse = await runLighthousePhase(root, nextPort, routes, args.runs);
      return formatLighthouse(results.lighthouse);
  }
}

async function main(argv: string[]): Promise<number> {
  let parsed: BenchArgs | 'help';
  try {
    parsed = parseBenchArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`bench: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed === 'help') {
    console.log(USAGE);
    return 0;
  }
  const args = parsed;

  const results: BenchResults = { machine: machineFacts(root, argv), phases: args.phases, phaseMs: {}, failures: [] };
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-career-atlas-bench-'));
  const corpora = createCorpora(
    root,
    workDir,
    args.seed,
    // Relative to the project, as --out is: npm runs the bench there.
    path.resolve(root, args.realFeeds ?? path.join('content', 'sources')),
  );
  const cleanUp = async (): Promise<void> => {
    // Files first: an interrupt may end the process before the servers have stopped.
    fs.rmSync(workDir, { recursive: true, force: true });
    // Only the build phase makes project copies; another run's copy is not ours to remove.
    if (args.phases.includes('build')) fs.rmSync(benchTmpDir(root), { recursive: true, force: true });
    stopChromium();
    await stopAllServers();
  };
  process.once('SIGINT', () => {
    console.error('\nbench: interrupted; stopping servers');
    void cleanUp().then(() => process.exit(130));
  });

  console.log(`bench: ${args.phases.join(', ')} (load average ${results.machine.loadAverageStart.join(' ')})`);
  try {
    for (const phase of args.phases) {
      console.log(`\n## ${phase}`);
      const started = performance.now();
      try {
        const table = await runPhase(phase, results, args, workDir, corpora);
        console.log(`\n${table}`);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        results.failures.push({ phase, error: message });
        console.error(`bench: ${phase} failed: ${message}`);
      }
      results.phaseMs[phase] = performance.now() - started;
    }
  } finally {
    await cleanUp();
  }

  results.machine.loadAverageEnd = loadAverage();
  const base = resultsFile(args.outDir, results.machine.date);
  fs.mkdirSync(path.dirname(base), { recursive: true });
  fs.writeFileSync(`${base}.md`, formatResults(results));
  fs.writeFileSync(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`);
  const total = Object.values(results.phaseMs).reduce((sum, ms) => sum + ms, 0);
  console.log(`\nbench: done in ${Math.round(total / 1000)} s; results in ${path.relative(root, base)}.md and .json`);
  return results.failures.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  async (error: unknown) => {
    await stopAllServers();
    console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
