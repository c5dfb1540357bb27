import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { skillSchema, type SkillCatalogEntry } from '@/lib/content/schema';
import { readArticleDocument } from '@/lib/records/document/article-document';
import { buildSkills, extractSkillMentions, type SkillMention } from '@/lib/records/skills/extract-skills';
import { createRoleMatcher } from '@/lib/records/document/role-matcher';

const ROLES = [
  { slug: 'ai-engineer', name: 'AI Engineer', aliases: ['Artificial Intelligence Engineer', 'AI/ML Engineer'] },
  { slug: 'data-scientist', name: 'Data Scientist', aliases: [] },
  { slug: 'ml-engineer', name: 'Machine Learning Engineer', aliases: ['ML Engineer', 'Machine Learning Specialist'] },
  { slug: 'ai-architect', name: 'AI Architect', aliases: ['AI Solutions Architect', 'ML Architect'] },
  { slug: 'ai-trainer', name: 'AI Trainer', aliases: [] },
  { slug: 'ai-researcher', name: 'AI Researcher', aliases: ['AI Research Scientist'] },
  { slug: 'ai-developer', name: 'AI Developer', aliases: ['AI Software Engineer'] },
  { slug: 'data-engineer', name: 'Data Engineer', aliases: [] },
];
const matchRoles = createRoleMatcher(ROLES);

function entry(slug: string, name: string, aliases: string[], type: 'skill' | 'tool' = 'tool'): SkillCatalogEntry {
  return { slug, name, aliases, category: 'programming', type };
}

const CATALOG: SkillCatalogEntry[] = [
  entry('python', 'Python', []),
  entry('r', 'R', []),
  entry('go', 'Go', ['Golang']),
  entry('sql', 'SQL', []),
  entry('pytorch', 'PyTorch', ['pytorch']),
  entry('kubernetes', 'Kubernetes', ['K8s']),
  entry('docker', 'Docker', []),
  entry('aws', 'Amazon Web Services', ['AWS']),
  entry('google-cloud', 'Google Cloud', ['GCP']),
  entry('machine-learning', 'Machine learning', ['ML'], 'skill'),
  entry('nlp', 'Natural language processing (NLP)', ['natural language processing', 'NLP'], 'skill'),
  entry('statistics', 'Statistics', ['statistical analysis'], 'skill'),
  entry('data-pipelines', 'Data pipelines', ['data pipeline'], 'skill'),
  entry('communication', 'Communication', [], 'skill'),
];

function doc(markdown: string, slug = 'sample-article') {
  return readArticleDocument(slug, 'Sample', markdown);
}

const mentionsOf = (markdown: string, articleRoles: string[] = [], slug?: string): SkillMention[] =>
  extractSkillMentions(doc(markdown, slug), CATALOG, matchRoles, articleRoles);

const pairs = (mentions: SkillMention[]): string[] => mentions.map((m) => `${m.skill}@${m.role ?? '-'}`);

describe('extractSkillMentions', () => {
  it('counts skills only where the article talks about skills', () => {
    const mentions = mentionsOf(
      [
        '## Salaries in 2025',
        '',
        'Engineers who know Python and Kubernetes earn $150,000.',
        '',
        '## Key Technical Skills',
        '',
        '- Python and SQL',
      ].join('\n'),
    );
    expect(pairs(mentions)).toEqual(['python@-', 'sql@-']);
    expect(mentions[0]).toMatchObject({
      article: 'sample-article',
      section: 'Key Technical Skills',
      sectionId: 'key-technical-skills',
    });
  });

  it('reads skill lists introduced by a label under an ordinary heading', () => {
    const markdown = [
      '## Who Is an AI Engineer?',
      '',
      '**Core Responsibilities:**',
      '',
      '- Build data pipelines with Python',
      '',
      '**Key Technical Skills:**',
      '',
      '- Experience with Docker',
    ].join('\n');
    expect(pairs(mentionsOf(markdown))).toEqual(['docker@ai-engineer']);
  });

  it('attributes skills to the role of the nearest heading, else to the article roles', () => {
    const markdown = [
      '## Skill Set Comparison',
      '',
      '- Statistics and SQL',
      '',
      '### Data Scientist Technical Skills',
      '',
      '- R for statistical analysis',
    ].join('\n');
    expect(pairs(mentionsOf(markdown, ['ai-engineer', 'data-scientist']))).toEqual([
      'statistics@ai-engineer',
      'statistics@data-scientist',
      'sql@ai-engineer',
      'sql@data-scientist',
      'r@data-scientist',
      'statistics@data-scientist',
    ]);
  });

  it('prefers the role a sentence opens with, and ignores roles named as collaborators', () => {
    const markdown = [
      '## What skills do AI Engineers need?',
      '',
      'Data Scientists typically use R. Strong communication with data scientists matters. Python is essential for Machine Learning Engineers.',
    ].join('\n');
    expect(pairs(mentionsOf(markdown))).toEqual([
      'r@data-scientist',
      'communication@ai-engineer',
      'python@ml-engineer',
    ]);
  });

  it('does not read role names or job titles as skills', () => {
    const markdown = ['## Skills', '', '- Machine Learning Engineer, NLP Specialist, ML Engineer: ML and NLP'].join(
      '\n',
    );
    expect(mentionsOf(markdown).map((m) => m.skill)).toEqual(['machine-learning', 'nlp']);
  });

  it('leaves out what certifications and degrees teach', () => {
    const markdown = [
      '## Skills and Qualifications',
      '',
      '- **Certifications**:',
      '  - AWS Certified Machine Learning, Google Cloud',
      '- **Educational Background**: a degree covering statistics',
      '',
      'This certification equips you with PyTorch. Docker matters too.',
    ].join('\n');
    expect(pairs(mentionsOf(markdown))).toEqual(['docker@-']);
  });

  it('reads role columns of a table, honouring ✔ and ❌ for skills in the row label', () => {
    const markdown = [
      '## Tool Stack Comparison Chart',
      '',
      '| Tool / Technology | AI Engineer | Data Scientist |',
      '| - | - | - |',
      '| Programming Languages | Python, Go | Python, R |',
      '| Statistical analysis | ❌ | ✔ |',
      '| Kubernetes | ❌ | Not required |',
    ].join('\n');
    expect(pairs(mentionsOf(markdown, ['ai-engineer', 'data-scientist']))).toEqual([
      'python@ai-engineer',
      'go@ai-engineer',
      'python@data-scientist',
      'r@data-scientist',
      'statistics@data-scientist',
    ]);
  });

  it('reads category tables row by row, skipping descriptive columns and non-skill rows', () => {
    const markdown = [
      '## Overview',
      '',
      '| Skill Category | Tools & Technologies | Use Case |',
      '| - | - | - |',
      '| Programming | Python, SQL | Communication dashboards |',
      '| Certifications | AWS | n/a |',
      '| Machine Learning Engineer | PyTorch | n/a |',
    ].join('\n');
    expect(pairs(mentionsOf(markdown, ['ai-engineer']))).toEqual([
      'python@ai-engineer',
      'sql@ai-engineer',
      'pytorch@ml-engineer',
    ]);
  });

  it('reads FAQ answers under their question', () => {
    const markdown = [
      '## People Also Ask',
      '',
      '**What tools do Data Scientists commonly use?**\\',
      'Popular tools include Python and SQL.',
      '',
      '**How much do they earn?**\\',
      'Python experts earn more.',
    ].join('\n');
    expect(pairs(mentionsOf(markdown, ['ai-engineer']))).toEqual(['python@data-scientist', 'sql@data-scientist']);
  });
});

describe('buildSkills', () => {
  const mention = (skill: string, role: string | null, article: string): SkillMention => ({
    skill,
    role,
    article,
    section: null,
    sectionId: null,
  });

  it('aggregates articles per skill and per role, most-listed first, and validates', () => {
    const skills = buildSkills(CATALOG, [
      mention('sql', 'data-scientist', 'b-article'),
      mention('python', 'ai-engineer', 'b-article'),
      mention('python', 'data-scientist', 'a-article'),
      mention('python', 'ai-engineer', 'a-article'),
      mention('python', 'ai-engineer', 'a-article'),
      mention('sql', null, 'c-article'),
      mention('docker', 'ai-engineer', 'c-article'),
    ]);

    expect(skills.map((skill) => skill.slug)).toEqual(['python', 'sql', 'docker']);
    expect(skills[0]).toMatchObject({
      slug: 'python',
      name: 'Python',
      articles: ['a-article', 'b-article'],
      roles: [
        { role: 'ai-engineer', articles: ['a-article', 'b-article'] },
        { role: 'data-scientist', articles: ['a-article'] },
      ],
    });
    // A mention without a role still counts for the article.
    expect(skills[1]).toMatchObject({
      articles: ['b-article', 'c-article'],
      roles: [{ role: 'data-scientist', articles: ['b-article'] }],
    });
    expect(() => z.array(skillSchema).parse(skills)).not.toThrow();
  });

  it('breaks ties by name and leaves out skills no article lists', () => {
    const skills = buildSkills(CATALOG, [mention('sql', null, 'x'), mention('docker', null, 'x')]);
    expect(skills.map((skill) => skill.name)).toEqual(['Docker', 'SQL']);
  });
});
