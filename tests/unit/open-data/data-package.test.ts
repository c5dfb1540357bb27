import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  buildDataPackage,
  contentHash,
  CSV_DIALECT,
  DATA_PACKAGE_PROFILE,
  newestDate,
  packageVersion,
  resourceName,
  type SourceArticle,
} from '@/lib/open-data/data-package';
import { ajvErrors, frictionlessProfile } from '../../helpers/validators';
import { SITE } from '../seo/site-url';
import { articles, descriptor, openData } from './open-data-fixture';

const article = (slug: string, publishedAt: string | null, sourceUrl: string | null = null): SourceArticle => ({
  slug,
  title: `Title of ${slug}`,
  sourceUrl,
  publishedAt,
});

describe('newestDate', () => {
  it('is the latest publication date, ignoring undated articles', () => {
    expect(
      newestDate([article('a', '2025-03-01T10:00:00Z'), article('b', null), article('c', '2025-07-07T08:00:09Z')]),
    ).toBe('2025-07-07T08:00:09Z');
  });

  it('is null when no article states a date', () => {
    expect(newestDate([article('a', null)])).toBeNull();
    expect(newestDate([])).toBeNull();
  });
});

describe('contentHash and packageVersion', () => {
  const files = [
    { name: 'b.csv', sha256: 'b'.repeat(64) },
    { name: 'a.json', sha256: 'a'.repeat(64) },
  ];

  it('hashes one "name sha256" line per file in name order, so file order does not matter', () => {
    const expected = createHash('sha256')
      .update(`a.json ${'a'.repeat(64)}\nb.csv ${'b'.repeat(64)}\n`)
      .digest('hex')
      .slice(0, 12);
    expect(contentHash(files)).toBe(expected);
    expect(contentHash([...files].reverse())).toBe(expected);
  });

  it('changes when any file changes', () => {
    expect(contentHash([files[0]!, { name: 'a.json', sha256: 'c'.repeat(64) }])).not.toBe(contentHash(files));
  });

  it('is the newest article’s day and the hash, or the hash alone without a dated article', () => {
    expect(packageVersion(files, '2025-07-07T08:00:09Z')).toBe(`2025-07-07+${contentHash(files)}`);
    expect(packageVersion(files, null)).toBe(contentHash(files));
  });
});

describe('resourceName', () => {
  it('keeps file names apart when an export has a JSON and a CSV file', () => {
    expect(resourceName('salaries.json')).toBe('salaries-json');
    expect(resourceName('guide-facts.csv')).toBe('guide-facts-csv');
  });
});

describe('buildDataPackage', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is valid under the official Data Package profile (version 2)', () => {
    const validate = frictionlessProfile('datapackage');
    const valid = validate(JSON.parse(JSON.stringify(descriptor)));
    expect(ajvErrors(validate)).toEqual([]);
    expect(valid).toBe(true);
    expect(descriptor.$schema).toBe(DATA_PACKAGE_PROFILE);
  });

  it('fails the profile when a resource breaks it, so the check can fail', () => {
    const validate = frictionlessProfile('datapackage');
    const [first, ...rest] = descriptor.resources;
    expect(validate({ ...descriptor, resources: [{ ...first, bytes: 'large' }, ...rest] })).toBe(false);
    expect(validate({ ...descriptor, resources: [] })).toBe(false);
  });

  it('has one resource per file with its path, format, media type, encoding, size and hash', () => {
    expect(descriptor.resources.map((resource) => resource.path)).toEqual(openData.files.map((file) => file.name));
    for (const file of openData.files) {
      const resource = descriptor.resources.find((entry) => entry.path === file.name);
      expect(resource).toMatchObject({
        name: resourceName(file.name),
        format: file.format,
        mediatype: file.format === 'csv' ? 'text/csv' : 'application/json',
        encoding: 'utf-8',
        bytes: Buffer.byteLength(file.body, 'utf8'),
        hash: `sha256:${createHash('sha256').update(file.body).digest('hex')}`,
      });
    }
  });

  it('carries the Table Schema and RFC 4180 dialect of every CSV, and links the JSON Schema of every JSON file', () => {
    for (const file of openData.files) {
      const resource = descriptor.resources.find((entry) => entry.path === file.name);
      if (file.format === 'csv') {
        expect(resource).toMatchObject({ type: 'table', dialect: CSV_DIALECT });
        expect(resource && 'schema' in resource ? resource.schema : undefined).toEqual(JSON.parse(file.schema.body));
      } else {
        expect(resource).toMatchObject({ jsonSchema: `schemas/${file.schema.name}` });
        expect(resource).not.toHaveProperty('schema');
      }
    }
  });

  it('dates and versions the package from the content, never the clock', () => {
    const newest = newestDate(articles);
    expect(newest).not.toBeNull();
    expect(descriptor.created).toBe(newest);
    expect(descriptor.version).toBe(`${newest?.slice(0, 10)}+${contentHash(openData.files)}`);
    const input = {
      siteUrl: SITE,
      name: 'ai-career-atlas',
      title: 't',
      description: 'd',
      files: openData.files,
      articles,
    };
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-01-01T00:00:00Z'));
    const later = buildDataPackage(input);
    vi.setSystemTime(new Date('2040-06-30T12:00:00Z'));
    expect(buildDataPackage(input)).toEqual(later);
    expect(later.created).toBe(newest);
  });

  it('lists every article as a source: its original address, else its page here', () => {
    const sources = buildDataPackage({
      siteUrl: SITE,
      name: 'n',
      title: 't',
      description: 'd',
      files: [],
      articles: [article('a', null, 'https://blog.example.com/a'), article('b', null)],
    }).sources;
    expect(sources).toEqual([
      { title: 'Title of a', path: 'https://blog.example.com/a' },
      { title: 'Title of b', path: 'https://careers.example.org/articles/b' },
    ]);
    expect(descriptor.sources).toHaveLength(articles.length);
  });

  it('leaves out created when no article is dated', () => {
    const undated = buildDataPackage({
      siteUrl: SITE,
      name: 'n',
      title: 't',
      description: 'd',
      files: openData.files,
      articles: [article('a', null)],
    });
    expect(undated).not.toHaveProperty('created');
    expect(undated.version).toBe(contentHash(openData.files));
  });
});
