/**
 * Cutting an item's text into a fact's text and detail. Every piece is a
 * slice of what the article wrote: only list punctuation, wrapping quotes
 * and the break between a bold lead and its description are dropped.
 */
import { splitSentences } from '@/lib/records/document/sentences';

/** Drops the list punctuation an item ends with (";", ",", ":"). */
export function trimItem(text: string): string {
  return text.replace(/\s*[;,:]\s*$/, '').trim();
}

/** Joins item texts into one detail: a space after a full stop, otherwise "; ". */
export function joinItems(texts: readonly string[]): string | null {
  let joined = '';
  for (const raw of texts) {
    const text = trimItem(raw.replace(/\s*\n\s*/g, ' '));
    if (!text) continue;
    joined = joined ? `${joined}${/[.!?]["”’)]?$/.test(joined) ? ' ' : '; '}${text}` : text;
  }
  return joined || null;
}

export interface Lead {
  title: string;
  detail: string;
}

/**
 * The bold lead of an item, as the page shows it: "Model Development: Design
 * and train ..." or a lead on its own line ("Customize tasks\nExample: ...").
 * `null` when the item has no short lead.
 */
export function splitLead(text: string): Lead | null {
  const [first = '', ...rest] = text.split('\n');
  if (rest.length > 0 && wordCount(first) <= 12) {
    const detail = rest.join(' ').trim();
    if (detail) return { title: trimItem(first), detail };
  }
  const match = /^([^:.!?\n]{2,80}?):\s+(\S[\s\S]*)$/.exec(text);
  if (!match?.[1] || !match[2] || wordCount(match[1]) > 8) return null;
  return { title: match[1].trim(), detail: match[2].replace(/\s*\n\s*/g, ' ').trim() };
}

/** A long item cut after its first sentence; `null` when it is one sentence. */
export function splitFirstSentence(text: string): Lead | null {
  const sentences = splitSentences(text);
  const [first, second] = sentences;
  if (!first || !second) return null;
  return {
    title: first.text,
    detail: text
      .slice(second.start)
      .replace(/\s*\n\s*/g, ' ')
      .trim(),
  };
}

/** Feed and page furniture that follows the last answer ("The post ... appeared first on ... Blog."). */
export function isBoilerplate(text: string): boolean {
  return (
    /^the post .+ appeared first on /i.test(text.trim()) || /^(?:read more|click here|share this)\b/i.test(text.trim())
  );
}

/** Whether any sentence of the text is a question. */
export function hasQuestion(text: string): boolean {
  return /\?["”’)]*(?:\s|$)/.test(text);
}

/** Whether the text as a whole ends with a question mark. */
export function endsWithQuestion(text: string): boolean {
  return /\?["”’)*]*$/.test(text.trim());
}

/** Drops the quotation marks a sample question is wrapped in. */
export function unquote(text: string): string {
  const match = /^["“‘'](.+)["”’']$/s.exec(text.trim());
  return (match?.[1] ?? text).trim();
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}
