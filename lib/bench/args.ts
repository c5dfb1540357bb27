/** Command-line arguments of `npm run bench`, parsed without side effects. */

export const PHASES = ['ingest', 'records', 'build', 'serve', 'weight', 'layout', 'lighthouse'] as const;
export type Phase = (typeof PHASES)[number];

/** `generated`: lib/bench/corpus (about 15 KB an article); `real`: the repository's WordPress feeds copied (70–110 KB, dozens of tables). */
export const CORPORA = ['generated', 'real'] as const;
export type Corpus = (typeof CORPORA)[number];

export interface BenchArgs {
  phases: Phase[];
  /** Seconds of load per autocannon run. */
  duration: number;
  /** Seconds of warm-up load before each measured run. */
  warmup: number;
  /** Concurrent connections, one measured run each. */
  connections: number[];
  /** Sizes of the generated corpus the ingest and records phases read; `null` for the build's `sizes`. */
  articles: number[] | null;
  /** Sizes of the generated corpus the build phase builds, one clean build each. */
  sizes: number[];
  /** Copies of the feeds in the real-shaped corpus (of the repository's, each copy is 8 articles, 1.1 MB of feeds). */
  realCopies: number[];
  /** The folder of feeds the real-shaped corpus copies; `null` for the repository's own (content/sources). */
  realFeeds: string | null;
  /** Which corpora the ingest, records and build phases measure. */
  corpora: Corpus[];
  seed: number;
  /** Where the results files go. */
  outDir: string;
  /** First port to use; the bench takes a few above it. */
  port: number;
  /** Lighthouse runs per route and preset; the row is made from the median run. */
  runs: number;
}

export const USAGE = `usage: npm run bench -- [--only PHASES] [--duration S] [--warmup S] [--connections N,N]
                        [--articles N,N] [--sizes N,N,N] [--real-copies N,N,N] [--real-feeds DIR]
                        [--corpus C,C] [--seed N] [--out DIR] [--port P] [--runs N]

Runs every phase by default: ${PHASES.join(', ')}.

  --only PHASES      comma-separated subset, e.g. --only serve,weight
  --duration S       seconds per load test (default 10)
  --warmup S         seconds of warm-up before each load test (default 3)
  --connections N,N  connection counts to load-test with (default 10,50)
  --articles N,N     generated corpus sizes the ingest and records phases read (default: those of --sizes)
  --sizes N,N,N      generated corpus sizes the build phase builds (default 10,1000,3000)
  --real-copies N,N  copies of the feeds in the real-shaped corpus (of the repository's, 8 articles each);
                     ingest, records and build each read every count (default 4,12,38)
  --real-feeds DIR   the feeds the real-shaped corpus copies: every XML file in DIR (RSS 2.0, RSS 1.0
                     or Atom), relative to the project (default content/sources, the repository's own)
  --corpus C,C       corpora to measure: generated, real (default both)
  --seed N           seed of the generated corpus (default 1)
  --out DIR          results folder (default bench-results)
  --port P           first of the ports the servers use (default 3210; keep within 3200-3299)
  --runs N           Lighthouse runs per route and preset, reported by the median run (default 3)
  --help             show this help`;

export class UsageError extends Error {}

const DEFAULTS: BenchArgs = {
  phases: [...PHASES],
  duration: 10,
  warmup: 3,
  connections: [10, 50],
  articles: null,
  sizes: [10, 1000, 3000],
  realCopies: [4, 12, 38],
  realFeeds: null,
  corpora: [...CORPORA],
  seed: 1,
  outDir: 'bench-results',
  port: 3210,
  runs: 3,
};

const isPhase = (value: string): value is Phase => PHASES.some((phase) => phase === value);

function positiveInteger(option: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) <= 0)
    throw new UsageError(`${option} needs a positive whole number, got "${value}"`);
  return Number(value);
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs | 'help' {
  const args: BenchArgs = {
    ...DEFAULTS,
    phases: [...DEFAULTS.phases],
    connections: [...DEFAULTS.connections],
    sizes: [...DEFAULTS.sizes],
    realCopies: [...DEFAULTS.realCopies],
    corpora: [...DEFAULTS.corpora],
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--') continue;
    if (arg === '--help' || arg === '-h') return 'help';
    const [option, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = (): string => {
      const next = inline ?? argv[(i += 1)];
      if (next === undefined || next === '' || (inline === undefined && next.startsWith('--')))
        throw new UsageError(`${option} needs a value`);
      return next;
    };
    switch (option) {
      case '--only': {
        const names = value()
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean);
        const unknown = names.filter((name) => !isPhase(name));
        if (unknown.length > 0)
          throw new UsageError(`unknown phase ${unknown.join(', ')}; phases are ${PHASES.join(', ')}`);
        // Phases run in their fixed order whatever order they are named in: serve and weight need the build.
        args.phases = PHASES.filter((phase) => names.includes(phase));
        break;
      }
      case '--duration':
        args.duration = positiveInteger(option, value());
        break;
      case '--warmup': {
        // Zero is allowed here: it skips the warm-up.
        const seconds = value();
        args.warmup = seconds === '0' ? 0 : positiveInteger(option, seconds);
        break;
      }
      case '--connections':
        args.connections = value()
          .split(',')
          .map((count) => positiveInteger(option, count.trim()));
        break;
      case '--articles':
        args.articles = value()
          .split(',')
          .map((count) => positiveInteger(option, count.trim()));
        break;
      case '--sizes':
        args.sizes = value()
          .split(',')
          .map((size) => positiveInteger(option, size.trim()));
        break;
      case '--real-copies':
        args.realCopies = value()
          .split(',')
          .map((copies) => positiveInteger(option, copies.trim()));
        break;
      case '--real-feeds':
        args.realFeeds = value();
        break;
      case '--corpus': {
        const names = value()
          .split(',')
          .map((name) => name.trim());
        const unknown = names.filter((name) => !CORPORA.some((corpus) => corpus === name));
        if (unknown.length > 0)
          throw new UsageError(`unknown corpus ${unknown.join(', ')}; corpora are ${CORPORA.join(', ')}`);
        args.corpora = CORPORA.filter((corpus) => names.includes(corpus));
        break;
      }
      case '--seed':
        args.seed = positiveInteger(option, value());
        break;
      case '--out':
        args.outDir = value();
        break;
      case '--port': {
        const port = positiveInteger(option, value());
        if (port < 1024 || port > 65_000) throw new UsageError('--port must be between 1024 and 65000');
        args.port = port;
        break;
      }
      case '--runs':
        args.runs = positiveInteger(option, value());
        break;
      default:
        throw new UsageError(`unknown option ${arg}`);
    }
  }
  return args;
}
