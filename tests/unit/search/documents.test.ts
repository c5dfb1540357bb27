import path from 'node:path';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content/load-articles';
import { loadCareerRecords } from '@/lib/records/load-records';
import { buildSearchDocuments, certificationUrl, shorten } from '@/lib/search/documents';
import { searchIndexOptions } from '@/lib/search/index-options';
import { createSearchIndex, groupHits, loadSearchIndex, normalizeQuery, searchHits } from '@/lib/search/results';

const { records, errors } = loadCareerRecords(path.join(process.cwd(), 'content'));
const { articles } = loadArticles(path.join(process.cwd(), 'content/articles'));
const documents = buildSearchDocuments({ ...records, articles });
const index = createSearchIndex(documents);

const skillNamed = (name: string) => records.skills.find((skill) => skill.name === name);
const roleNamed = (name: string) => records.roles.find((role) => role.name === name);

describe('search documents from the real records', () => {
  it('has one document per role, listed skill, certification and article, with unique ids', () => {
    expect(errors).toEqual([]);
    const listed = records.skills.filter((skill) => skill.articles.length > 0);
    expect(documents).toHaveLength(
      records.roles.length + listed.length + records.certifications.length + articles.length,
    );
    expect(new Set(documents.map((doc) => doc.id)).size).toBe(documents.length);
  });

  it('links every document to a page the site builds', () => {
    const roleSlugs = new Set(records.roles.map((role) => role.slug));
    const articleSlugs = new Set(articles.map((article) => article.slug));
    for (const doc of documents) {
      const [, section, slug = ''] = doc.url.split('/');
      if (section === 'roles') expect(roleSlugs, doc.id).toContain(slug);
      else if (section === 'articles') expect(articleSlugs, doc.id).toContain(slug);
      else expect(section, doc.id).toBe('skills');
      expect(doc.snippet.length, doc.id).toBeGreaterThan(0);
      expect(doc.snippet.length, doc.id).toBeLessThanOrEqual(161);
    }
  });

  it('sends a certification to its first role, else to an article that names it', () => {
    for (const certification of records.certifications) {
      const expected =
        certification.roles[0] !== undefined
          ? `/roles/${certification.roles[0]}`
          : `/articles/${certification.articles[0]}`;
      expect(certificationUrl(certification)).toBe(expected);
    }
  });

  it('shortens long text at a word with an ellipsis', () => {
    expect(shorten('short text', 20)).toBe('short text');
    expect(shorten('one two three four five', 12)).toBe('one two…');
  });
});

describe('searching the real records', () => {
  it('finds the PyTorch skill for "pytorch"', () => {
    const pytorch = skillNamed('PyTorch');
    expect(pytorch).toBeDefined();
    expect(searchHits(index, 'pytorch')[0]?.url).toBe(`/skills/${pytorch?.slug}`);
  });

  it('ranks the Data Scientist role first for "data scientist"', () => {
    const role = roleNamed('Data Scientist');
    expect(role).toBeDefined();
    expect(searchHits(index, 'data scientist')[0]).toMatchObject({ type: 'role', url: `/roles/${role?.slug}` });
  });

  it('still finds AI Engineer with a typo ("enginer")', () => {
    const urls = searchHits(index, 'ai enginer').map((hit) => hit.url);
    expect(urls[0]).toBe('/roles/ai-engineer');
  });

  it('finds an entry by one of its aliases', () => {
    const withAlias = records.skills.find((skill) => skill.aliases.includes('K8s'));
    expect(withAlias?.name).toBe('Kubernetes');
    expect(searchHits(index, 'K8s')[0]?.url).toBe(`/skills/${withAlias?.slug}`);
    const role = records.roles.find((candidate) => candidate.aliases.includes('CV Engineer'));
    expect(searchHits(index, 'CV Engineer')[0]?.url).toBe(`/roles/${role?.slug}`);
  });

  it('leads with the PyTorch skill when searching for it, not with roles that mention it', () => {
    expect(groupHits(searchHits(index, 'pytorch'))[0]?.hits[0]?.title).toBe('PyTorch');
  });

  it('finds a word as it is being typed', () => {
    expect(searchHits(index, 'pyto').map((hit) => hit.title)).toContain('PyTorch');
  });

  it('finds nothing for an empty query or a word no record has', () => {
    expect(searchHits(index, '   ')).toEqual([]);
    expect(searchHits(index, 'zzqxv')).toEqual([]);
  });

  it('groups hits by type, the group with the best hit first, keeping their order', () => {
    const hits = searchHits(index, 'engineer');
    const groups = groupHits(hits);
    const firstOfType = groups.map((group) => hits.findIndex((hit) => hit.type === group.type));
    expect(firstOfType).toEqual([...firstOfType].sort((a, b) => a - b));
    expect(groups[0]?.type).toBe(hits[0]?.type);
    expect(groups.flatMap((group) => group.hits)).toHaveLength(hits.length);
    const roles = groups.find((group) => group.type === 'role')?.hits ?? [];
    expect(roles).toEqual(hits.filter((hit) => hit.type === 'role'));
  });

  it('normalizes the query from the URL', () => {
    expect(normalizeQuery(['  data   scientist ', 'x'])).toBe('data scientist');
    expect(normalizeQuery(undefined)).toBe('');
    expect(normalizeQuery('a'.repeat(500))).toHaveLength(100);
  });
});

describe('the serialized index', () => {
  it('round-trips with the shared options and answers like the original', () => {
    const json = JSON.stringify(index);
    const loaded = loadSearchIndex(json);
    expect(loaded.documentCount).toBe(documents.length);
    for (const query of ['pytorch', 'data scientist', 'enginer', 'K8s', 'aws certified']) {
      expect(searchHits(loaded, query), query).toEqual(searchHits(index, query));
    }
    // Loading needs the same fields: the options object is what makes the two sides agree.
    expect(() => MiniSearch.loadJSON(json, { ...searchIndexOptions, fields: ['title'] })).not.toThrow();
  });
});
