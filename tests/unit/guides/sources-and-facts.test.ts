import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content/load-articles';
import type { Article } from '@/lib/content/schema';
import { dataFacts } from '@/lib/guides/data-facts';
import { summarizeSources } from '@/lib/guides/sources';
import type { CareerRecords } from '@/lib/records/build-records';
import { loadCareerRecords } from '@/lib/records/load-records';

const CONTENT = path.join(process.cwd(), 'content');
let articles: Article[];
let records: CareerRecords;

beforeAll(() => {
  articles = loadArticles(path.join(CONTENT, 'articles')).articles;
  records = loadCareerRecords(CONTENT).records;
});

describe('summarizeSources over the real articles', () => {
  it('lists every source file once, with every article it supplied', () => {
    const sources = summarizeSources(articles);
    const files = articles.flatMap((article) => article.sources.map((source) => source.file));
    expect(sources.map((source) => source.file)).toEqual([...new Set(files)].sort((a, b) => a.localeCompare(b, 'en')));
    for (const source of sources) {
      const expected = articles.filter((article) => article.sources.some((entry) => entry.file === source.file));
      expect(source.articles.map((article) => article.slug)).toEqual(expected.map((article) => article.slug));
    }
  });

  it('credits an article found in two feeds to both', () => {
    const shared = articles.find((article) => article.sources.length > 1);
    expect(shared, 'some article comes from two feeds').toBeDefined();
    const listing = summarizeSources(articles).filter((source) =>
      source.articles.some((article) => article.slug === shared?.slug),
    );
    expect(listing).toHaveLength(shared?.sources.length ?? 0);
  });
});

describe('dataFacts over the real records', () => {
  it('accounts for every figure once in each breakdown', () => {
    const facts = dataFacts(records);
    expect(facts.figures).toBe(records.salaries.length);
    expect(facts.fromTables + facts.fromProse).toBe(facts.figures);
    expect(facts.currencies.reduce((sum, entry) => sum + entry.figures, 0)).toBe(facts.figures);
    expect(facts.currencies[0]?.currency).toBe('USD');
    expect(facts.leftOut).toBe(records.unparsed.length);
  });

  it('counts the figures with no stated role, which no role guide shows', () => {
    const facts = dataFacts(records);
    const ids = records.salaries.filter((figure) => figure.role.slug === null).map((figure) => figure.id);
    expect(facts.withoutRole).toBe(ids.length);
    expect(facts.withoutRole).toBeGreaterThan(0);
  });
});
