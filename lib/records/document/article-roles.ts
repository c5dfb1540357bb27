/**
 * Links each article to the roles it discusses: a role the title names, or
 * one the article names at least `MIN_MENTIONS` times in its visible text
 * (headings, paragraphs, list items, table cells; never link targets).
 */
import type { ArticleRoles } from '@/lib/content/schema';
import type { ArticleDocument } from '@/lib/records/document/article-document';
import type { RoleMatcher } from '@/lib/records/document/role-matcher';

/** Fewer mentions than this is a passing reference, not a discussion. */
export const MIN_MENTIONS = 5;

// Built once per document: the role counts and the validated article text both read it.
const visibleTexts = new WeakMap<ArticleDocument, string>();

/** All visible text of a document, one block, row or cell per line. */
export function visibleText(doc: ArticleDocument): string {
  let text = visibleTexts.get(doc);
  if (text === undefined) {
    const tableText = doc.tables.flatMap((table) => [...table.header, ...table.rows.flat()]);
    text = [...doc.blocks.map((block) => block.text), ...tableText].join('\n');
    visibleTexts.set(doc, text);
  }
  return text;
}

/** The roles an article discusses, most mentioned first. */
export function readArticleRoles(doc: ArticleDocument, matchRoles: RoleMatcher): ArticleRoles {
  const counts = new Map<string, number>();
  for (const mention of matchRoles(visibleText(doc))) counts.set(mention.role, (counts.get(mention.role) ?? 0) + 1);
  const inTitle = new Set(matchRoles(doc.title).map((mention) => mention.role));
  for (const role of inTitle) counts.set(role, Math.max(1, counts.get(role) ?? 0));
  const roles = [...counts]
    .filter(([role, mentions]) => inTitle.has(role) || mentions >= MIN_MENTIONS)
    .map(([role, mentions]) => ({ role, mentions }))
    .sort((a, b) => b.mentions - a.mentions || a.role.localeCompare(b.role));
  return { article: doc.slug, roles };
}
