import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content/load-articles';
import { certificationCatalogEntrySchema, skillCatalogEntrySchema } from '@/lib/content/schema';
import {
  buildCareerRecords,
  extractIntoCache,
  lastSlugFirst,
  type ArticleRecordsCache,
} from '@/lib/records/build-records';
import { fileRecordsCache } from '@/lib/records/cache';
import { loadRoles, loadYamlList } from '@/lib/records/load-catalog';
import { tempDirs } from '../../../helpers/temp-dirs';

const content = path.resolve(import.meta.dirname, '../../../../content');
const articles = loadArticles(path.join(content, 'articles')).articles.slice(0, 3);
const catalogues = {
  roles: loadRoles(path.join(content, 'roles')).items,
  skillCatalog: loadYamlList(path.join(content, 'catalog', 'skills.yaml'), skillCatalogEntrySchema).items,
  certificationCatalog: loadYamlList(
    path.join(content, 'catalog', 'certifications.yaml'),
    certificationCatalogEntrySchema,
  ).items,
};
const tempDir = tempDirs('records-cache-');

/** The cache, counting what it is asked to store (what was extracted). */
function counting(cache: ArticleRecordsCache): { cache: ArticleRecordsCache; extracted: string[] } {
  const extracted: string[] = [];
  return {
    extracted,
    cache: {
      has: (article) => cache.has(article),
      get: (article) => cache.get(article),
      set: (article, records) => (extracted.push(article.slug), cache.set(article, records)),
    },
  };
}

describe('records cache', () => {
  const uncached = buildCareerRecords({ articles, ...catalogues });

  it('gives the same records from the cache as without it, extracting each article once', () => {
    const dir = tempDir();
    const first = counting(fileRecordsCache(dir, 'v1', catalogues));
    expect(buildCareerRecords({ articles, ...catalogues }, first.cache)).toEqual(uncached);
    expect(first.extracted).toHaveLength(3);
    const second = counting(fileRecordsCache(dir, 'v1', catalogues));
    expect(buildCareerRecords({ articles, ...catalogues }, second.cache)).toEqual(uncached);
    expect(second.extracted).toEqual([]);
  });

  it('extracts again only the article that changed, and everything for another extractor version', () => {
    const dir = tempDir();
    buildCareerRecords({ articles, ...catalogues }, fileRecordsCache(dir, 'v1', catalogues));
    const [changed, ...rest] = articles;
    if (!changed) throw new Error('no articles');
    const edited = [{ ...changed, body: `${changed.body}\n\nOne more paragraph.\n` }, ...rest];
    const again = counting(fileRecordsCache(dir, 'v1', catalogues));
    buildCareerRecords({ articles: edited, ...catalogues }, again.cache);
    expect(again.extracted).toEqual([changed.slug]);
    const newVersion = counting(fileRecordsCache(dir, 'v2', catalogues));
    buildCareerRecords({ articles, ...catalogues }, newVersion.cache);
    expect(newVersion.extracted).toHaveLength(3);
  });

  it('extracts again an entry that does not parse', () => {
    const dir = tempDir();
    buildCareerRecords({ articles, ...catalogues }, fileRecordsCache(dir, 'v1', catalogues));
    for (const name of fs.readdirSync(path.join(dir, 'articles')))
      fs.writeFileSync(path.join(dir, 'articles', name), '{"article": "x"}');
    const again = counting(fileRecordsCache(dir, 'v1', catalogues));
    expect(buildCareerRecords({ articles, ...catalogues }, again.cache)).toEqual(uncached);
    expect(again.extracted).toHaveLength(3);
  });
});

describe('extractIntoCache', () => {
  const uncached = buildCareerRecords({ articles, ...catalogues });
  const slugs = articles.map((article) => article.slug).sort();

  it('extracts from the last article back while asked to, so a builder going first to last extracts only the rest', () => {
    const dir = tempDir();
    let allowed = 2;
    const helper = extractIntoCache(
      lastSlugFirst(articles),
      catalogues,
      fileRecordsCache(dir, 'v1', catalogues),
      () => {
        allowed -= 1;
        return allowed >= 0;
      },
    );
    expect(helper).toEqual([slugs[2], slugs[1]]);
    const builder = counting(fileRecordsCache(dir, 'v1', catalogues));
    expect(buildCareerRecords({ articles, ...catalogues }, builder.cache)).toEqual(uncached);
    expect(builder.extracted).toEqual([slugs[0]]);
  });

  it('skips what is cached and extracts nothing once told to stop', () => {
    const dir = tempDir();
    const cache = fileRecordsCache(dir, 'v1', catalogues);
    const [first] = [...articles].sort((a, b) => a.slug.localeCompare(b.slug));
    if (!first) throw new Error('no articles');
    buildCareerRecords({ articles: [first], ...catalogues }, cache);
    expect(extractIntoCache(lastSlugFirst(articles), catalogues, cache, () => true)).toEqual([slugs[2], slugs[1]]);
    expect(
      extractIntoCache(lastSlugFirst(articles), catalogues, fileRecordsCache(tempDir(), 'v1', catalogues), () => false),
    ).toEqual([]);
  });
});
