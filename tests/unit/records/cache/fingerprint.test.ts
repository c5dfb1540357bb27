import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractorVersion, lockfilePath } from '@/lib/records/cache/fingerprint';
import { tempDirs } from '../../../helpers/temp-dirs';

const tempDir = tempDirs('records-fingerprint-');

/** A project with one extractor and one schema file, and optionally its own lockfile. */
function project(parent: string, name: string, lockfile: string | null): string {
  const root = path.join(parent, name);
  fs.mkdirSync(path.join(root, 'lib', 'records', 'salaries'), { recursive: true });
  fs.mkdirSync(path.join(root, 'lib', 'content'), { recursive: true });
  fs.mkdirSync(path.join(root, 'lib', 'markdown'), { recursive: true });
  fs.writeFileSync(path.join(root, 'lib', 'records', 'salaries', 'money.ts'), 'export const money = 1;\n');
  fs.writeFileSync(path.join(root, 'lib', 'content', 'schema.ts'), 'export const schema = 1;\n');
  fs.writeFileSync(path.join(root, 'lib', 'markdown', 'parse.ts'), 'export const parse = 1;\n');
  if (lockfile !== null) fs.writeFileSync(path.join(root, 'package-lock.json'), lockfile);
  return root;
}

describe('extractorVersion', () => {
  it('changes when an extractor, the schema, the Markdown parser or the locked library versions change', () => {
    const root = project(tempDir(), 'site', '{"lockfileVersion":3}');
    const before = extractorVersion(root);
    expect(extractorVersion(root)).toBe(before);

    fs.writeFileSync(path.join(root, 'lib', 'records', 'salaries', 'money.ts'), 'export const money = 2;\n');
    const afterExtractor = extractorVersion(root);
    expect(afterExtractor).not.toBe(before);

    fs.writeFileSync(path.join(root, 'lib', 'content', 'schema.ts'), 'export const schema = 2;\n');
    const afterSchema = extractorVersion(root);
    expect(afterSchema).not.toBe(afterExtractor);

    fs.writeFileSync(path.join(root, 'lib', 'markdown', 'parse.ts'), 'export const parse = 2;\n');
    const afterParser = extractorVersion(root);
    expect(afterParser).not.toBe(afterSchema);

    fs.writeFileSync(path.join(root, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}');
    expect(extractorVersion(root)).not.toBe(afterParser);
  });

  it('uses the lockfile above a project copied inside another, as the bench builds it', () => {
    const parent = project(tempDir(), 'site', '{"lockfileVersion":3}');
    const copy = project(path.join(parent, '.bench-tmp'), 'generated-10', null);
    expect(lockfilePath(copy)).toBe(path.join(parent, 'package-lock.json'));
    // Same sources and the same lockfile: the same version as the project it was copied from.
    const before = extractorVersion(copy);
    expect(before).toBe(extractorVersion(parent));

    // A library upgrade in the project above invalidates the copy's cached records too.
    fs.writeFileSync(path.join(parent, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}');
    expect(extractorVersion(copy)).not.toBe(before);
    expect(extractorVersion(copy)).toBe(extractorVersion(parent));
  });

  it('builds a project without a lockfile of its own instead of failing to read one', () => {
    const root = project(tempDir(), 'site', null);
    expect(lockfilePath(root)).not.toBe(path.join(root, 'package-lock.json'));
    expect(extractorVersion(root)).toMatch(/^[0-9a-f]{32}$/);
  });
});
