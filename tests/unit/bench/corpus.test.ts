/**
 * The generated corpus must be something the site can actually be built
 * from: the real ingest accepts every item, and the records extracted from
 * the result validate and name the site's real roles.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cdata } from '@/lib/bench/corpus-feed';
import { a } from '@/lib/bench/corpus-words';
import { generateCorpus, type CorpusOptions } from '@/lib/bench/corpus';
import { certificationCatalogEntrySchema, skillCatalogEntrySchema } from '@/lib/content/schema';
import { planIngest, type IngestPlan } from '@/lib/ingest/plan';
import { loadRoles, loadYamlList } from '@/lib/records/load-catalog';
import { loadCareerRecords, type LoadRecordsResult } from '@/lib/records/load-records';

const contentDir = path.resolve(import.meta.dirname, '../../../content');
const roles = loadRoles(path.join(contentDir, 'roles')).items;
const options: CorpusOptions = {
  count: 20,
  seed: 7,
  roles,
  skills: loadYamlList(path.join(contentDir, 'catalog', 'skills.yaml'), skillCatalogEntrySchema).items,
  certifications: loadYamlList(
    path.join(contentDir, 'catalog', 'certifications.yaml'),
    certificationCatalogEntrySchema,
  ).items.map((entry) => entry.name),
  itemsPerFeed: 3,
};

const feeds = generateCorpus(options);
const ingestFeeds = (list: typeof feeds): IngestPlan =>
  planIngest(
    list.map((feed) => ({ name: feed.name, bytes: new TextEncoder().encode(feed.xml) })),
    [],
    new Map(),
  );

describe('generateCorpus', () => {
  it('is byte-identical for a seed and differs for another seed', () => {
    expect(generateCorpus(options)).toEqual(feeds);
    const other = generateCorpus({ ...options, seed: 8 });
    expect(other.map((feed) => feed.xml).join('')).not.toBe(feeds.map((feed) => feed.xml).join(''));
  });

  it('writes the requested number of items, paged into several feeds', () => {
    const items = feeds.map((feed) => (feed.xml.match(/<item>/g) ?? []).length);
    expect(items.reduce((sum, n) => sum + n, 0)).toBe(20);
    expect(feeds.map((feed) => feed.items)).toEqual(items);
    expect(Math.max(...items)).toBeLessThanOrEqual(3);
    expect(new Set(feeds.map((feed) => feed.name)).size).toBe(feeds.length);
  });

  it('scales to more articles than there are distinct titles without repeating a link', () => {
    const many = generateCorpus({ ...options, roles: roles.slice(0, 2), count: 300, itemsPerFeed: 100 });
    const links = many.flatMap((feed) => [...feed.xml.matchAll(/\t\t<link>(https:[^<]+)<\/link>/g)].map((m) => m[1]));
    expect(links).toHaveLength(300);
    expect(new Set(links).size).toBe(300);
  });
});

describe('the generated corpus through the real ingest and records', () => {
  let plan: IngestPlan;
  let loaded: LoadRecordsResult;
  let tempDir: string;

  beforeAll(() => {
    plan = ingestFeeds(feeds);
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-corpus-'));
    fs.mkdirSync(path.join(tempDir, 'articles'));
    fs.cpSync(path.join(contentDir, 'roles'), path.join(tempDir, 'roles'), { recursive: true });
    fs.cpSync(path.join(contentDir, 'catalog'), path.join(tempDir, 'catalog'), { recursive: true });
    for (const { slug, text } of plan.writes) fs.writeFileSync(path.join(tempDir, 'articles', `${slug}.md`), text);
    loaded = loadCareerRecords(tempDir);
  });

  afterAll(() => {
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  });

  it('is ingested as RSS 2.0 with no rejected source, skipped item or warning', () => {
    expect(plan.sources.map((source) => [source.status, source.format])).toEqual(
      feeds.map(() => ['ingested', 'rss-2.0']),
    );
    expect(plan.skipped).toBe(0);
    expect(plan.warnings).toEqual([]);
    expect(plan.writes).toHaveLength(20);
  });

  it('yields records that validate', () => {
    expect(loaded.errors).toEqual([]);
  });

  it('gives every article pay figures in US dollars and other currencies, attributed to a real role', () => {
    const roleSlugs = new Set(roles.map((role) => role.slug));
    const byArticle = new Map<string, Set<string>>();
    for (const figure of loaded.records.salaries) {
      const currencies = byArticle.get(figure.provenance.article) ?? new Set<string>();
      currencies.add(figure.currency);
      byArticle.set(figure.provenance.article, currencies);
      if (figure.role.slug !== null) expect(roleSlugs.has(figure.role.slug)).toBe(true);
    }
    expect(byArticle.size).toBe(20);
    for (const currencies of byArticle.values()) {
      expect(currencies.has('USD')).toBe(true);
      expect(currencies.size).toBeGreaterThan(1);
    }
    expect(loaded.records.salaries.filter((figure) => figure.role.slug !== null).length).toBeGreaterThan(20 * 8);
  });

  it('links every article to the role it is about, and extracts skills, comparisons and hiring needs', () => {
    expect(loaded.records.articleRoles.filter((link) => link.roles.length > 0)).toHaveLength(20);
    expect(loaded.records.skills.length).toBeGreaterThan(20);
    expect(loaded.records.comparisonRows.length).toBeGreaterThanOrEqual(20);
    expect(loaded.records.hiringScenarios.length).toBeGreaterThanOrEqual(20);
  });
});

describe('cdata', () => {
  it('keeps a "]]>" inside the text intact through an XML parse', () => {
    const xml = `<a>${cdata('x ]]> y')}</a>`;
    expect(new XMLParser().parse(xml)).toEqual({ a: 'x ]]> y' });
  });
});

describe('a', () => {
  it('chooses the article by the first sound, reading initialisms letter by letter', () => {
    expect(a('AI Engineer')).toBe('an AI Engineer');
    expect(a('NLP Engineer')).toBe('an NLP Engineer');
    expect(a('MLOps Engineer')).toBe('an MLOps Engineer');
    expect(a('LLM Engineer')).toBe('an LLM Engineer');
    expect(a('Data Scientist')).toBe('a Data Scientist');
    expect(a('Prompt Engineer')).toBe('a Prompt Engineer');
  });
});
