import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '@/lib/ingest/cli/args';

describe('parseArgs', () => {
  it('defaults to the content directory with no flags', () => {
    expect(parseArgs([])).toEqual({ sources: [], contentDir: 'content', dryRun: false, json: false });
  });

  it('reads sources, flags and both forms of --content-dir in any order', () => {
    expect(parseArgs(['a.xml', '--dry-run', '--content-dir', 'out', 'https://x.example.com/feed', '--json'])).toEqual({
      sources: ['a.xml', 'https://x.example.com/feed'],
      contentDir: 'out',
      dryRun: true,
      json: true,
    });
    expect(parseArgs(['--content-dir=out dir', 'b.xml'])).toMatchObject({ contentDir: 'out dir', sources: ['b.xml'] });
  });

  it('treats everything after "--" the same as before it, skipping the marker', () => {
    expect(parseArgs(['--', 'a.xml'])).toMatchObject({ sources: ['a.xml'] });
  });

  it('asks for help with --help or -h, wherever it is', () => {
    expect(parseArgs(['a.xml', '--help'])).toBe('help');
    expect(parseArgs(['-h'])).toBe('help');
  });

  it('refuses an unknown option', () => {
    expect(() => parseArgs(['--force'])).toThrow(new UsageError('unknown option --force'));
    expect(() => parseArgs(['-x'])).toThrow(UsageError);
  });

  it('refuses --content-dir without a directory, rather than taking the next option as one', () => {
    for (const argv of [
      ['--content-dir'],
      ['--content-dir='],
      ['--content-dir', '--dry-run'],
      ['a.xml', '--content-dir', '--json'],
    ]) {
      expect(() => parseArgs(argv), argv.join(' ')).toThrow(new UsageError('--content-dir needs a directory'));
    }
  });
});
