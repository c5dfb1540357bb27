/**
 * Decides whether a piece of an article is *listing* skills, and for which
 * roles, from the words around it: headings, list labels, list intros, table
 * headers and captions. Articles name tools everywhere (a pay section says
 * "Python" in passing); only the places where they talk about skills count.
 */
import type { Section } from '@/lib/records/document/article-document';
import type { RoleMatcher } from '@/lib/records/document/role-matcher';
import { splitSentences, type Sentence } from '@/lib/records/document/sentences';
import type { TermMatcher, TermMention } from '@/lib/records/document/term-matcher';
import { remembered } from '@/lib/records/document/text-memo';

/** A skill found in a skill-listing place, with the roles it is listed for (empty: none named). */
export interface SkillFinding {
  skill: string;
  roles: string[];
  section: Section;
}

/** Finds skills in text, leaving out role names ("Machine Learning Engineer") and other job titles. */
export type SkillFinder = (text: string) => readonly TermMention[];

/** Words that make a heading, list label or table header about skills. */
const SKILLISH =
  /\bskill|competenc|\btools?\b|\btool(?:kit|set|chain)s?\b|\btechnologies\b|\bstacks?\b|\bframeworks\b|\blanguages\b|programming language|qualification|requirement|expertise|proficien|knowledge|\blibrar(?:y|ies)\b|capabilit/i;

/**
 * In a long context (a list intro written as a sentence), only these count:
 * "As AI technology becomes more pervasive, the following opportunities..."
 * introduces opportunities, not technologies.
 */
const SKILLISH_IN_PROSE = /\bskill|competenc|proficien|qualification|expertise/i;

/** Contexts longer than this are sentences rather than labels. */
const LABEL_LENGTH = 100;

/**
 * Anywhere in the chain, these make it about something else: what a
 * certification or degree teaches, or pay. "Skills measured by the
 * certification" describes the certificate, not the role.
 */
const VETO =
  /certif|credential|\beducat|\bdegrees?\b|\bcourses?\b|\bprograms?\b|bootcamp|salar|compensation|\bpay\b|paycheck|\bearning/i;

/**
 * Nearer than any skill word, these make it about something else: an
 * interview, a duty, an anecdote, the job market or the future.
 */
const STOP =
  /interview|responsibilit|real[- ]world example|\buse cases?\b|outlook|\bfuture\b|\btrends?\b|\bdemand\b|\bmarket\b/i;

/** Tools for hiring people, not tools the role uses ("Use AI-Powered Tools to Hire AI Talent"). */
const HIRING_TOOLS = /ai[- ]powered tools?|tools? to hire|(?:hiring|recruitment) tools?/i;

// "Computer Vision Engineer", "NLP Specialist": a job title, not the skill.
const JOB_TITLE =
  /^[^\S\n]+(?:engineers?|scientists?|specialists?|researchers?|developers?|architects?|officers?|leads?|managers?|analysts?|practitioners?|consultants?|auditors?|experts?|teams?)\b/i;

/** Wraps a term matcher so role names and job titles are not read as skills. */
export function skillFinder(matchTerms: TermMatcher, matchRoles: RoleMatcher): SkillFinder {
  return (text) => {
    const terms = matchTerms(text);
    if (terms.length === 0) return terms;
    const roleSpans = matchRoles(text);
    return terms.filter(
      (term) =>
        !roleSpans.some((role) => term.index < role.end && role.index < term.end) &&
        !JOB_TITLE.test(text.slice(term.end)),
    );
  };
}

/**
 * The part of a list item that labels what nests under it: "Programming
 * Proficiency" of "Programming Proficiency: Expertise in ...", or the whole
 * text when short. A long sentence without a label is no label ("Legacy
 * System Integration: ... modern AI frameworks" is about integration, not
 * frameworks). `maxWhole` is how long an unlabelled text may be.
 */
export function labelOf(text: string, maxWhole = LABEL_LENGTH): string | null {
  const colon = text.indexOf(':');
  if (colon > 0 && colon <= 60) return text.slice(0, colon);
  return text.length <= maxWhole ? text : null;
}

/** True when a context names skills (used for table rows whose label is itself a skill word). */
export function isSkillish(text: string): boolean {
  return SKILLISH.test(text);
}

/**
 * Whether text with these contexts (innermost first: its own label, list
 * labels, list intro, headings from nearest to outermost) lists skills. A
 * context about certifications, degrees or pay anywhere rules it out;
 * otherwise the innermost context that is about skills rules it in, unless
 * one about interviews, duties, examples or the job market comes first.
 */
export function isSkillContext(contexts: readonly (string | null | undefined)[]): boolean {
  const present = contexts.filter((context): context is string => Boolean(context));
  if (present.some((context) => readingOf(context) === VETOED)) return false;
  for (const context of present) {
    const reading = readingOf(context);
    if (reading !== SAYS_NOTHING) return reading === ABOUT_SKILLS;
  }
  return false;
}

// What one context says on its own, in the order `isSkillContext` asks.
const VETOED = 0;
const ABOUT_SKILLS = 1;
const ABOUT_SOMETHING_ELSE = 2;
const SAYS_NOTHING = 3;
type Reading = typeof VETOED | typeof ABOUT_SKILLS | typeof ABOUT_SOMETHING_ELSE | typeof SAYS_NOTHING;

/**
 * A context's reading, remembered: every block and cell under a heading reads
 * that heading again, through the same patterns.
 */
const readingOf = remembered((context: string): Reading => {
  if (VETO.test(context)) return VETOED;
  if (HIRING_TOOLS.test(context)) return ABOUT_SOMETHING_ELSE;
  if ((context.length > LABEL_LENGTH ? SKILLISH_IN_PROSE : SKILLISH).test(context)) return ABOUT_SKILLS;
  if (STOP.test(context)) return ABOUT_SOMETHING_ELSE;
  return SAYS_NOTHING;
});

/**
 * True when the sentence around `index` is about a credential ("This
 * certification equips participants with ... deep learning"): what a
 * certificate teaches is not what a role needs.
 */
export function inCredentialSentence(text: string, index: number): boolean {
  const sentence = sentenceAt(text, index);
  return sentence !== undefined && /certif|credential/i.test(sentence.text);
}

/** Every role a context names, in order of appearance, without repeats. */
export function rolesNamed(text: string | null | undefined, matchRoles: RoleMatcher): string[] {
  return text ? unique(matchRoles(text).map((mention) => mention.role)) : [];
}

/** The roles of the nearest context that names any (innermost first); empty when none does. */
export function nearestRoles(contexts: readonly (string | null | undefined)[], matchRoles: RoleMatcher): string[] {
  for (const context of contexts) {
    const roles = rolesNamed(context, matchRoles);
    if (roles.length > 0) return roles;
  }
  return [];
}

/** Text between two roles that coordinates them ("AI Engineers and Data Scientists"). */
const COORDINATION = /^[\s,]*(?:and|or|&|\/|vs\.?|versus)?[\s,]*$/i;

/** Text right before a role the skill is meant for ("essential for (aspiring) AI Trainers"). */
const FOR_ROLE = /\bfor\s+(?:(?:an?|the|all|aspiring|successful|modern)\s+)*$/i;

/**
 * The roles a sentence says a skill belongs to: the role the sentence opens
 * with before the skill ("Data Scientists typically use Python"), with roles
 * coordinated with it ("AI Engineers and Data Scientists use ..."), or else a
 * role the skill is said to be *for* ("Python ... is essential for Machine
 * Learning Engineers"). Other roles named after the skill are usually
 * collaborators ("leadership among data scientists"), so they are ignored.
 */
export function subjectRoles(text: string, skillIndex: number, matchRoles: RoleMatcher): string[] {
  const sentence = sentenceAt(text, skillIndex);
  if (!sentence) return [];
  const mentions = matchRoles(sentence.text).map((mention) => ({
    ...mention,
    index: mention.index + sentence.start,
    end: mention.end + sentence.start,
  }));
  const [first, ...rest] = mentions.filter((mention) => mention.end <= skillIndex);
  if (!first) {
    const forRole = mentions.find(
      (mention) =>
        mention.index > skillIndex && FOR_ROLE.test(text.slice(Math.max(0, mention.index - 30), mention.index)),
    );
    return forRole ? [forRole.role] : [];
  }
  const group = [first];
  for (const next of rest) {
    const gap = text.slice(group[group.length - 1]?.end ?? next.index, next.index);
    if (!COORDINATION.test(gap)) break;
    group.push(next);
  }
  return unique(group.map((mention) => mention.role));
}

function sentenceAt(text: string, index: number): Sentence | undefined {
  return splitSentences(text).find(
    (candidate) => candidate.start <= index && index < candidate.start + candidate.text.length,
  );
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
