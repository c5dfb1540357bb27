/** Shared fixtures for the extract-guide-facts tests: a small role list and a one-call extractor. */
import { guideFactSchema, type GuideFact } from '@/lib/content/schema';
import { readArticleDocument } from '@/lib/records/document/article-document';
import { extractGuideFacts } from '@/lib/records/guide-facts/extract-guide-facts';
import { createRoleMatcher } from '@/lib/records/document/role-matcher';

export const matchRoles = createRoleMatcher([
  { slug: 'ai-engineer', name: 'AI Engineer', aliases: [] },
  { slug: 'data-scientist', name: 'Data Scientist', aliases: [] },
  { slug: 'ai-architect', name: 'AI Architect', aliases: [] },
  { slug: 'ai-trainer', name: 'AI Trainer', aliases: [] },
  { slug: 'ml-engineer', name: 'Machine Learning Engineer', aliases: ['ML Engineer'] },
]);

/** Extracts the facts of a Markdown body given as lines, checking each against the schema. */
export function facts(lines: string[], primary: string[] = ['ai-engineer']): GuideFact[] {
  const result = extractGuideFacts(readArticleDocument('guide', 'Guide', lines.join('\n')), matchRoles, primary);
  for (const fact of result) guideFactSchema.parse(fact);
  return result;
}

/** The fields a reader sees, for compact expectations. */
export function brief(
  list: GuideFact[],
  kind: GuideFact['kind'],
): { role: string; text: string; detail: string | null }[] {
  return list.filter((fact) => fact.kind === kind).map(({ role, text, detail }) => ({ role, text, detail }));
}
