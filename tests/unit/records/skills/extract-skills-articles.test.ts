import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content/load-articles';
import { skillCatalogEntrySchema } from '@/lib/content/schema';
import { readArticleDocument } from '@/lib/records/document/article-document';
import { buildSkills, extractSkillMentions } from '@/lib/records/skills/extract-skills';
import { loadRoles, loadYamlList } from '@/lib/records/load-catalog';
import { createRoleMatcher } from '@/lib/records/document/role-matcher';
import { termKey } from '@/lib/records/document/term-matcher';

const roles = loadRoles(path.join(process.cwd(), 'content/roles'));
const matchRoles = createRoleMatcher(roles.items);

describe('the real skill catalogue and articles', () => {
  const loaded = loadYamlList(path.join(process.cwd(), 'content/catalog/skills.yaml'), skillCatalogEntrySchema);
  const catalog = loaded.items;
  const { articles, errors } = loadArticles(path.join(process.cwd(), 'content/articles'));
  const mentions = articles.flatMap((article) =>
    extractSkillMentions(readArticleDocument(article.slug, article.title, article.body), catalog, matchRoles, []),
  );
  const skills = buildSkills(catalog, mentions);
  const skill = (slug: string) => skills.find((candidate) => candidate.slug === slug);
  const rolesFor = (slug: string, articlePrefix: string) =>
    new Set(mentions.filter((m) => m.skill === slug && m.article.startsWith(articlePrefix)).map((m) => m.role));

  it('has valid, unique slugs and no spelling shared by two entries', () => {
    expect([...errors, ...loaded.errors, ...roles.errors]).toEqual([]);
    expect(new Set(catalog.map((entry) => entry.slug)).size).toBe(catalog.length);
    const owners = new Map<string, string>();
    for (const entry of catalog) {
      const terms = [entry.name, ...entry.aliases];
      expect(new Set(terms).size, `${entry.slug} repeats a term`).toBe(terms.length);
      for (const term of terms) {
        // Spellings that differ only in case or separators would match the same text.
        const key = termKey(term);
        expect(owners.get(key) ?? entry.slug, `"${term}" is also spelled by ${owners.get(key)}`).toBe(entry.slug);
        owners.set(key, entry.slug);
      }
    }
  });

  it('finds the frameworks most articles list', () => {
    expect(skill('pytorch')?.articles.length).toBeGreaterThanOrEqual(7);
    expect(skill('python')?.articles).toContain(
      'what-businesses-should-know-about-the-ai-engineer-role-skills-responsibilities',
    );
    expect(skill('kubernetes')?.articles).toContain('hiring-ai-engineers-vs-data-scientists-what-you-need-to-know');
    expect(skill('excel')?.articles).toEqual(['the-ai-trainer-career-an-in-depth-industry-analysis']);
  });

  it('separates what the hiring article lists for AI engineers from what it lists for data scientists', () => {
    expect(rolesFor('r', 'hiring-ai-engineers')).toEqual(new Set(['data-scientist']));
    expect(rolesFor('go', 'hiring-ai-engineers')).toEqual(new Set(['ai-engineer']));
    expect(rolesFor('tableau', 'hiring-ai-engineers')).toEqual(new Set(['data-scientist']));
  });

  it('does not count names mentioned only in passing', () => {
    // Named in the Intel certification blurb only.
    expect(skill('pytorch')?.articles).not.toContain(
      'what-businesses-should-know-about-the-ai-engineer-role-skills-responsibilities',
    );
    // Named in a training offer and a culture section, never as a skill.
    expect(skill('hugging-face')?.articles).not.toContain(
      'solving-the-ai-talent-shortage-innovative-strategies-for-hiring-ai-experts',
    );
    // Named in pay sections and an FAQ about specialising, never as a skill.
    expect(skill('llms')?.articles ?? []).not.toContain('the-2025-ai-engineer-career-report-a-data-driven-analysis');
    // What the certifications article lists is what certificates teach.
    expect(mentions.filter((m) => m.article.startsWith('top-10-ai-certifications'))).toEqual([]);
  });
});
