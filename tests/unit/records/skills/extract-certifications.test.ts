import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadArticles } from '@/lib/content/load-articles';
import {
  certificationCatalogEntrySchema,
  certificationSchema,
  type CertificationCatalogEntry,
} from '@/lib/content/schema';
import { readArticleDocument } from '@/lib/records/document/article-document';
import { loadYamlList } from '@/lib/records/load-catalog';
import {
  buildCertifications,
  extractCertificationMentions,
  type CertificationMention,
} from '@/lib/records/skills/extract-certifications';

function cert(slug: string, name: string, aliases: string[], roles: string[] = []): CertificationCatalogEntry {
  return { slug, name, issuer: 'Issuer', aliases, roles };
}

const CATALOG: CertificationCatalogEntry[] = [
  cert('gcp-pmle', 'Google Cloud Professional Machine Learning Engineer', [
    'Google Professional ML Engineer',
    'Professional Machine Learning Engineer',
  ]),
  cert('aws-mls', 'AWS Certified Machine Learning – Specialty', ['AWS Machine Learning', 'MLS-C01'], ['ml-engineer']),
  cert('caip', 'Certified Artificial Intelligence Practitioner (CAIP)', [
    'Certified Artificial Intelligence Practitioner',
    'CAIP',
  ]),
  cert('tf-dev', 'TensorFlow Developer Certificate', ['TensorFlow Developer']),
];

const mentionsOf = (markdown: string, slug = 'sample-article'): CertificationMention[] =>
  extractCertificationMentions(readArticleDocument(slug, 'Sample', markdown), CATALOG);

describe('extractCertificationMentions', () => {
  it('finds certifications anywhere, by name or short form, once per section', () => {
    const mentions = mentionsOf(
      [
        'Certifications like CAIP help.',
        '',
        '## Salaries',
        '',
        '- Holders of the AWS Certified Machine Learning Specialty (exam MLS-C01) earn more.',
        '- The **Certified Artificial Intelligence Practitioner (CAIP)** is for beginners.',
        '',
        '| Certification | Provider |',
        '| - | - |',
        '| Google Professional ML Engineer | Google Cloud |',
      ].join('\n'),
    );
    expect(mentions).toEqual([
      { certification: 'caip', article: 'sample-article', section: null, sectionId: null },
      { certification: 'aws-mls', article: 'sample-article', section: 'Salaries', sectionId: 'salaries' },
      { certification: 'caip', article: 'sample-article', section: 'Salaries', sectionId: 'salaries' },
      { certification: 'gcp-pmle', article: 'sample-article', section: 'Salaries', sectionId: 'salaries' },
    ]);
  });

  it('reads the full name once rather than also its shorter forms', () => {
    const mentions = mentionsOf('Earn the Google Cloud Professional Machine Learning Engineer certification.');
    expect(mentions.map((m) => m.certification)).toEqual(['gcp-pmle']);
    expect(mentionsOf('the TensorFlow Developer Certificate exam').map((m) => m.certification)).toEqual(['tf-dev']);
  });

  it('ignores certification names split across words or used as ordinary text', () => {
    expect(mentionsOf('AWS offers machine learning services; CAIPs and caip are not names.')).toEqual([]);
  });
});

describe('buildCertifications', () => {
  const mention = (certification: string, article: string): CertificationMention => ({
    certification,
    article,
    section: null,
    sectionId: null,
  });

  it('lists the articles naming each certification, keeps curated roles and drops the unnamed', () => {
    const certifications = buildCertifications(CATALOG, [
      mention('caip', 'b-article'),
      mention('aws-mls', 'b-article'),
      mention('aws-mls', 'a-article'),
      mention('aws-mls', 'b-article'),
    ]);
    expect(certifications).toEqual([
      { ...CATALOG[1], articles: ['a-article', 'b-article'] },
      { ...CATALOG[2], articles: ['b-article'] },
    ]);
    expect(() => z.array(certificationSchema).parse(certifications)).not.toThrow();
  });
});

describe('the real certification catalogue and articles', () => {
  const loaded = loadYamlList(
    path.join(process.cwd(), 'content/catalog/certifications.yaml'),
    certificationCatalogEntrySchema,
  );
  const catalog = loaded.items;
  const { articles, errors: articleErrors } = loadArticles(path.join(process.cwd(), 'content/articles'));
  const errors = [...articleErrors, ...loaded.errors];
  const mentions = articles.flatMap((article) =>
    extractCertificationMentions(readArticleDocument(article.slug, article.title, article.body), catalog),
  );
  const certifications = buildCertifications(catalog, mentions);
  const articlesOf = (slug: string) => certifications.find((c) => c.slug === slug)?.articles ?? [];
  const namedIn = (articlePrefix: string) =>
    new Set(mentions.filter((m) => m.article.startsWith(articlePrefix)).map((m) => m.certification));

  it('has valid, unique slugs and no spelling shared by two entries', () => {
    expect(errors).toEqual([]);
    expect(new Set(catalog.map((entry) => entry.slug)).size).toBe(catalog.length);
    const owners = new Map<string, string>();
    for (const entry of catalog) {
      for (const term of [entry.name, ...entry.aliases]) {
        const key = term
          .toLowerCase()
          .replace(/’/g, "'")
          .split(/\s*[\u2010-\u2015-]\s*|\s+/)
          .join(' ');
        expect(owners.has(key), `"${term}" is also spelled by ${owners.get(key)}`).toBe(false);
        owners.set(key, entry.slug);
      }
    }
  });

  it('finds all ten certifications of the top-10 article', () => {
    const named = namedIn('top-10-ai-certifications');
    for (const slug of [
      'google-cloud-professional-ml-engineer',
      'ibm-ai-engineering-professional-certificate',
      'azure-ai-engineer-associate',
      'stanford-machine-learning-specialization',
      'nvidia-dli-certificate',
      'aws-certified-machine-learning-specialty',
      'google-cloud-introduction-to-generative-ai',
      'certnexus-caip',
      'mit-sloan-ai-business-strategy',
      'deeplearning-ai-deep-learning-specialization',
    ]) {
      expect(named.has(slug), slug).toBe(true);
    }
  });

  it('finds certifications other articles name, including short forms', () => {
    expect(articlesOf('aws-certified-machine-learning-specialty')).toEqual([
      'career-as-an-ai-engineer-a-comprehensive-report',
      // "AWS Machine Learning" in its certification-trends table.
      'hiring-ai-engineers-vs-data-scientists-what-you-need-to-know',
      'the-ai-trainer-career-an-in-depth-industry-analysis',
      'the-career-of-an-ai-architect-scope-description-paths-interviews-and-salaries',
      'top-10-ai-certifications-to-land-high-paying-jobs-in-2025',
    ]);
    expect(articlesOf('intel-edge-ai-certification')).toEqual([
      'what-businesses-should-know-about-the-ai-engineer-role-skills-responsibilities',
    ]);
    expect(namedIn('the-ai-trainer-career')).toEqual(
      new Set([
        'ibm-ai-engineering-professional-certificate',
        'azure-ai-engineer-associate',
        'aws-certified-machine-learning-specialty',
        'comptia-data-plus',
        'google-cloud-professional-ml-engineer',
        'certnexus-caip',
        'certified-nlp-expert',
        'certified-computer-vision-expert',
        'certified-ai-expert',
      ]),
    );
  });

  it('tells the machine learning engineer associate from the specialty, and knows the newer short forms', () => {
    const named = extractCertificationMentions(
      readArticleDocument(
        'unseen',
        'Certifications for ML engineers',
        [
          '## Certifications',
          '',
          '- AWS Certified Machine Learning Engineer – Associate (MLA-C01)',
          '- Microsoft Certified: Azure Data Scientist Associate (DP-100)',
          '- Databricks Certified Machine Learning Professional',
          '',
          'Self-taught AI practitioners can skip them.',
        ].join('\n'),
      ),
      catalog,
    ).map((mention) => mention.certification);
    expect(new Set(named)).toEqual(
      new Set([
        'aws-certified-machine-learning-engineer-associate',
        'azure-data-scientist-associate',
        'databricks-machine-learning-professional',
      ]),
    );
  });

  it('finds none in an article that only talks about certifications in general', () => {
    expect(namedIn('solving-the-ai-talent-shortage')).toEqual(new Set());
  });
});
