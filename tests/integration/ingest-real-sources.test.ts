/**
 * Ingests the repository's real sources into a temporary content directory
 * with the real CLI and checks the result against the source HTML, read here
 * independently of the ingest code (its own XML parse, its own table walk).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toString as hastText } from 'hast-util-to-string';
import type { Root as MdastRoot, Table } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content/load-articles';
import { contentHash } from '@/lib/ingest/merge';

const root = path.resolve(import.meta.dirname, '../..');
const sourcesDir = path.join(root, 'content', 'sources');
const feedFiles = fs.readdirSync(sourcesDir).filter((name) => name.endsWith('.xml'));
const sourceFiles = fs
  .readdirSync(sourcesDir)
  .filter((name) => name !== 'README.md')
  .map((name) => path.join(sourcesDir, name));

let tempDir: string;
const articlesDir = () => path.join(tempDir, 'articles');

/** Runs the real CLI (execFileSync throws on a non-zero exit) and returns its JSON report. */
function ingest(): string {
  const args = ['scripts/run.mjs', 'ingest', ...sourceFiles, '--content-dir', tempDir, '--json'];
  const stdout = execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  return stdout;
}

function readTree(dir: string): Map<string, string> {
  return new Map(
    fs
      .readdirSync(dir)
      .sort()
      .map((name) => [name, fs.readFileSync(path.join(dir, name), 'utf8')]),
  );
}

/** Source items: link -> content:encoded HTML, read with a plain XML parse. */
function sourceItems(): Map<string, string> {
  const parser = new XMLParser({ processEntities: true, isArray: (name) => name === 'item' });
  const items = new Map<string, string>();
  for (const file of feedFiles) {
    const feed = parser.parse(fs.readFileSync(path.join(sourcesDir, file), 'utf8'));
    for (const item of feed.rss.channel.item) items.set(String(item.link), String(item['content:encoded']));
  }
  return items;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Tables in source HTML as rows of cell texts; emoji images read as their alt text. */
function htmlTables(html: string): string[][][] {
  const withEmoji = html.replace(/<img[^>]*class="wp-smiley"[^>]*>/g, (img) => /alt="([^"]*)"/.exec(img)?.[1] ?? '');
  const tree = unified().use(rehypeParse, { fragment: true }).parse(withEmoji) as HastRoot;
  const tables: string[][][] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'table') return;
    const rows: string[][] = [];
    visit(node, 'element', (row: Element) => {
      if (row.tagName !== 'tr') return;
      rows.push(
        row.children
          .filter((cell): cell is Element => (cell as ElementContent).type === 'element')
          .map((cell) => clean(hastText(cell))),
      );
    });
    tables.push(rows);
  });
  return tables;
}

function markdownTables(markdown: string): string[][][] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as MdastRoot;
  const tables: string[][][] = [];
  visit(tree, 'table', (table: Table) => {
    tables.push(table.children.map((row) => row.children.map((cell) => clean(mdastText(cell)))));
  });
  return tables;
}

beforeAll(() => {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-ingest-'));
  ingest();
}, 120_000);

afterAll(() => fs.rmSync(tempDir, { recursive: true, force: true }));

describe('ingest of the repository sources', () => {
  it('writes 10 unique, valid articles', () => {
    const { articles, errors } = loadArticles(articlesDir());
    expect(errors).toEqual([]);
    expect(articles).toHaveLength(10);
    expect(new Set(articles.map((a) => a.sourceUrl ?? a.title)).size).toBe(10);
    // The hash in the front matter can be recomputed from the body as loaded.
    for (const article of articles) expect(article.contentHash, article.slug).toBe(contentHash(article.body));
  });

  it('merges the two articles that appear in two feeds, listing both sources', () => {
    const { articles } = loadArticles(articlesDir());
    const merged = articles.filter((a) => a.sources.length > 1);
    expect(merged.map((a) => a.slug).sort()).toEqual([
      'career-as-an-ai-engineer-a-comprehensive-report',
      'the-career-of-an-ai-architect-scope-description-paths-interviews-and-salaries',
    ]);
    const engineer = merged.find((a) => a.slug.startsWith('career-as'));
    expect(engineer?.sources.map((s) => s.file)).toEqual([
      '9cv9-tag-ai-career-growth.rss.xml',
      '9cv9-tag-ai-engineer-skills.rss.xml',
    ]);
    expect(engineer?.categories).toContain('AI Engineer');
  });

  it('keeps every table of every feed article, row for row and cell for cell', () => {
    const { articles } = loadArticles(articlesDir());
    const items = sourceItems();
    let compared = 0;
    for (const article of articles.filter((a) => a.sourceUrl)) {
      const html = items.get(article.sourceUrl as string);
      expect(html, article.slug).toBeDefined();
      const expected = htmlTables(html as string);
      const actual = markdownTables(article.body);
      expect(actual.length, `${article.slug}: table count`).toBe(expected.length);
      expect(actual, article.slug).toEqual(expected);
      compared += expected.length;
    }
    // 48 + 71 + 22 <table> elements in the feeds, of which 26 + 15 belong to the duplicated articles.
    expect(compared).toBe(48 + 71 + 22 - 26 - 15);
  });

  it("keeps the ✔ and ❌ marks that carry the hiring article's comparison tables", () => {
    const body = fs.readFileSync(
      path.join(articlesDir(), 'hiring-ai-engineers-vs-data-scientists-what-you-need-to-know.md'),
      'utf8',
    );
    const cells = markdownTables(body).flat(2);
    expect(cells.filter((cell) => cell.includes('✔')).length).toBeGreaterThan(10);
    expect(cells.some((cell) => cell.includes('❌'))).toBe(true);
    expect(body).not.toContain('wp-smiley');
  });

  it('turns the plain-text pipe tables into GFM tables', () => {
    const { articles } = loadArticles(articlesDir());
    const text = articles.find((a) => a.sources[0]?.format === 'text');
    const tables = markdownTables(text?.body ?? '');
    expect(tables).toHaveLength(5);
    expect(tables.find((t) => t[0]?.[1] === 'Average Salary (USD)')?.[1]).toEqual([
      'AI Engineer',
      '$120K-$180K',
      'Very High',
    ]);
  });

  it('is idempotent: a second run leaves every file byte-identical', () => {
    const before = readTree(articlesDir());
    const report = JSON.parse(ingest());
    expect(report.summary).toMatchObject({ written: 0, unchanged: 10, rejected: 0 });
    expect(readTree(articlesDir())).toEqual(before);
  }, 60_000);

  it('matches the committed content/articles exactly', () => {
    expect(readTree(path.join(root, 'content', 'articles'))).toEqual(readTree(articlesDir()));
  });
});
