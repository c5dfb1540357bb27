import { describe, expect, it } from 'vitest';
import { buildSteps, pagesGenerated, readIngestSummary } from '@/lib/bench/parse-output';

describe('readIngestSummary', () => {
  it('reads the counts of an ingest --json report', () => {
    const stdout = JSON.stringify({
      summary: {
        sources: 3,
        ingested: 3,
        rejected: 0,
        written: 12,
        unchanged: 2,
        skipped: 1,
        warnings: 1,
        dryRun: false,
      },
      sources: [],
    });
    expect(readIngestSummary(stdout)).toEqual({ sources: 3, rejected: 0, written: 12, unchanged: 2, skipped: 1 });
  });

  it('names the field that is missing or not a count', () => {
    expect(() => readIngestSummary('{"summary":{"sources":1}}')).toThrow(/summary\.rejected/);
    expect(() => readIngestSummary('{"summary":{"sources":"3"}}')).toThrow(/summary\.sources/);
    expect(() => readIngestSummary('[]')).toThrow(/no summary/);
  });
});

describe('pagesGenerated', () => {
  it('takes the finished count from the last progress line', () => {
    const log = [
      '  Generating static pages using 1 worker (0/342) ...',
      '  Generating static pages using 1 worker (85/342) ',
      '✓ Generating static pages using 1 worker (342/342) in 27.5s',
    ].join('\n');
    expect(pagesGenerated(log)).toBe(342);
  });

  it('returns null when the build never finished generating', () => {
    expect(pagesGenerated('  Generating static pages using 1 worker (85/342) ')).toBeNull();
    expect(pagesGenerated('Build error occurred')).toBeNull();
  });
});

describe('buildSteps', () => {
  it('reads the compile, type-check and generation times in any of the units Next prints', () => {
    const log = [
      '✓ Compiled successfully in 23.1s',
      '  Finished TypeScript in 850ms ...',
      '  Generating static pages using 1 worker (85/1334) ',
      '✓ Generating static pages using 1 worker (1334/1334) in 7.5min',
    ].join('\n');
    expect(buildSteps(log)).toEqual({ compileMs: 23_100, typeCheckMs: 850, generateMs: 450_000 });
  });

  it('gives null for a step the log does not report', () => {
    expect(buildSteps('Build error occurred')).toEqual({ compileMs: null, typeCheckMs: null, generateMs: null });
  });
});
