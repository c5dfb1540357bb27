/**
 * Which corpora each phase measures, and what they are called. Pure: the
 * bench's scripts write and read the corpora themselves.
 */
import type { BenchArgs } from './args';

/** One corpus at one size: generated articles, or copies of the real feeds. */
export type CorpusKey = { kind: 'generated'; articles: number } | { kind: 'real'; copies: number };

/** A name for files and folders. */
export const corpusName = (key: CorpusKey): string =>
  key.kind === 'generated' ? `generated-${key.articles}` : `real-${key.copies}`;

/** A name for tables. */
export const corpusLabel = (key: CorpusKey): string =>
  key.kind === 'generated'
    ? `${key.articles.toLocaleString('en-US')} generated articles`
    : `real-shaped feeds × ${key.copies}`;

const uniqueAscending = (values: readonly number[]): number[] => [...new Set(values)].sort((a, b) => a - b);

/**
 * The corpora the ingest and records phases read: each generated size
 * (`--articles`, else the build's `--sizes`) and each number of real-shaped
 * copies, smallest first, so that each table shows how the cost grows.
 */
export function readCorpusKeys(args: Pick<BenchArgs, 'corpora' | 'articles' | 'sizes' | 'realCopies'>): CorpusKey[] {
  return [
    ...(args.corpora.includes('generated')
      ? uniqueAscending(args.articles ?? args.sizes).map((articles): CorpusKey => ({ kind: 'generated', articles }))
      : []),
    ...(args.corpora.includes('real')
      ? uniqueAscending(args.realCopies).map((copies): CorpusKey => ({ kind: 'real', copies }))
      : []),
  ];
}

/** The corpora the build phase builds: every generated size, every number of real-shaped copies, in the order given. */
export function buildCorpusKeys(args: Pick<BenchArgs, 'corpora' | 'sizes' | 'realCopies'>): CorpusKey[] {
  return [
    ...(args.corpora.includes('generated')
      ? args.sizes.map((articles): CorpusKey => ({ kind: 'generated', articles }))
      : []),
    ...(args.corpora.includes('real') ? args.realCopies.map((copies): CorpusKey => ({ kind: 'real', copies })) : []),
  ];
}
