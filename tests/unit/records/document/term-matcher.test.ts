import { describe, expect, it } from 'vitest';
import type { SkillCatalogEntry } from '@/lib/content/schema';
import { createTermMatcher } from '@/lib/records/skills/extract-skills';

function entry(slug: string, name: string, aliases: string[], type: 'skill' | 'tool' = 'tool'): SkillCatalogEntry {
  return { slug, name, aliases, category: 'programming', type };
}

const CATALOG: SkillCatalogEntry[] = [
  entry('python', 'Python', []),
  entry('r', 'R', []),
  entry('go', 'Go', ['Golang']),
  entry('sql', 'SQL', []),
  entry('java', 'Java', []),
  entry('javascript', 'JavaScript', []),
  entry('cpp', 'C++', []),
  entry('csharp', 'C#', []),
  entry('dotnet', '.NET', []),
  entry('nodejs', 'Node.js', []),
  entry('scala', 'Scala', []),
  entry('pytorch', 'PyTorch', ['pytorch']),
  entry('scikit-learn', 'scikit-learn', ['sklearn']),
  entry('kubernetes', 'Kubernetes', ['K8s']),
  entry('docker', 'Docker', []),
  entry('excel', 'Microsoft Excel', ['Excel']),
  entry('aws', 'Amazon Web Services', ['AWS']),
  entry('sagemaker', 'Amazon SageMaker', ['AWS SageMaker', 'SageMaker']),
  entry('machine-learning', 'Machine learning', ['ML'], 'skill'),
  entry('nlp', 'Natural language processing (NLP)', ['natural language processing', 'NLP'], 'skill'),
  entry('data-pipelines', 'Data pipelines', ['data pipeline'], 'skill'),
];

const skillsIn = (text: string, catalog: SkillCatalogEntry[] = CATALOG): string[] =>
  createTermMatcher(catalog)(text).map((mention) => mention.slug);

describe('createTermMatcher', () => {
  it('matches names and aliases as written, with their position', () => {
    const text = 'Deploy on K8s with Docker and sklearn';
    const mentions = createTermMatcher(CATALOG)(text);
    expect(mentions.map(({ slug, asWritten }) => [slug, asWritten])).toEqual([
      ['kubernetes', 'K8s'],
      ['docker', 'Docker'],
      ['scikit-learn', 'sklearn'],
    ]);
    expect(mentions.every(({ index, asWritten }) => text.slice(index, index + asWritten.length) === asWritten)).toBe(
      true,
    );
  });

  it('ignores case, hyphens and spaces in ordinary terms', () => {
    expect(skillsIn('Scikit-Learn, scikit learn, PYTORCH, pytorch and Natural Language Processing')).toEqual([
      'scikit-learn',
      'scikit-learn',
      'pytorch',
      'pytorch',
      'nlp',
    ]);
  });

  it('matches short and all-capital terms only as catalogued', () => {
    expect(skillsIn('Python, R and SQL')).toEqual(['python', 'r', 'sql']);
    expect(skillsIn('we use r for it, then write some sql and nlp')).toEqual([]);
    expect(skillsIn('Proficiency in Java, C++, or Go')).toEqual(['java', 'cpp', 'go']);
    expect(skillsIn('You can go further with ml if you want to')).toEqual([]);
  });

  it('needs the capital of a named tool, so verbs are not tools', () => {
    expect(skillsIn('Tools: Excel, SQL')).toEqual(['excel', 'sql']);
    expect(skillsIn('the skills required to excel in this role')).toEqual([]);
  });

  it('matches whole words only, including terms with punctuation', () => {
    expect(skillsIn('C++, C#, .NET and Node.js services')).toEqual(['cpp', 'csharp', 'dotnet', 'nodejs']);
    expect(skillsIn('Rust, JavaScript, scalable Pythonic code')).toEqual(['javascript']);
    expect(skillsIn('Investment in AI R&D and the TensorFlow.org site')).toEqual([]);
  });

  it('treats letters and digits outside ASCII as part of the word, and other characters as boundaries', () => {
    // Joined to a word: accented, Greek, CJK and astral letters, and digits of other scripts.
    expect(skillsIn('éPython ΩDocker 日本SQL 𝐀Java ٣Scala')).toEqual([]);
    // Not joined: dashes, curly quotes, no-break spaces and the like.
    expect(skillsIn('—Python “Docker” \u00a0SQL ‘Java’ …Scala')).toEqual(['python', 'docker', 'sql', 'java', 'scala']);
  });

  it('tries a term only where its second character can follow the first, and still finds one-letter words', () => {
    expect(skillsIn('Pyramids, Pythons, Docks and Dockers')).toEqual(['python', 'docker']);
    expect(skillsIn('R, R-based and C# code; Ruby is not R')).toEqual(['r', 'r', 'csharp', 'r']);
    expect(skillsIn('SCIKIT LEARN and sCikit-learn')).toEqual(['scikit-learn', 'scikit-learn']);
  });

  it('prefers the longest term where terms overlap', () => {
    const catalog = [
      ...CATALOG,
      entry('gcp-ml-engineer', 'Google Cloud Professional Machine Learning Engineer', [
        'Professional Machine Learning Engineer',
      ]),
    ];
    expect(skillsIn('Earn the Google Cloud Professional Machine Learning Engineer badge', catalog)).toEqual([
      'gcp-ml-engineer',
    ]);
    expect(skillsIn('Use AWS SageMaker on AWS', catalog)).toEqual(['sagemaker', 'aws']);
  });

  it('treats dashes like spaces and accepts plurals of ordinary terms', () => {
    const catalog = [entry('aws-ml', 'AWS Certified Machine Learning – Specialty', [])];
    expect(skillsIn('the AWS Certified Machine Learning Specialty exam', catalog)).toEqual(['aws-ml']);
    expect(skillsIn('AWS Certified Machine Learning - Specialty', catalog)).toEqual(['aws-ml']);
    expect(skillsIn('Robust data pipelines')).toEqual(['data-pipelines']);
  });
});
