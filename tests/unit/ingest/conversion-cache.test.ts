import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content/schema';
import {
  conversionKey,
  converterFingerprint,
  nextManifest,
  readManifest,
  reusableBodies,
} from '@/lib/ingest/conversion-cache';

const article = (slug: string, body: string): Article => ({
  title: slug,
  slug,
  sourceUrl: null,
  guid: null,
  author: null,
  publishedAt: null,
  categories: [],
  sources: [{ file: 'feed.xml', format: 'rss-2.0', feedUrl: null }],
  contentHash: 'sha256-0',
  body,
});

describe('conversion cache', () => {
  const converter = converterFingerprint([{ name: 'lib/ingest/a.ts', text: 'v1' }]);

  it('gives a different key for other HTML, another base URL or another converter', () => {
    const key = conversionKey(converter, '<p>a</p>', 'https://x.test/a');
    expect(conversionKey(converter, '<p>a</p>', 'https://x.test/a')).toBe(key);
    expect(conversionKey(converter, '<p>b</p>', 'https://x.test/a')).not.toBe(key);
    expect(conversionKey(converter, '<p>a</p>', 'https://x.test/b')).not.toBe(key);
    const changed = converterFingerprint([{ name: 'lib/ingest/a.ts', text: 'v2' }]);
    expect(conversionKey(changed, '<p>a</p>', 'https://x.test/a')).not.toBe(key);
  });

  it('reuses a body only while its article still holds exactly that body', () => {
    const conversions = new Map([
      ['k1', 'First body.\n'],
      ['k2', 'Second body.\n'],
      ['k3', 'A copy that lost the merge.\n'],
    ]);
    const onDisk = [article('one', '\nFirst body.\n'), article('two', 'Second body.\n')];
    const manifest = readManifest(JSON.stringify(nextManifest(converter, conversions, onDisk)), converter);
    expect(Object.keys(manifest?.items ?? {})).toEqual(['k1', 'k2']);
    const edited = [article('one', 'First body, edited.\n'), article('two', 'Second body.\n')];
    expect(reusableBodies(manifest, onDisk)).toEqual(
      new Map([
        ['k1', 'First body.\n'],
        ['k2', 'Second body.\n'],
      ]),
    );
    expect(reusableBodies(manifest, edited)).toEqual(new Map([['k2', 'Second body.\n']]));
    expect(reusableBodies(manifest, [])).toEqual(new Map());
  });

  it('ignores a manifest of another converter and one that is not a manifest', () => {
    const json = JSON.stringify(nextManifest(converter, new Map([['k', 'Body.\n']]), [article('a', 'Body.\n')]));
    expect(readManifest(json, converter)).not.toBeNull();
    expect(readManifest(json, 'another converter')).toBeNull();
    expect(readManifest('{"format":1', converter)).toBeNull();
    expect(readManifest('{"format":2,"converter":"x","items":{}}', converter)).toBeNull();
    expect(readManifest(null, converter)).toBeNull();
  });
});
