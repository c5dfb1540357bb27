import { describe, expect, it } from 'vitest';
import { parseBenchArgs, PHASES, UsageError } from '@/lib/bench/args';

describe('parseBenchArgs', () => {
  it('runs every phase with the default durations when given nothing', () => {
    expect(parseBenchArgs([])).toEqual({
      phases: [...PHASES],
      duration: 10,
      warmup: 3,
      connections: [10, 50],
      articles: null,
      sizes: [10, 1000, 3000],
      realCopies: [4, 12, 38],
      realFeeds: null,
      corpora: ['generated', 'real'],
      seed: 1,
      outDir: 'bench-results',
      port: 3210,
      runs: 3,
    });
  });

  it('keeps the phases in run order whatever order --only names them in', () => {
    const args = parseBenchArgs(['--only', 'weight,serve']);
    expect(args !== 'help' && args.phases).toEqual(['serve', 'weight']);
  });

  it('reads values given with a space or an equals sign', () => {
    const args = parseBenchArgs([
      '--',
      '--duration=5',
      '--connections',
      '1,20',
      '--articles',
      '200',
      '--warmup',
      '0',
      '--runs=5',
    ]);
    expect(args).toMatchObject({ duration: 5, connections: [1, 20], articles: [200], warmup: 0, runs: 5 });
    expect(parseBenchArgs(['--articles', '100, 2000'])).toMatchObject({ articles: [100, 2000] });
    expect(parseBenchArgs(['--runs', '1'])).toMatchObject({ runs: 1 });
    expect(
      parseBenchArgs(['--sizes', '10, 300', '--real-copies=2', '--real-feeds', '../feeds', '--corpus', 'real']),
    ).toMatchObject({
      sizes: [10, 300],
      realCopies: [2],
      realFeeds: '../feeds',
      corpora: ['real'],
    });
    expect(() => parseBenchArgs(['--real-feeds'])).toThrow(/--real-feeds needs a value/);
    expect(() => parseBenchArgs(['--corpus', 'made-up'])).toThrow(UsageError);
    expect(() => parseBenchArgs(['--sizes', '10,0'])).toThrow(UsageError);
  });

  it('rejects unknown phases and options, and values that are missing or not whole numbers', () => {
    expect(() => parseBenchArgs(['--only', 'ingest,deploy'])).toThrow(/unknown phase deploy/);
    expect(() => parseBenchArgs(['--fast'])).toThrow(UsageError);
    expect(() => parseBenchArgs(['--duration'])).toThrow(/needs a value/);
    expect(() => parseBenchArgs(['--duration', '--only'])).toThrow(/needs a value/);
    expect(() => parseBenchArgs(['--duration', '1.5'])).toThrow(/whole number/);
    expect(() => parseBenchArgs(['--port', '80'])).toThrow(/between/);
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/--runs needs a positive whole number/);
    expect(() => parseBenchArgs(['--runs', '2.5'])).toThrow(/whole number/);
    expect(() => parseBenchArgs(['--runs'])).toThrow(/needs a value/);
  });

  it('returns help for --help', () => {
    expect(parseBenchArgs(['--duration', '5', '--help'])).toBe('help');
  });
});
