/**
 * Build phase: clean `next build` of the repository's content, then of a
 * copy of the project whose content/articles holds the generated corpus.
 *
 * The site reads `path.join(process.cwd(), 'content', …)`, so other content
 * means another project directory. The copy lives inside the repository
 * (.bench-tmp/) without a lockfile of its own: Turbopack then takes the
 * repository as its root and resolves node_modules from it, where a symlinked
 * node_modules in /tmp is refused as "outside the filesystem root".
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSteps, pagesGenerated } from '@/lib/bench/parse-output';
import { articleFileNames } from '@/lib/content/content-files';
import type { BuildRow } from '@/lib/bench/results';
import { corpusLabel, corpusName, type Corpora, type CorpusKey } from './corpora';
import { runTimed } from './processes';

// Not copied: installed or generated files, and the sources (the copy is built from articles only).
const SKIP = new Set([
  'node_modules',
  '.next',
  '.git',
  '.bench-tmp',
  'bench-results',
  '.scratch',
  'package-lock.json',
  'test-results',
  'playwright-report',
]);

export const benchTmpDir = (root: string): string => path.join(root, '.bench-tmp');

export function buildEnv(siteUrl: string): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: siteUrl };
}

function countHtml(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;
}

const countArticles = (projectDir: string): number =>
  articleFileNames(path.join(projectDir, 'content', 'articles')).length;

/** A clean build of `projectDir`: its .next is removed first, so no cache is reused. */
export async function timeBuild(
  root: string,
  projectDir: string,
  content: string,
  corpus: BuildRow['corpus'],
  siteUrl: string,
): Promise<BuildRow> {
  fs.rmSync(path.join(projectDir, '.next'), { recursive: true, force: true });
  const result = await runTimed(path.join(root, 'node_modules', '.bin', 'next'), ['build'], {
    cwd: projectDir,
    env: buildEnv(siteUrl),
  });
  const log = result.stdout + result.stderr;
  if (result.code !== 0) throw new Error(`next build (${content}) exited with ${result.code}:\n${log.slice(-4_000)}`);
  return {
    content,
    corpus,
    articles: countArticles(projectDir),
    wallMs: result.ms,
    pagesGenerated: pagesGenerated(log),
    htmlFiles: countHtml(path.join(projectDir, '.next', 'server', 'app')),
    steps: buildSteps(log),
  };
}

/** Copies the project into `.bench-tmp/<name>` with the articles of `articlesDirs` as its content/articles. */
export function copyProject(root: string, name: string, articlesDirs: readonly string[]): string {
  const target = path.join(benchTmpDir(root), name);
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  for (const entry of fs.readdirSync(root)) {
    if (SKIP.has(entry) || entry === 'content') continue;
    fs.cpSync(path.join(root, entry), path.join(target, entry), { recursive: true });
  }
  for (const part of ['roles', 'catalog']) {
    fs.cpSync(path.join(root, 'content', part), path.join(target, 'content', part), { recursive: true });
  }
  for (const dir of articlesDirs) fs.cpSync(dir, path.join(target, 'content', 'articles'), { recursive: true });
  return target;
}

/**
 * Clean builds: the repository, then a copy per corpus size: generated
 * articles alone, and the repository's articles with the real-shaped ones.
 */
export async function runBuildPhase(
  root: string,
  siteUrl: string,
  corpora: Corpora,
  keys: readonly CorpusKey[],
): Promise<BuildRow[]> {
  // A copy left by an interrupted run would be type-checked as part of the repository's build.
  fs.rmSync(benchTmpDir(root), { recursive: true, force: true });
  const rows: BuildRow[] = [];
  console.log('  next build: repository content');
  rows.push(await timeBuild(root, root, 'repository content', 'repository', siteUrl));
  for (const key of keys) {
    const articles = await corpora.articles(key);
    const label = key.kind === 'real' ? `repository + ${corpusLabel(key)}` : corpusLabel(key);
    console.log(`  next build: ${label}`);
    const dirs = key.kind === 'real' ? [path.join(root, 'content', 'articles'), articles] : [articles];
    const copy = copyProject(root, corpusName(key), dirs);
    try {
      rows.push(await timeBuild(root, copy, label, key.kind === 'real' ? 'real-shaped' : 'generated', siteUrl));
    } finally {
      fs.rmSync(benchTmpDir(root), { recursive: true, force: true });
    }
  }
  for (const row of rows)
    console.log(`  ${row.content}: ${Math.round(row.wallMs / 1000)} s, ${row.pagesGenerated ?? '?'} pages`);
  return rows;
}
