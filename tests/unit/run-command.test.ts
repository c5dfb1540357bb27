/**
 * `scripts/run.mjs`, which every `npm run` command starts through: a command
 * is bundled once and the bundle reused only while nothing it was built from
 * changed, so a command never runs older code than its sources.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandBundle } from '@/scripts/run.mjs';
import { tempDirs } from '../helpers/temp-dirs';

const tempDir = tempDirs('run-command-');

/** A small project: a command that prints where its library module is and what it says. */
function project(): { root: string; cache: string; write: (file: string, text: string) => void } {
  const root = tempDir();
  const write = (file: string, text: string): void => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  write('tsconfig.json', '{ "compilerOptions": { "paths": { "@/*": ["./*"] } } }\n');
  write(
    'lib/where.ts',
    "export const where = (): string => `${import.meta.dirname} ${import.meta.filename.endsWith('where.ts')}`;\nexport const says: string = 'one';\n",
  );
  write('lib/later.ts', "export const later = 'loaded when asked';\n");
  write(
    'scripts/hello.ts',
    "import { says, where } from '@/lib/where';\n" +
      'console.log(says, where());\n' +
      "if (process.argv.includes('--later')) console.log((await import('../lib/later')).later);\n",
  );
  return { root, cache: path.join(root, 'cache'), write };
}

const run = (entry: string, ...args: string[]): string =>
  execFileSync(process.execPath, [entry, ...args], { encoding: 'utf8' }).trim();

describe('commandBundle', () => {
  it('runs the command as its sources say, each module seeing its own location', async () => {
    const { root, cache } = project();
    const { entry, built } = await commandBundle(root, 'hello', cache);
    expect(built).toBe(true);
    expect(entry.startsWith(cache)).toBe(true);
    expect(run(entry)).toBe(`one ${path.join(root, 'lib')} true`);
    // A module imported only when needed is a file of its own, loaded only then.
    expect(fs.readFileSync(entry, 'utf8')).not.toContain('loaded when asked');
    expect(run(entry, '--later')).toBe(`one ${path.join(root, 'lib')} true\nloaded when asked`);
  }, 30_000);

  it('reuses the bundle while nothing it was built from changed, and marks it used', async () => {
    const { root, cache } = project();
    const first = await commandBundle(root, 'hello', cache);
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(path.dirname(first.entry), twoHoursAgo, twoHoursAgo);
    const again = await commandBundle(root, 'hello', cache);
    expect(again).toEqual({ entry: first.entry, built: false });
    expect(fs.statSync(path.dirname(first.entry)).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
  }, 30_000);

  it.each([
    { when: 'an imported module changes', file: 'lib/where.ts', says: 'moved' },
    // esbuild tries `.tsx` before `.ts`: `@/lib/where` is now this file.
    { when: 'a file added beside a module changes what an import resolves to', file: 'lib/where.tsx', says: 'tsx' },
  ])(
    'builds again when $when',
    async ({ file, says }) => {
      const { root, cache, write } = project();
      await commandBundle(root, 'hello', cache);
      write(file, `export const where = (): string => '${says}';\nexport const says: string = 'two';\n`);
      const { entry, built } = await commandBundle(root, 'hello', cache);
      expect(built).toBe(true);
      expect(run(entry)).toBe(`two ${says}`);
    },
    30_000,
  );

  it('bundles the libraries a command uses, except those that find their own files, and rebuilds when one changes', async () => {
    const { root, cache, write } = project();
    // A CommonJS library that requires a Node module, and one that stays an import.
    write('node_modules/greet/package.json', '{ "name": "greet", "main": "index.js" }\n');
    write(
      'node_modules/greet/index.js',
      "const path = require('node:path');\nexports.greet = () => 'hi ' + path.basename('/x/y');\n",
    );
    write('node_modules/tinypool/package.json', '{ "name": "tinypool", "type": "module", "main": "index.js" }\n');
    write('node_modules/tinypool/index.js', "export default 'external pool';\n");
    write(
      'scripts/libs.ts',
      "import { greet } from 'greet';\nimport pool from 'tinypool';\nconsole.log(greet(), pool);\n",
    );
    const first = await commandBundle(root, 'libs', cache);
    expect(run(first.entry)).toBe('hi y external pool');
    const bundled = fs.readFileSync(first.entry, 'utf8');
    expect(bundled).toContain('"hi "');
    expect(bundled).toMatch(/from "tinypool"/);
    expect(bundled).not.toContain('external pool');
    expect(await commandBundle(root, 'libs', cache)).toEqual({ entry: first.entry, built: false });

    write('node_modules/greet/index.js', "exports.greet = () => 'hello';\n");
    const changed = await commandBundle(root, 'libs', cache);
    expect(changed.built).toBe(true);
    expect(run(changed.entry)).toBe('hello external pool');

    write('node_modules/.package-lock.json', '{ "packages": {} }\n');
    expect((await commandBundle(root, 'libs', cache)).built).toBe(true);
  }, 30_000);

  it('builds again when the tsconfig changes, and when its bundle folder is gone', async () => {
    const { root, cache, write } = project();
    const first = await commandBundle(root, 'hello', cache);
    write('tsconfig.json', '{ "compilerOptions": { "paths": { "@/*": ["./*"] }, "strict": true } }\n');
    expect((await commandBundle(root, 'hello', cache)).built).toBe(true);
    fs.rmSync(path.dirname((await commandBundle(root, 'hello', cache)).entry), { recursive: true });
    const rebuilt = await commandBundle(root, 'hello', cache);
    expect(rebuilt.built).toBe(true);
    expect(run(rebuilt.entry)).toBe(run(first.entry));
  }, 30_000);

  it("removes the command's bundles unused for an hour and leaves the rest", async () => {
    const { root, cache } = project();
    fs.mkdirSync(cache, { recursive: true });
    const old = path.join(cache, 'cli-hello.0000000000000000');
    const recent = path.join(cache, 'cli-hello.1111111111111111');
    const otherCommand = path.join(cache, 'cli-hello--again.0000000000000000');
    for (const dir of [old, recent, otherCommand]) fs.mkdirSync(dir);
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    for (const dir of [old, otherCommand]) fs.utimesSync(dir, twoHoursAgo, twoHoursAgo);
    const { entry } = await commandBundle(root, 'hello', cache);
    expect(fs.existsSync(old)).toBe(false);
    expect(fs.existsSync(recent)).toBe(true);
    expect(fs.existsSync(otherCommand)).toBe(true);
    expect(fs.existsSync(entry)).toBe(true);
  }, 30_000);

  it('fails with the file and line of code that does not compile, and keeps the last good bundle', async () => {
    const { root, cache, write } = project();
    const good = await commandBundle(root, 'hello', cache);
    write('lib/where.ts', 'export const where = (: string => 1;\n');
    await expect(commandBundle(root, 'hello', cache)).rejects.toThrow(/lib\/where\.ts:1:/);
    expect(run(good.entry)).toBe(`one ${path.join(root, 'lib')} true`);
  }, 30_000);

  it('runs only commands under scripts/', async () => {
    const { root, cache } = project();
    await expect(commandBundle(root, '../lib/where', cache)).rejects.toThrow('no such command: ../lib/where');
    await expect(commandBundle(root, 'missing', cache)).rejects.toThrow('scripts/missing.ts does not exist');
  });
});
