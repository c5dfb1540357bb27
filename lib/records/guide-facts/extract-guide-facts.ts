/**
 * Guide facts an article states about roles: responsibilities, career-path
 * steps, interview questions, FAQ answers and the education a role asks for. Each fact's text and detail are
 * the article's own words, found where the article's headings, list labels
 * or lead-ins say what the content is (see `guide-patterns`).
 */
import type { GuideFact } from '@/lib/content/schema';
import { createGuideContext, type GuideDraft } from '@/lib/records/guide-facts/guide-context';
import { educationFacts } from '@/lib/records/guide-facts/guide-education';
import { faqFacts } from '@/lib/records/guide-facts/guide-faq';
import { listFacts } from '@/lib/records/guide-facts/guide-lists';
import { tableFacts } from '@/lib/records/guide-facts/guide-tables';
import type { ArticleDocument, Section } from '@/lib/records/document/article-document';
import type { RoleMatcher } from '@/lib/records/document/role-matcher';

/**
 * Extracts the guide facts of one article, one record per role the fact is
 * about. Roles come from the item, its list labels, table row, lead-in or
 * headings (nearest wins), else `primaryRoles` (the roles the article is
 * mainly about). Identical (kind, role, text) facts are kept once, the first
 * in reading order. Pure.
 */
export function extractGuideFacts(doc: ArticleDocument, matchRoles: RoleMatcher, primaryRoles: string[]): GuideFact[] {
  const ctx = createGuideContext(doc, matchRoles, primaryRoles);
  const fromLists = listFacts(ctx);
  const steps = fromLists.filter((draft) => draft.kind === 'career-step');
  const drafts = [...fromLists, ...tableFacts(ctx, steps), ...faqFacts(ctx), ...educationFacts(ctx)];

  // Lists, tables and FAQs are read in separate passes; put them back in reading order by section.
  const order = new Map<Section, number>(doc.sections.map((section, index) => [section, index]));
  const position = (draft: GuideDraft): number => order.get(draft.section) ?? -1;
  const sorted = drafts
    .map((draft, index) => ({ draft, index }))
    .sort((a, b) => position(a.draft) - position(b.draft) || a.index - b.index)
    .map(({ draft }) => draft);

  const seen = new Set<string>();
  const facts: GuideFact[] = [];
  for (const draft of sorted) {
    if (!draft.text) continue;
    for (const role of draft.roles) {
      const key = `${draft.kind}\u0000${role}\u0000${draft.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      facts.push({
        article: doc.slug,
        section: draft.section.heading,
        sectionId: draft.section.id,
        kind: draft.kind,
        role,
        text: draft.text,
        detail: draft.detail,
      });
    }
  }
  return facts;
}
