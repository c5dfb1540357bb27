import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { converterBundle } from '@/scripts/ingest/converter-bundle';

const root = path.resolve(import.meta.dirname, '..', '..', '..');
const dirs: string[] = [];
const tempDir = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'converter-bundle-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('converterBundle', () => {
  it('writes the converter once, under a name made from what it is built from, and reuses it', () => {
    const dir = tempDir();
    const first = converterBundle(root, dir);
    const text = fs.readFileSync(first, 'utf8');
    expect(path.basename(first)).toMatch(/^ingest-converter-[0-9a-f]{16}\.mjs$/);
    // Reused, and marked as used: a bundle in use is never an hour old to a concurrent run.
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(first, twoHoursAgo, twoHoursAgo);
    expect(converterBundle(root, dir)).toBe(first);
    expect(fs.readFileSync(first, 'utf8')).toBe(text);
    expect(fs.statSync(first).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
    expect(fs.readdirSync(dir).sort()).toEqual([path.basename(first), 'ingest-converter.json'].sort());
  }, 30_000);

  it('is built again when a module it was built from changes, and only then', async () => {
    // A project of one converter module, so that changing it changes nothing else.
    const project = tempDir();
    fs.writeFileSync(path.join(project, 'tsconfig.json'), '{}\n');
    fs.mkdirSync(path.join(project, 'lib', 'ingest'), { recursive: true });
    const converter = path.join(project, 'lib', 'ingest', 'html-to-markdown.ts');
    const convertWith = async (file: string): Promise<unknown> =>
      ((await import(pathToFileURL(file).href)) as { default: (job: unknown) => unknown }).default({
        html: '<p>x</p>',
        baseUrl: null,
      });
    fs.writeFileSync(converter, 'export const htmlToMarkdown = (html: string) => `one ${html}`;\n');
    const dir = tempDir();
    const first = converterBundle(project, dir);
    expect(await convertWith(first)).toBe('one <p>x</p>');
    // Unchanged: not built again, so its record, which a build writes again, is left as it was.
    const record = path.join(dir, 'ingest-converter.json');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(record, twoHoursAgo, twoHoursAgo);
    expect(converterBundle(project, dir)).toBe(first);
    expect(fs.statSync(record).mtimeMs).toBeLessThan(Date.now() - 60 * 60 * 1000);

    fs.writeFileSync(converter, 'export const htmlToMarkdown = (html: string) => `two ${html}`;\n');
    const second = converterBundle(project, dir);
    expect(second).not.toBe(first);
    expect(await convertWith(second)).toBe('two <p>x</p>');
  }, 30_000);

  it('removes bundles of other code unused for an hour, and leaves newer ones to the runs using them', () => {
    const dir = tempDir();
    const old = path.join(dir, 'ingest-converter-0000000000000000.mjs');
    const recent = path.join(dir, 'ingest-converter-1111111111111111.mjs');
    const unrelated = path.join(dir, 'notes.txt');
    for (const file of [old, recent, unrelated]) fs.writeFileSync(file, '');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(old, twoHoursAgo, twoHoursAgo);
    fs.utimesSync(unrelated, twoHoursAgo, twoHoursAgo);
    const current = converterBundle(root, dir);
    expect(fs.readdirSync(dir).sort()).toEqual(
      [path.basename(current), path.basename(recent), 'notes.txt', 'ingest-converter.json'].sort(),
    );
  }, 30_000);
});
