/**
 * Certification records: which catalogued certifications each article names.
 * Certification names are specific enough ("AWS Certified Machine Learning –
 * Specialty") to count anywhere in an article, unlike skills.
 */
import type { Certification, CertificationCatalogEntry } from '@/lib/content/schema';
import type { ArticleDocument, Section } from '@/lib/records/document/article-document';
import { termMatcherFor } from '@/lib/records/document/term-matcher';

/** One certification named in one section of an article. */
export interface CertificationMention {
  certification: string;
  article: string;
  section: string | null;
  sectionId: string | null;
}

/**
 * Lists the catalogued certifications `doc` names in its text blocks, then in
 * its Markdown tables (tables written as lines are already text blocks), once
 * per certification and section. Pure.
 */
export function extractCertificationMentions(
  doc: ArticleDocument,
  catalog: readonly CertificationCatalogEntry[],
): CertificationMention[] {
  const matchTerms = termMatcherFor(catalog);
  const mentions = new Map<string, CertificationMention>();
  const scan = (text: string, section: Section): void => {
    for (const term of matchTerms(text)) {
      const key = `${term.slug}\u0000${section.id ?? ''}`;
      if (!mentions.has(key)) {
        mentions.set(key, {
          certification: term.slug,
          article: doc.slug,
          section: section.heading,
          sectionId: section.id,
        });
      }
    }
  };
  for (const block of doc.blocks) scan(block.text, block.section);
  for (const table of doc.tables) {
    if (table.fromLines) continue;
    for (const row of [table.header, ...table.rows]) for (const cell of row) scan(cell, table.section);
  }
  return [...mentions.values()];
}

/**
 * Builds the published certifications: each catalogue entry at least one
 * article names, with those articles sorted; most-cited first, then by name.
 * Roles stay as curated in the catalogue. Pure.
 */
export function buildCertifications(
  catalog: readonly CertificationCatalogEntry[],
  mentions: readonly CertificationMention[],
): Certification[] {
  return catalog
    .map((entry) => ({
      ...entry,
      articles: [...new Set(mentions.filter((m) => m.certification === entry.slug).map((m) => m.article))].sort(),
    }))
    .filter((certification) => certification.articles.length > 0)
    .sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name));
}
