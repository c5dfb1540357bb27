import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '@/lib/bench/args';
import { buildCorpusKeys, corpusLabel, corpusName, readCorpusKeys } from '@/lib/bench/corpus-keys';

const argsOf = (argv: string[]) => {
  const args = parseBenchArgs(argv);
  if (args === 'help') throw new Error('help');
  return args;
};

describe('the corpora each phase measures', () => {
  it('has ingest and records read every size of both corpora, smallest first, as the build does', () => {
    const args = argsOf([]);
    expect(readCorpusKeys(args).map(corpusLabel)).toEqual([
      '10 generated articles',
      '1,000 generated articles',
      '3,000 generated articles',
      'real-shaped feeds × 4',
      'real-shaped feeds × 12',
      'real-shaped feeds × 38',
    ]);
    expect(buildCorpusKeys(args)).toEqual(readCorpusKeys(args));
  });

  it('lets --articles choose the generated sizes ingest and records read, and --corpus the corpora', () => {
    const args = argsOf([
      '--articles',
      '2000,500,500',
      '--sizes',
      '10',
      '--real-copies',
      '38,4',
      '--corpus',
      'generated',
    ]);
    expect(readCorpusKeys(args)).toEqual([
      { kind: 'generated', articles: 500 },
      { kind: 'generated', articles: 2000 },
    ]);
    expect(buildCorpusKeys(args)).toEqual([{ kind: 'generated', articles: 10 }]);
    expect(readCorpusKeys(argsOf(['--real-copies', '38,4', '--corpus', 'real'])).map(corpusName)).toEqual([
      'real-4',
      'real-38',
    ]);
  });
});
