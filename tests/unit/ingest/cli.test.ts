/**
 * The real command, spawned as a user runs it, against temporary content
 * directories: exit codes, what is written (and what is not), the report.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEEDS_DIR } from './fixtures';
import { type LocalServer, startLocalServer } from './local-server';
import { ROOT, runScript, type ScriptRun } from '../../helpers/run-script';
import { tempDirs } from '../../helpers/temp-dirs';

const feed = (name: string) => path.join(FEEDS_DIR, name);
const GOOD = [feed('rss2-wordpress.xml'), feed('atom.xml'), feed('rss1-rdf.xml')];
const GOOD_SLUGS = [
  'ai-engineer-vs-data-scientist',
  'data-roles',
  'plain-text',
  'prompt-engineering',
  'prompt-roles',
  'roles-compared',
  'summary-only',
  'thousand-roles',
];

type Run = ScriptRun;
const runIngest = (args: string[]): Promise<Run> => runScript('ingest.ts', args);

/** Every file under `dir` (hidden ones included) with the sha256 of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  if (!fs.existsSync(dir)) return files;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full)] = createHash('sha256').update(fs.readFileSync(full)).digest('hex');
  }
  return files;
}

const tempDir = tempDirs('ingest-cli-');

describe('ingest CLI: writing', () => {
  let root = '';
  let contentDir = '';
  let firstRun: Run;

  beforeAll(async () => {
    root = tempDir();
    contentDir = path.join(root, 'content');
    fs.mkdirSync(path.join(root, 'sibling'));
    fs.writeFileSync(path.join(root, 'sibling', 'keep.txt'), 'untouched');
    firstRun = await runIngest([...GOOD, '--content-dir', contentDir]);
  });

  it('exits 0 and writes one Markdown file per article into DIR/articles and its manifest, nothing else anywhere', () => {
    expect(firstRun.code, firstRun.stderr).toBe(0);
    expect(Object.keys(snapshot(root)).sort()).toEqual([
      'content/.ingest-manifest.json',
      ...GOOD_SLUGS.map((slug) => `content/articles/${slug}.md`),
      'sibling/keep.txt',
    ]);
    expect(firstRun.stdout).toContain(
      '3 source(s) (3 ingested, 0 rejected); articles: 8 written, 0 unchanged, 0 item(s) skipped',
    );
  });

  it('writes files the site can read: valid front matter, named by slug', () => {
    const text = fs.readFileSync(path.join(contentDir, 'articles', 'thousand-roles.md'), 'utf8');
    expect(text).toMatch(/^---\ntitle: "1e3"\nslug: thousand-roles\n/);
    expect(text).toContain('\n---\n\nOnly a description, escaped.\n');
  });

  it('is byte-identical on a second run and reports every file unchanged as JSON', async () => {
    const before = snapshot(root);
    const second = await runIngest([...[...GOOD].reverse(), '--content-dir', contentDir, '--json']);
    expect(second.code, second.stderr).toBe(0);
    expect(snapshot(root)).toEqual(before);
    const report = JSON.parse(second.stdout) as {
      summary: Record<string, unknown>;
      unchanged: string[];
      written: string[];
    };
    expect(report.summary).toEqual({
      sources: 3,
      ingested: 3,
      rejected: 0,
      written: 0,
      unchanged: 8,
      skipped: 0,
      warnings: 0,
      // Nothing changed since the first run: its report is replayed, no feed parsed, no item converted.
      converted: null,
      reused: null,
      cleared: 0,
      replayed: true,
      dryRun: false,
    });
    expect(report.unchanged.sort()).toEqual(GOOD_SLUGS);
    expect(report.written).toEqual([]);
  });

  it('leaves the content directory byte-identical when the only source is rejected, and exits 1', async () => {
    const before = snapshot(root);
    const bad = ['xxe.xml', 'broken.xml', 'not-a-feed.html', 'empty.xml'];
    const runs = await Promise.all(bad.map((name) => runIngest([feed(name), '--content-dir', contentDir])));
    runs.forEach((run, index) => {
      expect(run.code, bad[index]).toBe(1);
      expect(run.stderr).toContain(`✗ rejected ${bad[index]}`);
    });
    expect(snapshot(root)).toEqual(before);
  });
});

describe.concurrent('ingest CLI: mixed and dry runs', () => {
  it('rejects a bad source, still ingests the good one, and exits 1', async () => {
    const contentDir = path.join(tempDir(), 'content');
    const run = await runIngest([
      feed('broken.xml'),
      feed('rss2-single-item.xml'),
      '--content-dir',
      contentDir,
      '--json',
    ]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      summary: { ingested: number; rejected: number; written: number };
      sources: Array<{ name: string; status: string; error: string | null }>;
    };
    expect(report.summary).toMatchObject({ ingested: 1, rejected: 1, written: 1 });
    expect(report.sources.find((source) => source.name === 'broken.xml')?.error).toMatch(
      /^broken\.xml:5:18: not well-formed XML/,
    );
    expect(Object.keys(snapshot(contentDir)).sort()).toEqual(['.ingest-manifest.json', 'articles/the-only-post.md']);
  });

  it('writes nothing with --dry-run but reports what it would write', async () => {
    const contentDir = path.join(tempDir(), 'content');
    const run = await runIngest([
      feed('rss2-single-item.xml'),
      feed('zero-items.xml'),
      '--content-dir',
      contentDir,
      '--dry-run',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(fs.existsSync(contentDir)).toBe(false);
    expect(run.stdout).toContain('articles: 1 would write, 0 unchanged');
    expect(run.stderr).toContain('warning: zero-items.xml: the feed has no items; nothing changed');
  });

  it('refuses to add to a content directory whose existing articles are invalid', async () => {
    const contentDir = path.join(tempDir(), 'content');
    fs.mkdirSync(path.join(contentDir, 'articles'), { recursive: true });
    fs.writeFileSync(path.join(contentDir, 'articles', 'broken.md'), '---\ntitle: x\n---\n\nBody\n');
    const before = snapshot(contentDir);
    const run = await runIngest([feed('rss2-single-item.xml'), '--content-dir', contentDir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('are invalid; fix them first');
    expect(snapshot(contentDir)).toEqual(before);
  });
});

// Sequential: each case checks that the project directory it runs in gains no entry.
describe('ingest CLI: re-ingest and interrupted runs', () => {
  it('reads a changed source again and converts only its changed item', async () => {
    const contentDir = path.join(tempDir(), 'content');
    const sources = path.join(tempDir(), 'sources');
    fs.mkdirSync(sources);
    for (const file of GOOD) fs.copyFileSync(file, path.join(sources, path.basename(file)));
    const copies = GOOD.map((file) => path.join(sources, path.basename(file)));
    expect((await runIngest([...copies, '--content-dir', contentDir])).code).toBe(0);
    const changed = copies[0] ?? '';
    const xml = fs.readFileSync(changed, 'utf8');
    const edited = xml.replace('Quote from a hiring manager.', 'Quote from a hiring manager, edited.');
    expect(edited).not.toBe(xml);
    fs.writeFileSync(changed, edited);
    const run = await runIngest([...copies, '--content-dir', contentDir, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { summary: Record<string, unknown>; written: string[] };
    expect(report.summary).toMatchObject({ replayed: false, converted: 1, written: 1 });
    const again = JSON.parse((await runIngest([...copies, '--content-dir', contentDir, '--json'])).stdout) as {
      summary: Record<string, unknown>;
    };
    expect(again.summary).toMatchObject({ replayed: true, written: 0, unchanged: 8 });
  });

  it('converts again an item whose article was edited by hand, and reuses the others', async () => {
    const contentDir = path.join(tempDir(), 'content');
    expect((await runIngest([...GOOD, '--content-dir', contentDir])).code).toBe(0);
    const file = path.join(contentDir, 'articles', 'data-roles.md');
    const original = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, original.replace(/\n$/, '\nA line added by hand.\n'));
    const run = await runIngest([...GOOD, '--content-dir', contentDir, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { summary: Record<string, unknown>; written: string[] };
    expect(report.summary).toMatchObject({ converted: 1, reused: 7 });
    // The converted body replaces the edited one: the file is exactly what a first run writes.
    expect(report.written).toEqual(['data-roles']);
    expect(fs.readFileSync(file, 'utf8')).toBe(original);
  });

  it('removes the temporary file a stopped run left behind and says so, leaving other files alone', async () => {
    const contentDir = path.join(tempDir(), 'content');
    const articlesDir = path.join(contentDir, 'articles');
    fs.mkdirSync(articlesDir, { recursive: true });
    // A pid that no process has: Linux pids stay below 2^22.
    const stale = '.data-roles.md.99999999.tmp';
    fs.writeFileSync(path.join(articlesDir, stale), '---\ntitle: half');
    fs.writeFileSync(path.join(articlesDir, '.notes.txt'), 'mine');
    const run = await runIngest([...GOOD, '--content-dir', contentDir]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`removed ${stale}: a temporary file left by an ingest that was stopped`);
    expect(fs.existsSync(path.join(articlesDir, stale))).toBe(false);
    expect(fs.readFileSync(path.join(articlesDir, '.notes.txt'), 'utf8')).toBe('mine');
  });
});

describe('ingest CLI: usage errors', () => {
  afterAll(() => {
    // Only present if "--content-dir --dry-run" was ever taken as a directory; never leave it in the project.
    fs.rmSync(path.join(ROOT, '--dry-run'), { recursive: true, force: true });
  });

  it.each([
    ['an unknown option', ['--force'], 'ingest: unknown option --force'],
    ['--content-dir without a value', ['--content-dir'], 'ingest: --content-dir needs a directory'],
    [
      '--content-dir followed by another option',
      ['--content-dir', '--dry-run'],
      'ingest: --content-dir needs a directory',
    ],
  ])('exits 2 on %s, printing the usage and writing nothing', async (_, args, message) => {
    const contentDir = tempDir();
    const projectBefore = fs.readdirSync(ROOT).sort();
    const run = await runIngest(['--content-dir', contentDir, feed('rss2-single-item.xml'), ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('usage: npm run ingest');
    expect(snapshot(contentDir)).toEqual({});
    expect(fs.readdirSync(ROOT).sort()).toEqual(projectBefore);
  });

  it('prints the usage and exits 0 for --help', async () => {
    const run = await runIngest(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('usage: npm run ingest');
  });
});

describe.concurrent('ingest CLI: URL sources', () => {
  let server: LocalServer;
  let base = '';

  beforeAll(async () => {
    server = await startLocalServer((request, response) => {
      if (request.url === '/feed.xml') {
        response.writeHead(200, { 'content-type': 'application/rss+xml' });
        response.end(fs.readFileSync(feed('rss2-single-item.xml')));
      } else {
        response.writeHead(404);
        response.end();
      }
    });
    base = server.base;
  });

  afterAll(() => server.stop());

  it('fetches and ingests a feed given by URL, naming the URL as its source', async () => {
    const contentDir = path.join(tempDir(), 'content');
    const run = await runIngest([`${base}/feed.xml`, '--content-dir', contentDir]);
    expect(run.code, run.stderr).toBe(0);
    const text = fs.readFileSync(path.join(contentDir, 'articles', 'the-only-post.md'), 'utf8');
    expect(text).toContain(`  - file: ${base}/feed.xml\n    format: rss-2.0\n`);
  });

  it('rejects a URL that answers 404, exiting 1 and writing nothing', async () => {
    const contentDir = path.join(tempDir(), 'content');
    const run = await runIngest([`${base}/gone.xml`, '--content-dir', contentDir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`✗ rejected ${base}/gone.xml: fetch failed: HTTP 404 Not Found`);
    expect(fs.existsSync(contentDir)).toBe(false);
  });
});
