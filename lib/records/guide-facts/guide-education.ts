/**
 * Education facts: the degrees an article says a role asks for, from
 * sentences, list items ("**Master’s Degree** (for advanced positions):" over
 * its items) and table rows about degrees or education. Each fact is the
 * article's own sentence, item or cell.
 */
import {
  type GuideContext,
  type GuideDraft,
  headingsNearestFirst,
  nestedItems,
  resolveRoles,
} from '@/lib/records/guide-facts/guide-context';
import { hasQuestion, joinItems, trimItem } from '@/lib/records/guide-facts/guide-text';
import type { TableBlock, TextBlock } from '@/lib/records/document/article-document';
import { splitSentences } from '@/lib/records/document/sentences';

/** A named degree ("bachelor’s", "Master’s", "Ph.D.", "doctoral") or "a degree in ...". */
const DEGREE =
  /\b(?:bachelor['’]?s|master['’]?s|ph\.?\s?d\b\.?|doctoral|doctorates?|postgraduate|undergraduate)|\bdegrees? in\b/i;

/**
 * Sentences that mention degrees while talking about something else: hiring
 * practice ("Focusing too much on PhDs"), job ads, students, a path without one.
 */
const NOT_ABOUT_THE_ROLE =
  /\bwithout\b|\bstudents?\b|\bprestige\b|\bhir(?:e|es|ed|ing)\b|\brecruit|\bjob ads?\b|\bfocusing too much\b|\bunnecessary\b|\bemphasis\b|\bdominance\b|\bpublications\b/i;

/** Headings and labels of parts that discuss hiring, pitfalls or the future rather than what a role asks for. */
const OFF_TOPIC_CONTEXT =
  /\bhir(?:e|es|ed|ing)\b|\brecruit|\bmistakes?\b|\bred flags\b|\bpitfalls?\b|\btrends?\b|\bfuture\b|\bpredictions?\b|\btalent shortage\b/i;

/** A table row about degrees; a bare "Education" row is an industry unless its cell names a degree. */
const DEGREE_ROW = /\b(?:degrees?|qualifications?|academic|educational background)\b/i;
const EDUCATION_ROW = /\beducation(?:al)?\b/i;

/** Tables under these headings list what to avoid, not what a role asks for. */
const OFF_TOPIC_TABLE = /\bmistakes?\b|\bred flags\b|\bpitfalls?\b/i;

/** Education facts from list items, paragraphs and tables. Pure. */
export function educationFacts(ctx: GuideContext): GuideDraft[] {
  return [...blockFacts(ctx), ...ctx.doc.tables.flatMap((table) => tableRowFacts(ctx, table))];
}

/** A block's contexts, nearest first: its list labels, the lead-in paragraph, then headings. */
function contextsOf(ctx: GuideContext, block: Pick<TextBlock, 'listTrail' | 'listIntro' | 'section'>): string[] {
  return [
    ...[...block.listTrail].reverse(),
    ...(block.listIntro === null ? [] : [block.listIntro]),
    ...headingsNearestFirst(ctx, block.section),
  ];
}

function blockFacts(ctx: GuideContext): GuideDraft[] {
  const { blocks } = ctx.doc;
  const drafts: GuideDraft[] = [];
  const consumed = new Set<number>();
  blocks.forEach((block, index) => {
    if (consumed.has(index) || ctx.toc.has(index) || block.kind === 'heading' || block.lineTableIndex !== null) return;
    // Both readings below need a degree in the block: as a label, or in a sentence of it (a
    // sentence, trimmed of spaces and list punctuation, is cut where no word goes on, so the
    // pattern finds in the block whatever it finds in the sentence).
    if (!DEGREE.test(block.text)) return;
    const contexts = contextsOf(ctx, block);
    if (contexts.some((context) => OFF_TOPIC_CONTEXT.test(context))) return;
    const levels = contexts.map((context) => [context]);
    const { children, descendants } = nestedItems(blocks, index);
    // A degree named as a label ("Bachelor’s Degree:") over its items: one fact, the items its detail.
    if (children.length > 0 && block.text.trim().endsWith(':') && DEGREE.test(block.text)) {
      descendants.forEach((i) => consumed.add(i));
      const detail = joinItems(children.map((i) => blocks[i]?.text ?? ''));
      drafts.push(draft(resolveRoles(ctx, levels, true), trimItem(block.text), detail, block));
      return;
    }
    for (const sentence of splitSentences(block.text)) {
      const text = trimItem(sentence.text);
      if (!DEGREE.test(text) || NOT_ABOUT_THE_ROLE.test(text) || hasQuestion(text)) continue;
      // The sentence's own subject ("Most AI Engineers have ...") decides first, then the labels and headings.
      drafts.push(draft(resolveRoles(ctx, [[text], ...levels], true), text, null, block));
    }
  });
  return drafts;
}

/** "Typical Degrees | Computer Science, AI, ... | Statistics, ...": one fact per role column. */
function tableRowFacts(ctx: GuideContext, table: TableBlock): GuideDraft[] {
  if (table.fromLines) return [];
  const headings = headingsNearestFirst(ctx, table.section);
  // Comparison tables sit in hiring guides and "trends" sections; the row label is what decides.
  if (headings.some((heading) => OFF_TOPIC_TABLE.test(heading))) return [];
  const levels = headings.map((heading) => [heading]);
  return table.rows.flatMap(([label = '', ...cells]) => {
    const degreeRow = DEGREE_ROW.test(label);
    if (!degreeRow && !EDUCATION_ROW.test(label)) return [];
    return cells.flatMap((cell, column) => {
      const value = cell.trim();
      if (!value || !/\p{L}/u.test(value) || (!degreeRow && !DEGREE.test(value))) return [];
      const header = table.header[column + 1] ?? '';
      const named = ctx.matchRoles(header).map((mention) => mention.role);
      // A column that names no role holds the value for the table's role only when it is the one value column.
      const roles = named.length > 0 ? [...new Set(named)] : cells.length === 1 ? resolveRoles(ctx, levels, true) : [];
      return roles.length > 0 ? [draft(roles, `${trimItem(label)}: ${value}`, null, table)] : [];
    });
  });
}

function draft(roles: string[], text: string, detail: string | null, at: Pick<TextBlock, 'section'>): GuideDraft {
  return { kind: 'education', roles, text, detail, section: at.section };
}
