/**
 * Guide facts from list items (and question paragraphs in interview sections,
 * and bold-labelled paragraphs in responsibility sections). A label item with
 * nested items ("**Data Curation**:" over three bullets) is one fact whose
 * detail is its items; a label that itself names the subject
 * ("Responsibilities of an AI Product Manager:") lets each nested item stand
 * on its own.
 */
import {
  type GuideContext,
  type GuideDraft,
  headingsNearestFirst,
  inFaqSection,
  nestedItems,
  resolveRoles,
  subjectRoles,
} from '@/lib/records/guide-facts/guide-context';
import {
  classify,
  endsWithPosition,
  isHeadingLike,
  isPositionTitle,
  kindOf,
} from '@/lib/records/guide-facts/guide-patterns';
import {
  endsWithQuestion,
  hasQuestion,
  joinItems,
  splitFirstSentence,
  splitLead,
  trimItem,
  unquote,
} from '@/lib/records/guide-facts/guide-text';
import type { TextBlock } from '@/lib/records/document/article-document';

// Items that describe the role or the market rather than state a duty ("By 2025, enterprises ...").
const DESCRIPTIVE_START =
  /^(?:the|this|that|these|those|by|in|on|at|as|for|with|from|earlier|while|although|however|unlike|organizations|enterprises|companies|employers|it|they|there|such|many|most|some|both|a|an)\b/i;

/** Responsibilities, career steps and interview questions found in lists and paragraphs. Pure. */
export function listFacts(ctx: GuideContext): GuideDraft[] {
  const { blocks } = ctx.doc;
  const drafts: GuideDraft[] = [];
  const consumed = new Set<number>();
  blocks.forEach((block, index) => {
    if (consumed.has(index) || ctx.toc.has(index)) return;
    if (inFaqSection(ctx, block.section)) return;
    if (block.kind === 'heading') {
      // "### How do you handle missing data?" under "## Data scientist interview questions":
      // each question its own heading, answered by the paragraphs below it.
      // Its own text is not its context: the headings above it are.
      const above = headingsNearestFirst(ctx, block.section).slice(1);
      if (isQuestionHeading(block, above)) drafts.push(question(ctx, block, above));
      return;
    }
    const contexts = blockContexts(ctx, block);
    const kind = classify(contexts);
    if (block.kind === 'paragraph') {
      if (
        kind === 'interview-question' &&
        block.lineTableIndex === null &&
        block.text.length <= 300 &&
        endsWithQuestion(block.text)
      ) {
        drafts.push(question(ctx, block, contexts));
      } else if (
        kind === 'responsibility' &&
        block.boldLabel &&
        block.lineTableIndex === null &&
        splitLead(block.text) !== null
      ) {
        // "**Model deployment:** Package and deploy ..." paragraphs: the section's items, written without a list.
        const draft = responsibility(ctx, block, trimItem(block.text), [], contexts);
        if (draft) drafts.push(draft);
      }
      return;
    }
    const { children, descendants } = nestedItems(blocks, index);
    const text = trimItem(block.text);
    if (!text) return;
    // A label that names a subject ("Key Responsibilities:", "Skills for Transitioning:", "Core
    // responsibilities include:") is a heading for its items.
    const labelKind = children.length > 0 ? kindOf(block.text) : null;
    if (labelKind !== null && isHeadingLike(block.text)) return;
    if (labelKind !== null && labelKind !== 'stop' && isHeadingLike(block.text, true)) return;
    // Any other parent that ends in a colon introduces its items: they are its detail, never facts of their own.
    if (children.length > 0 && block.text.trim().endsWith(':') && !isHeadingLike(block.text)) {
      descendants.forEach((i) => consumed.add(i));
    }
    const childTexts = children.map((i) => blocks[i]?.text ?? '');
    if (kind === 'responsibility') {
      const draft = responsibility(ctx, block, text, childTexts, contexts);
      if (draft) {
        drafts.push(draft);
        descendants.forEach((i) => consumed.add(i));
      }
    } else if (kind === 'career-step') {
      const draft = careerStep(ctx, block, text, childTexts, contexts);
      if (draft) {
        drafts.push(draft);
        descendants.forEach((i) => consumed.add(i));
      }
    } else if (kind === 'interview-question' && hasQuestion(text)) {
      drafts.push(question(ctx, block, contexts));
    }
  });
  return drafts;
}

/** A heading that is a question of the interview section above it, not the section's own title. */
function isQuestionHeading(block: TextBlock, above: readonly string[]): boolean {
  if (block.text.length > 300 || !endsWithQuestion(block.text) || kindOf(block.text) === 'interview-question')
    return false;
  return classify(above) === 'interview-question';
}

/** A block's contexts, nearest first: its list labels, the lead-in paragraph, then headings. */
function blockContexts(ctx: GuideContext, block: TextBlock): string[] {
  const labels = [...block.listTrail].reverse().filter((label) => isHeadingLike(label, true));
  const intro = block.listIntro !== null && isHeadingLike(block.listIntro, true) ? [block.listIntro] : [];
  return [...labels, ...intro, ...headingsNearestFirst(ctx, block.section)];
}

function responsibility(
  ctx: GuideContext,
  block: TextBlock,
  text: string,
  childTexts: string[],
  contexts: string[],
): GuideDraft | null {
  const subject = subjectRoles(ctx, text);
  let piece: { title: string; detail: string | null };
  let label: string[] = [];
  if (childTexts.length > 0) {
    const isLabel = isHeadingLike(block.text);
    if (!isLabel && DESCRIPTIVE_START.test(text)) return null;
    // A label loses its colon; a sentence that ends "..., including:" keeps it, its items follow in the detail.
    piece = { title: isLabel ? text : block.text.trim(), detail: joinItems(childTexts) };
    if (isLabel) label = [text];
  } else {
    const lead = splitLead(block.text);
    if (!lead && DESCRIPTIVE_START.test(text) && subject.length === 0) return null;
    piece = lead ?? splitFirstSentence(text) ?? { title: text, detail: null };
    piece = { ...piece, title: trimItem(piece.title) };
    if (lead) label = [lead.title];
  }
  const roles =
    subject.length > 0 ? subject : resolveRoles(ctx, [label, ...contexts.map((context) => [context])], true);
  return { kind: 'responsibility', roles, text: piece.title, detail: piece.detail, section: block.section };
}

function careerStep(
  ctx: GuideContext,
  block: TextBlock,
  text: string,
  childTexts: string[],
  contexts: string[],
): GuideDraft | null {
  let piece: { title: string; detail: string | null } | null = null;
  if (childTexts.length > 0) {
    if (isHeadingLike(block.text) && isPositionTitle(text)) piece = { title: text, detail: joinItems(childTexts) };
  } else {
    const lead = splitLead(block.text);
    if (lead && isPositionTitle(lead.title)) piece = lead;
    else if (!lead && text.split(/\s+/).length <= 8 && endsWithPosition(text)) piece = { title: text, detail: null };
  }
  if (!piece) return null;
  // A step is a stage of the path the section is about, so the step's own title ("AI Architect") does not decide whose path.
  const roles = resolveRoles(ctx, stepLevels(block, contexts), true);
  return { kind: 'career-step', roles, text: trimItem(piece.title), detail: piece.detail, section: block.section };
}

/** Role levels for a career step: the lead-in and headings, not the item's own labels. */
function stepLevels(block: TextBlock, contexts: string[]): string[][] {
  const labels = block.listTrail.filter((label) => isHeadingLike(label, true)).length;
  return contexts.slice(labels).map((context) => [context]);
}

function question(ctx: GuideContext, block: TextBlock, contexts: string[]): GuideDraft {
  // The question's own words name what it asks about ("collaborated with data scientists"), not whose interview it is.
  const roles = resolveRoles(
    ctx,
    contexts.map((context) => [context]),
    true,
  );
  return {
    kind: 'interview-question',
    roles,
    text: unquote(trimItem(block.text)),
    detail: null,
    section: block.section,
  };
}
