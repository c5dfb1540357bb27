import { describe, expect, it } from 'vitest';
import type { IngestManifest } from '@/lib/content/schema';
import type { SourceReport } from '@/lib/ingest/plan';
import { fileHash, recordRun, replayUnchangedRun, runInputsKey } from '@/lib/ingest/run-record';

const bytes = (text: string) => new TextEncoder().encode(text);
const source = (name: string, status: SourceReport['status'] = 'ingested'): SourceReport => ({
  name,
  status,
  format: status === 'ingested' ? 'rss-2.0' : null,
  items: 2,
  written: 1,
  unchanged: 1,
  skipped: 0,
  error: status === 'ingested' ? null : `${name}: not well-formed XML`,
});
const warning = { file: 'a.xml', item: '#2', field: 'link', message: 'not an http(s) URL', skipped: false };
const files = new Map([
  ['first.md', fileHash('---\ntitle: First\n---\n')],
  ['second.md', fileHash('---\ntitle: Second\n---\n')],
]);
const plan = {
  sources: [source('a.xml'), source('b.xml')],
  warnings: [warning],
  articles: [{ slug: 'first' }, { slug: 'second' }],
};

describe('runInputsKey', () => {
  it('changes with any byte of any source, with a name and with the code, and not with the order', () => {
    const key = runInputsKey('code', [
      { name: 'a.xml', bytes: bytes('<rss/>') },
      { name: 'b.xml', bytes: bytes('<feed/>') },
    ]);
    expect(
      runInputsKey('code', [
        { name: 'b.xml', bytes: bytes('<feed/>') },
        { name: 'a.xml', bytes: bytes('<rss/>') },
      ]),
    ).toBe(key);
    for (const other of [
      runInputsKey('code', [
        { name: 'a.xml', bytes: bytes('<rss/> ') },
        { name: 'b.xml', bytes: bytes('<feed/>') },
      ]),
      runInputsKey('code', [
        { name: 'c.xml', bytes: bytes('<rss/>') },
        { name: 'b.xml', bytes: bytes('<feed/>') },
      ]),
      runInputsKey('code', [{ name: 'a.xml', bytes: bytes('<rss/>') }]),
      runInputsKey('new code', [
        { name: 'a.xml', bytes: bytes('<rss/>') },
        { name: 'b.xml', bytes: bytes('<feed/>') },
      ]),
    ])
      expect(other).not.toBe(key);
  });
});

describe('replayUnchangedRun', () => {
  const manifest = (run: ReturnType<typeof recordRun>): IngestManifest => ({
    format: 1,
    converter: 'c',
    items: {},
    run,
  });

  it('answers a run with the same inputs and files with the recorded report, everything unchanged', () => {
    const replay = replayUnchangedRun(manifest(recordRun('key', files, plan)), 'key', new Map(files));
    expect(replay).toEqual({
      sources: [
        { ...source('a.xml'), written: 0, unchanged: 2 },
        { ...source('b.xml'), written: 0, unchanged: 2 },
      ],
      writes: [],
      unchanged: ['first', 'second'],
      skipped: 0,
      warnings: [warning],
    });
  });

  it('runs the whole ingest when a source, the code or any article file differs', () => {
    const recorded = manifest(recordRun('key', files, plan));
    const edited = new Map(files).set('second.md', fileHash('---\ntitle: Second, edited\n---\n'));
    const added = new Map(files).set('third.md', fileHash('---\ntitle: Third\n---\n'));
    const removed = new Map([...files].slice(0, 1));
    expect(replayUnchangedRun(recorded, 'other key', files)).toBeNull();
    for (const onDisk of [edited, added, removed]) expect(replayUnchangedRun(recorded, 'key', onDisk)).toBeNull();
    expect(replayUnchangedRun(null, 'key', files)).toBeNull();
    expect(replayUnchangedRun(manifest(undefined), 'key', files)).toBeNull();
  });

  it('keeps no record of a run that rejected a source, so the next run tries it again', () => {
    expect(
      recordRun('key', files, { ...plan, sources: [source('a.xml'), source('b.xml', 'rejected')] }),
    ).toBeUndefined();
  });
});
