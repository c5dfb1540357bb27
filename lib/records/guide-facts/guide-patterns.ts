/**
 * The wording that tells what a part of an article is about. Articles mark
 * their guide content with headings ("Key Responsibilities", "Typical Career
 * Ladder", "Interview Questions"), bold list labels and short lead-in
 * paragraphs that act as headings; these patterns read all three.
 */
import type { GuideFact } from '@/lib/content/schema';
import { remembered } from '@/lib/records/document/text-memo';

export type GuideKind = GuideFact['kind'];

const FAQ = /\bfaqs?\b|\bfrequently asked\b|\bpeople also ask\b/i;

const RESPONSIBILITY = new RegExp(
  [
    String.raw`\bresponsibilit`,
    String.raw`\bduties\b`,
    // "What does an AI Engineer do", "What an AI Engineer Actually Does All Day"
    String.raw`\bwhat (?:does|do) .{1,60}?\bdo\b`,
    String.raw`\bwhat an? .{1,60}?\bdoes\b`,
    String.raw`\bday[- ]to[- ]day\b`,
    String.raw`\bday[- ]in[- ]the[- ]life\b`,
    String.raw`\btypical day\b`,
    String.raw`\bdaily tasks?\b`,
    String.raw`\bkey tasks\b`,
    String.raw`\b(?:core|primary|key) (?:functions|functional areas)\b`,
    String.raw`\bjob scope\b`,
  ].join('|'),
  'i',
);

const CAREER = new RegExp(
  [
    String.raw`\bcareer[- ](?:paths?|pathways?|ladders?|progressions?|trajector(?:y|ies)|stages|advancement|roadmap|tracks)\b`,
    String.raw`\bprogressions?\b`,
    String.raw`\bladders?\b`,
    String.raw`\btrajector(?:y|ies)\b`,
    String.raw`\bentry pathways?\b`,
    String.raw`\bstarting positions?\b`,
    String.raw`\bgrowth plan\b`,
  ].join('|'),
  'i',
);

const INTERVIEW = /\binterview/i;

/**
 * Subjects that are never guide facts even under a matching heading: a
 * "Key Skills" list inside a career section is not a career step, and an
 * "Industry Implications" list inside a responsibilities section is not a duty.
 */
const STOP =
  /\bskills?\b|\bcompetenc|\bqualifications?\b|\beducation|\bcertifications?\b|\bsalar|\bcompensation\b|\bearning|\boutlook\b|\btrends?\b|\bdemand\b|\bimplications\b|\binsights?\b|\bmarket\b|\bcomparison\b|\bcomparative\b|\bvs\.?(?=\s|$)|\bversus\b|\btools?\b|\btoolsets?\b|\bframeworks?\b|\bbenefits\b|\bchallenges\b|\bred flags\b|\bmistakes?\b|\bexamples?\b|\bindustr|\bperspective\b/i;

const CONCLUSION = /^(?:\d+\.\s*)?(?:conclusion|summary|final thoughts)\b/i;

/**
 * Which kind of guide content an article's heading, label or lead-in
 * announces, if any. Remembered per text: every block of a section reads the
 * same headings.
 */
export const kindOf: (context: string) => GuideKind | 'stop' | null = remembered(readKindOf);

function readKindOf(context: string): GuideKind | 'stop' | null {
  // "Redefining Responsibilities in 2025" is about how the role changes, not what it does.
  if (CONCLUSION.test(context) || /\bredefin(?:e|es|ed|ing)\b/i.test(context)) return 'stop';
  if (FAQ.test(context)) return 'faq';
  if (INTERVIEW.test(context)) return 'interview-question';
  if (CAREER.test(context)) return 'career-step';
  if (RESPONSIBILITY.test(context)) return 'responsibility';
  return STOP.test(context) ? 'stop' : null;
}

/** Whether a heading opens a People Also Ask / FAQ section. */
export function isFaqHeading(heading: string): boolean {
  return FAQ.test(heading);
}

/**
 * Nearest-first search through a block's contexts (its list labels, lead-in,
 * headings): the closest one that names a kind decides; a closer one that
 * names another subject (skills, salary, outlook) gives "stop"; `null` when
 * none says anything.
 */
export function classify(contexts: readonly string[]): GuideKind | 'stop' | null {
  let stopped = false;
  for (const context of contexts) {
    const kind = kindOf(context);
    // Interview sections are split by topic ("Technical Expertise and Tools"); a question there is still a question.
    if (kind === 'interview-question') return kind;
    if (kind && !stopped) {
      if (kind !== 'stop') return kind;
      stopped = true;
    }
  }
  return stopped ? 'stop' : null;
}

const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'in',
  'into',
  'of',
  'on',
  'or',
  'the',
  'to',
  'vs',
  'with',
]);

/**
 * Whether a list label or lead-in paragraph reads as a heading: "Core
 * Responsibilities:", "Key Responsibilities and Strategic Contributions", or
 * (for lead-ins, `colonSentence`) a sentence ending in a colon. Advice written
 * as a sentence ("Clarify responsibilities by AI specialization") is content,
 * not a heading.
 */
export function isHeadingLike(text: string, colonSentence = false): boolean {
  let trimmed = text.trim();
  if (!trimmed || trimmed.includes('\n') || trimmed.length > 200) return false;
  if (trimmed.endsWith(':')) {
    if (colonSentence) return true;
    trimmed = trimmed.slice(0, -1);
  }
  if (trimmed.length > 100 || /[.!?:;]$/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  return words.every((word) => SMALL_WORDS.has(word.toLowerCase()) || /^\p{Lu}/u.test(word));
}

const POSITION_WORD =
  /\b(?:engineers?|scientists?|architects?|trainers?|managers?|leads?|directors?|head|officers?|chief|vp|cto|caio|c-aio|specialists?|experts?|consultants?|analysts?|developers?|researchers?|owners?|interns?|associates?|principal|fellows?|junior|senior|mid-level|entry-level|executives?|advisors?|level|(?:entry[- ]level|mid[- ]level|advanced|senior|junior|leadership|executive) roles)\b/i;

/** Whether a step title names a position ("Senior AI Engineer", "Head of AI", "Entry-Level Roles"). */
export function isPositionTitle(title: string): boolean {
  return POSITION_WORD.test(title);
}

/** Whether a whole short list item is a position, judged by its last word ("AI Team Lead", not "Define career ladders"). */
export function endsWithPosition(text: string): boolean {
  const core = text.replace(/\s*\([^)]*\)\s*$/, '').trim();
  const last = core.split(/\s+/).at(-1) ?? '';
  return POSITION_WORD.test(last) && !/[.!?;:]$/.test(core);
}

/**
 * A position the article names with a capitalised qualifier ("AI Ethics
 * Specialist", "Data Privacy Officer"). When such a heading names no known
 * role, the facts under it belong to that unknown role, not to the article's.
 * A credential named after a position ("TensorFlow Developer Certificate") is not one.
 */
export const NAMED_POSITION =
  /(?:\b[A-Z][\w&/-]*\s+){1,3}(?:Specialists?|Engineers?|Scientists?|Managers?|Officers?|Consultants?|Architects?|Trainers?|Developers?|Analysts?|Researchers?|Experts?|Directors?)\b(?!\s+(?:Certificate|Certification|Associate|Exam|Course|Program))/;
