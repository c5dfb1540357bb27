/**
 * What the guide-fact readers share: the heading trail each section really
 * sits in, which blocks are a table of contents, the nesting of list items,
 * and whose role a fact is.
 */
import type { GuideKind } from '@/lib/records/guide-facts/guide-patterns';
import { NAMED_POSITION, isFaqHeading } from '@/lib/records/guide-facts/guide-patterns';
import type { ArticleDocument, Section, TextBlock } from '@/lib/records/document/article-document';
import type { RoleMatcher } from '@/lib/records/document/role-matcher';
import { foldWhiteSpace } from '@/lib/records/document/text-memo';

/** A fact before it is given its location and split into one record per role. */
export interface GuideDraft {
  kind: GuideKind;
  roles: string[];
  text: string;
  detail: string | null;
  section: Section;
}

export interface GuideContext {
  doc: ArticleDocument;
  matchRoles: RoleMatcher;
  primaryRoles: string[];
  /** Heading trail per section, outermost first (see `outlineTrails`). */
  trails: Map<Section, string[]>;
  /** Indices of blocks that belong to a table of contents. */
  toc: Set<number>;
}

/** Builds the shared context for one article. Pure. */
export function createGuideContext(
  doc: ArticleDocument,
  matchRoles: RoleMatcher,
  primaryRoles: string[],
): GuideContext {
  return { doc, matchRoles, primaryRoles, trails: outlineTrails(doc), toc: tableOfContents(doc) };
}

/** The heading trail of a section, nearest heading first. */
export function headingsNearestFirst(ctx: GuideContext, section: Section): string[] {
  return [...(ctx.trails.get(section) ?? section.trail)].reverse();
}

/** Whether a section sits under a People Also Ask / FAQ heading. */
export function inFaqSection(ctx: GuideContext, section: Section): boolean {
  return (ctx.trails.get(section) ?? section.trail).some(isFaqHeading);
}

/**
 * 9cv9 reports number their parts "2. Core Responsibilities" and letter the
 * subsections "A. Strategic Planning" at the same heading level, so the plain
 * heading trail loses the part. This puts the part back above its lettered
 * subsections.
 */
function outlineTrails(doc: ArticleDocument): Map<Section, string[]> {
  const trails = new Map<Section, string[]>();
  let part: { text: string; depth: number } | null = null;
  let letter: string | null = null;
  for (const section of doc.sections) {
    const heading = section.heading ?? '';
    if (/^\d+\.\s/.test(heading)) part = { text: heading, depth: section.depth };
    else if (part && section.depth <= part.depth && !/^[A-Z]\.\s/.test(heading)) part = null;
    if (part && section.depth === part.depth) letter = /^[A-Z]\.\s/.test(heading) ? heading : null;
    // Put the part above its lettered subsection (and above anything nested in that).
    const at = part && letter ? section.trail.lastIndexOf(letter) : -1;
    trails.set(
      section,
      part && at >= 0 ? [...section.trail.slice(0, at), part.text, ...section.trail.slice(at)] : section.trail,
    );
  }
  return trails;
}

/** Heading text as a table of contents writes it: no "1." or "A." prefix, no case. */
function tocKey(text: string): string {
  return foldWhiteSpace(text.replace(/^(?:\d+|[A-Z])[.)]\s+/, '').replace(/:$/, ''))
    .trim()
    .toLowerCase();
}

/** List items that repeat a heading further down: the article's own table of contents. */
function tableOfContents(doc: ArticleDocument): Set<number> {
  const lastHeadingAt = new Map<string, number>();
  doc.blocks.forEach((block, index) => {
    if (block.kind === 'heading') lastHeadingAt.set(tocKey(block.text), index);
  });
  const toc = new Set<number>();
  doc.blocks.forEach((block, index) => {
    if (block.kind === 'list-item' && (lastHeadingAt.get(tocKey(block.text)) ?? -1) > index) toc.add(index);
  });
  return toc;
}

/**
 * Indices of the list items nested in the item at `index`, split into its
 * direct children and every descendant. Nested items follow their parent in
 * `blocks`, and their `listTrail` ends with the parent's text.
 */
export function nestedItems(
  blocks: readonly TextBlock[],
  index: number,
): { children: number[]; descendants: number[] } {
  const parent = blocks[index];
  const children: number[] = [];
  const descendants: number[] = [];
  if (parent?.kind !== 'list-item') return { children, descendants };
  const depth = parent.listTrail.length;
  for (let i = index + 1; i < blocks.length; i += 1) {
    const block = blocks[i];
    if (block?.kind !== 'list-item' || block.section !== parent.section || block.listTrail.length <= depth) break;
    if (block.listTrail[depth] !== parent.text || !parent.listTrail.every((text, k) => block.listTrail[k] === text))
      break;
    descendants.push(i);
    if (block.listTrail.length === depth + 1) children.push(i);
  }
  return { children, descendants };
}

/**
 * Whose fact it is: the roles named at the nearest level that names any
 * (levels run from the item outwards to the headings), else the article's
 * primary roles. With `guard`, a level naming a position that is not a known
 * role ("AI Ethics Specialist") claims the fact for that unknown role, and
 * the fact is dropped rather than given to the wrong one.
 */
export function resolveRoles(ctx: GuideContext, levels: readonly (readonly string[])[], guard = false): string[] {
  for (const level of levels) {
    const roles = unique(level.flatMap((text) => ctx.matchRoles(text).map((mention) => mention.role)));
    if (roles.length > 0) return roles;
    if (guard && level.some((text) => NAMED_POSITION.test(text))) return [];
  }
  return ctx.primaryRoles;
}

/** Roles named at the very start of an item, as its subject ("Senior AI Trainers are responsible for ..."). */
export function subjectRoles(ctx: GuideContext, text: string): string[] {
  return unique(
    ctx
      .matchRoles(text)
      .filter((mention) => mention.index <= 4)
      .map((mention) => mention.role),
  );
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
