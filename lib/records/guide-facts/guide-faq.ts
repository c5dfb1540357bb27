/**
 * Questions and answers from People Also Ask / FAQ sections. A question is a
 * heading ending in "?" (answered by the paragraphs up to the next heading)
 * or a paragraph whose first line is the question and whose other lines are
 * the answer.
 */
import {
  type GuideContext,
  type GuideDraft,
  headingsNearestFirst,
  inFaqSection,
  resolveRoles,
} from '@/lib/records/guide-facts/guide-context';
import { endsWithQuestion, isBoilerplate } from '@/lib/records/guide-facts/guide-text';
import type { Section } from '@/lib/records/document/article-document';

interface OpenQuestion {
  question: string;
  section: Section;
  answer: string[];
}

/** One `faq` draft per question in the article's FAQ sections. Pure. */
export function faqFacts(ctx: GuideContext): GuideDraft[] {
  const drafts: GuideDraft[] = [];
  let open: OpenQuestion | null = null;
  const close = (): void => {
    if (open) drafts.push(toDraft(ctx, open));
    open = null;
  };
  for (const block of ctx.doc.blocks) {
    if (!inFaqSection(ctx, block.section) || isBoilerplate(block.text)) {
      close();
      continue;
    }
    if (block.kind === 'heading') {
      close();
      if (endsWithQuestion(block.text)) open = { question: block.text, section: block.section, answer: [] };
      continue;
    }
    const [first = '', ...rest] = block.text.split('\n');
    if (block.kind === 'paragraph' && first.length <= 250 && endsWithQuestion(first)) {
      close();
      open = { question: first.trim(), section: block.section, answer: rest };
      continue;
    }
    open?.answer.push(block.text);
  }
  close();
  return drafts;
}

function toDraft(ctx: GuideContext, open: OpenQuestion): GuideDraft {
  // Whose question it is: the roles it names, else the FAQ's headings (not other questions), else the article's.
  const headings = headingsNearestFirst(ctx, open.section).filter((heading) => !endsWithQuestion(heading));
  const roles = resolveRoles(ctx, [[open.question], ...headings.map((heading) => [heading])], true);
  const answer = open.answer
    .map((part) => part.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .join(' ');
  return { kind: 'faq', roles, text: open.question, detail: answer || null, section: open.section };
}
