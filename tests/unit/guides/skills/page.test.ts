import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content/load-articles';
import { skillCategories, type Skill } from '@/lib/content/schema';
import { skillCategoryNames } from '@/lib/guides/skills/categories';
import { getSkillPage, getSkillsIndex, hasSkillPage } from '@/lib/guides/skills/page';
import { loadCareerRecords } from '@/lib/records/load-records';

const { records } = loadCareerRecords(path.join(process.cwd(), 'content'));
const { articles } = loadArticles(path.join(process.cwd(), 'content/articles'));

const unlisted: Skill = {
  slug: 'quantum-knitting',
  name: 'Quantum knitting',
  aliases: [],
  category: 'domain',
  type: 'skill',
  articles: [],
  roles: [],
};

describe('getSkillsIndex', () => {
  const index = getSkillsIndex([...records.skills, unlisted], records.roles);
  const summaries = index.groups.flatMap((group) => group.skills);

  it('lists every skill some article lists, once, and leaves out the others', () => {
    expect(index.skillCount).toBe(records.skills.filter(hasSkillPage).length);
    expect(summaries.map((skill) => skill.slug).sort()).toEqual(
      records.skills
        .filter((skill) => skill.articles.length > 0)
        .map((skill) => skill.slug)
        .sort(),
    );
    expect(summaries.map((skill) => skill.slug)).not.toContain(unlisted.slug);
  });

  it('groups by catalogue category, in catalogue order, with a human name', () => {
    const order = index.groups.map((group) => skillCategories.indexOf(group.category));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const group of index.groups) {
      expect(group.name).toBe(skillCategoryNames[group.category]);
      for (const skill of group.skills) {
        expect(records.skills.find((record) => record.slug === skill.slug)?.category).toBe(group.category);
      }
      const counts = group.skills.map((skill) => skill.articleCount);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
  });

  it('tells tools from abilities', () => {
    const python = summaries.find((skill) => skill.slug === 'python');
    expect(python).toMatchObject({ isTool: true, typeName: 'Tool' });
    const deepLearning = summaries.find((skill) => skill.slug === 'deep-learning');
    expect(deepLearning).toMatchObject({ isTool: false, typeName: 'Ability' });
  });
});

describe('getSkillPage', () => {
  const pytorch = records.skills.find((skill) => skill.name === 'PyTorch');

  it('ranks the roles by how many articles list the skill for them, with their names', () => {
    expect(pytorch).toBeDefined();
    if (!pytorch) return;
    const page = getSkillPage(pytorch, records.roles, articles, records.skills);
    expect(page.roles.map((role) => role.slug).sort()).toEqual(pytorch.roles.map((entry) => entry.role).sort());
    const counts = page.roles.map((role) => role.articleCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const role of page.roles) {
      expect(role.name).toBe(records.roles.find((record) => record.slug === role.slug)?.name);
      expect(role.articleCount).toBe(pytorch.roles.find((entry) => entry.role === role.slug)?.articles.length);
    }
  });

  it('lists every article that lists the skill, by title', () => {
    for (const skill of records.skills.filter(hasSkillPage)) {
      const page = getSkillPage(skill, records.roles, articles, records.skills);
      expect(page.articleCount).toBe(skill.articles.length);
      expect(page.articles.map((article) => article.slug).sort()).toEqual([...skill.articles].sort());
      for (const article of page.articles) {
        expect(article.title).toBe(articles.find((candidate) => candidate.slug === article.slug)?.title);
      }
    }
  });

  it('keeps the category name and aliases', () => {
    const kubernetes = records.skills.find((skill) => skill.aliases.includes('K8s'));
    expect(kubernetes).toBeDefined();
    if (!kubernetes) return;
    const page = getSkillPage(kubernetes, records.roles, articles, records.skills);
    expect(page.aliases).toContain('K8s');
    expect(page.categoryName).toBe(skillCategoryNames[kubernetes.category]);
  });
});

describe('listedWith', () => {
  it('names the skills that share the most articles with a skill, each shared count checked against the records', () => {
    const python = records.skills.find((skill) => skill.slug === 'python');
    if (!python) throw new Error('no python');
    const page = getSkillPage(python, records.roles, articles, records.skills);
    expect(page.listedWith.length).toBeGreaterThan(0);
    const counts = page.listedWith.map((entry) => entry.sharedArticles);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const entry of page.listedWith) {
      const other = records.skills.find((skill) => skill.slug === entry.slug);
      expect(other?.articles.filter((article) => python.articles.includes(article)).length).toBe(entry.sharedArticles);
      expect(entry.slug).not.toBe('python');
    }
  });
});
