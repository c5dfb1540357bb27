/**
 * Skill records: which catalogue skills each article *lists* for which roles,
 * and the published skill list built from those mentions. A skill counts only
 * where the article is talking about skills (see `skill-context.ts`); a pay
 * section that says "Python" in passing does not list Python as a skill.
 */
import type { Skill, SkillCatalogEntry } from '@/lib/content/schema';
import type { ArticleDocument, TextBlock } from '@/lib/records/document/article-document';
import type { RoleMatcher } from '@/lib/records/document/role-matcher';
import {
  inCredentialSentence,
  isSkillContext,
  labelOf,
  nearestRoles,
  skillFinder,
  subjectRoles,
  type SkillFinder,
  type SkillFinding,
} from '@/lib/records/skills/skill-context';
import { tableSkillFindings } from '@/lib/records/skills/skill-tables';
import { termMatcherFor } from '@/lib/records/document/term-matcher';
import { groupBy } from '@/lib/group-by';

export { createTermMatcher } from '@/lib/records/document/term-matcher';
export type { TermEntry, TermMatcher, TermMention } from '@/lib/records/document/term-matcher';

/** One skill an article lists, for one role (`null` when neither the text nor the article names a role). */
export interface SkillMention {
  skill: string;
  role: string | null;
  article: string;
  section: string | null;
  sectionId: string | null;
}

/**
 * Lists the catalogue skills `doc` names where it talks about skills, each
 * with the role it is listed for: the role the sentence, list, table row or
 * column, or nearest heading names, else every role in `articleRoles` (the
 * roles the article discusses). One mention per skill, role and section. Pure.
 */
export function extractSkillMentions(
  doc: ArticleDocument,
  catalog: readonly SkillCatalogEntry[],
  matchRoles: RoleMatcher,
  articleRoles: readonly string[],
): SkillMention[] {
  const findSkills = skillFinder(termMatcherFor(catalog), matchRoles);
  const findings: SkillFinding[] = [];
  doc.blocks.forEach((block, index) => {
    // Tables written as lines are read row by row with the tables below.
    if (block.lineTableIndex === null)
      findings.push(...blockFindings(block, pseudoIntro(doc.blocks, index), findSkills, matchRoles));
  });
  for (const table of doc.tables) findings.push(...tableSkillFindings(table, findSkills, matchRoles));

  const mentions = new Map<string, SkillMention>();
  for (const { skill, roles, section } of findings) {
    for (const role of roles.length > 0 ? roles : articleRoles.length > 0 ? articleRoles : [null]) {
      const mention: SkillMention = { skill, role, article: doc.slug, section: section.heading, sectionId: section.id };
      const key = [skill, role, section.id].join('\u0000');
      if (!mentions.has(key)) mentions.set(key, mention);
    }
  }
  return [...mentions.values()];
}

/**
 * Builds the published skills: each catalogue entry that at least one article
 * lists, with its articles (sorted) and, per role, the articles listing it for
 * that role. Sorted by number of articles (most first), then name. Pure.
 */
export function buildSkills(catalog: readonly SkillCatalogEntry[], mentions: readonly SkillMention[]): Skill[] {
  // Grouped once, in the mentions' order: filtering every mention for each catalogue entry grew with both.
  const bySkill = groupBy(mentions, (mention) => mention.skill);
  const skills: Skill[] = [];
  for (const entry of catalog) {
    const own = bySkill.get(entry.slug) ?? [];
    if (own.length === 0) continue;
    const byRole = new Map<string, Set<string>>();
    for (const mention of own) {
      if (mention.role === null) continue;
      byRole.set(mention.role, (byRole.get(mention.role) ?? new Set()).add(mention.article));
    }
    const roles = [...byRole]
      .map(([role, articles]) => ({ role, articles: [...articles].sort() }))
      .sort((a, b) => b.articles.length - a.articles.length || a.role.localeCompare(b.role));
    skills.push({ ...entry, articles: [...new Set(own.map((mention) => mention.article))].sort(), roles });
  }
  return skills.sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name));
}

function blockFindings(
  block: TextBlock,
  intro: string | null,
  findSkills: SkillFinder,
  matchRoles: RoleMatcher,
): SkillFinding[] {
  // The publisher's own blurbs ("We, at the 9cv9 Research Team, ... statistics") list nothing.
  if (/9cv9/i.test(block.text)) return [];
  const { label, body } = splitLabel(block);
  const headings = [...block.section.trail].reverse();
  const trail = block.listTrail.map((text) => labelOf(text)).reverse();
  const contexts = [label, ...trail, intro, ...headings];
  if (!isSkillContext(contexts)) return [];
  const offset = block.text.length - body.length;
  // The same for every skill of the block: read once, when the first needs it.
  let fromContexts: string[] | undefined;
  return findSkills(block.text).flatMap((term) => {
    if (inCredentialSentence(block.text, term.index)) return [];
    const inBody = term.index >= offset;
    const fromSentence = inBody ? subjectRoles(body, term.index - offset, matchRoles) : [];
    const roles = fromSentence.length > 0 ? fromSentence : (fromContexts ??= nearestRoles(contexts, matchRoles));
    return [{ skill: term.slug, roles, section: block.section }];
  });
}

/**
 * A block's own label, read as its innermost context: a first line that is a
 * question or title ("What skills are required...?\n..."), or a short
 * "Label:" at the start ("Certifications: ...", "Tools: Excel, SQL").
 */
function splitLabel(block: TextBlock): { label: string | null; body: string } {
  if (block.kind === 'heading') return { label: null, body: block.text };
  const newline = block.text.indexOf('\n');
  const firstLine = newline > 0 ? block.text.slice(0, newline) : '';
  if (firstLine && (firstLine.length <= 60 || (firstLine.length <= 160 && /[?:]$/.test(firstLine)))) {
    return { label: firstLine, body: block.text.slice(newline + 1) };
  }
  return { label: labelOf(block.text, 0), body: block.text };
}

/**
 * The intro of a list whose intro paragraph `readArticleDocument` left out
 * because it spans two lines ("Skills Learners Will Master\nThe program ensures
 * ... including:"): the paragraph right before the list, when it ends with a colon.
 */
function pseudoIntro(blocks: readonly TextBlock[], index: number): string | null {
  const block = blocks[index];
  if (block?.kind !== 'list-item') return null;
  if (block.listIntro !== null) return block.listIntro;
  let previous = index - 1;
  while (blocks[previous]?.kind === 'list-item') previous -= 1;
  const candidate = blocks[previous];
  if (candidate?.kind !== 'paragraph' || candidate.lineTableIndex !== null) return null;
  return candidate.text.length <= 300 && candidate.text.trimEnd().endsWith(':') ? candidate.text : null;
}
