/**
 * `npm run records` as an editor runs it: the real content builds with no
 * problems, and broken content is reported item by item with exit status 1.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content/load-articles';
import { ROOT, runScript, type ScriptRun } from '../../helpers/run-script';

const runRecords = (args: string[]): Promise<ScriptRun> => runScript('records.ts', args);

let broken: string;

beforeAll(() => {
  broken = fs.mkdtempSync(path.join(os.tmpdir(), 'records-'));
  fs.mkdirSync(path.join(broken, 'articles'));
  fs.cpSync(path.join(ROOT, 'content', 'roles'), path.join(broken, 'roles'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'content', 'catalog'), path.join(broken, 'catalog'), { recursive: true });
  const article = 'what-businesses-should-know-about-the-ai-engineer-role-skills-responsibilities.md';
  fs.copyFileSync(path.join(ROOT, 'content', 'articles', article), path.join(broken, 'articles', article));
  // Two independent mistakes: both must be reported, not just the first.
  const role = path.join(broken, 'roles', 'data-engineer.md');
  fs.writeFileSync(role, fs.readFileSync(role, 'utf8').replace(/related:\n/, 'related:\n  - astronaut\n'));
  const skills = path.join(broken, 'catalog', 'skills.yaml');
  fs.writeFileSync(skills, fs.readFileSync(skills, 'utf8').replace(/category: programming/, 'category: cooking'));
});

afterAll(() => {
  fs.rmSync(broken, { recursive: true, force: true });
});

describe('npm run records', () => {
  it('reports the real content with no problems, as text and as JSON', async () => {
    const text = await runRecords([]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Records: \d+ salary figures, \d+ skills, \d+ certifications/);
    expect(text.stdout).toContain('Left out (');
    expect(text.stdout).toContain('market size or economic figure');

    const json = await runRecords(['--json']);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as {
      totals: { salaries: number; unparsed: number };
      byRole: { role: string; salaries: number }[];
      unparsed: { article: string; text: string; reason: string }[];
      errors: string[];
    };
    expect(report.errors).toEqual([]);
    expect(report.totals.salaries).toBeGreaterThanOrEqual(250);
    expect(report.byRole.find((row) => row.role === 'ai-engineer')?.salaries).toBeGreaterThan(50);
    expect(report.unparsed).toContainEqual(
      expect.objectContaining({ text: '$1.84 trillion', reason: 'market size or economic figure' }),
    );
  }, 120_000);

  it('lists every problem in broken content and exits 1', async () => {
    const run = await runRecords(['--content-dir', broken]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/roles\/data-engineer\.md: related: unknown role "astronaut"/);
    expect(run.stdout).toMatch(/catalog\/skills\.yaml: \d+\.category: /);
  }, 120_000);

  it('builds a cold cache with the same report as no cache, leaving one entry per article and no lock', async () => {
    // Each article three times, under other slugs, with the helper process started for any size.
    const many = fs.mkdtempSync(path.join(os.tmpdir(), 'records-many-'));
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'records-cache-'));
    try {
      for (const part of ['roles', 'catalog']) fs.symlinkSync(path.join(ROOT, 'content', part), path.join(many, part));
      fs.mkdirSync(path.join(many, 'articles'));
      for (const name of fs.readdirSync(path.join(ROOT, 'content', 'articles'))) {
        const text = fs.readFileSync(path.join(ROOT, 'content', 'articles', name), 'utf8');
        const slug = name.replace(/\.md$/, '');
        // Slugs are at most 80 characters.
        for (const copy of [slug, `${slug.slice(0, 70)}-copy-2`, `${slug.slice(0, 70)}-copy-3`])
          fs.writeFileSync(
            path.join(many, 'articles', `${copy}.md`),
            text.replace(`\nslug: ${slug}\n`, `\nslug: ${copy}\n`),
          );
      }
      const args = ['--json', '--content-dir', many];
      const cold = await runRecords([...args, '--cache-dir', cacheDir, '--helper-from', '1']);
      const uncached = await runRecords([...args, '--no-cache']);
      expect(cold.code).toBe(0);
      expect(cold.stdout).toBe(uncached.stdout);
      // The helper process may have extracted some of them: when the command exits, it is done too.
      const articles = loadArticles(path.join(many, 'articles')).articles;
      expect(articles.length).toBeGreaterThanOrEqual(30);
      expect(fs.readdirSync(cacheDir)).toEqual(['articles']);
      const entries = fs.readdirSync(path.join(cacheDir, 'articles'));
      expect(entries.filter((name) => /^[0-9a-f]{64}\.json$/.test(name))).toHaveLength(articles.length);
      expect(entries).toHaveLength(articles.length);
      const warm = await runRecords([...args, '--cache-dir', cacheDir]);
      expect(warm.stdout).toBe(uncached.stdout);
    } finally {
      fs.rmSync(many, { recursive: true, force: true });
      fs.rmSync(cacheDir, { recursive: true, force: true });
    }
  }, 240_000);

  it('rejects unknown arguments with exit 2', async () => {
    const run = await runRecords(['--frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: npm run records');
  }, 60_000);
});
