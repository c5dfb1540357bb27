import { describe, expect, it } from 'vitest';
import { staleTempFiles, tempFileName } from '@/lib/ingest/temp-files';

describe('staleTempFiles', () => {
  it('lists temporary files of processes that are gone, never a live run’s or any other file', () => {
    const names = [
      tempFileName('ai-engineer', 4242),
      tempFileName('data-scientist', 7),
      'ai-engineer.md',
      '.ingest-manifest.json',
      '.ai-engineer.md.tmp',
      '.../etc.md.1.tmp',
      '.AI.md.12.tmp',
    ];
    expect(staleTempFiles(names, (pid) => pid === 7)).toEqual(['.ai-engineer.md.4242.tmp']);
  });
});
