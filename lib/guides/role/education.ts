/**
 * What the articles say about education, counted: which degrees and which
 * fields of study they name for a role, and how many articles name each.
 * Counting articles (not sentences) keeps one long article from outvoting
 * the others.
 */
import type { GuideFact } from '@/lib/content/schema';

export interface Named {
  label: string;
  /** Distinct articles whose education statements name it. */
  articles: string[];
}

export interface EducationSummary {
  /** Articles that state anything about education for the role. */
  articles: string[];
  /** Degrees named, most articles first (ties in the order bachelor's, master's, doctorate). */
  degrees: Named[];
  /** Fields of study named, most articles first. */
  fields: Named[];
}

const DEGREES: [label: string, pattern: RegExp][] = [
  ["Bachelor's degree", /\bbachelor/i],
  ["Master's degree", /\bmaster['’]?s\b|\bmaster of\b|\bpostgraduate\b/i],
  ['Doctorate (PhD)', /\bph\.?\s?d\b|\bdoctoral\b|\bdoctorate\b/i],
];

const FIELDS: [label: string, pattern: RegExp][] = [
  ['Computer science', /\bcomputer science\b/i],
  ['Data science', /\bdata science\b/i],
  // "AI" as a field, not as part of a role's name ("AI Engineer positions").
  ['Artificial intelligence', /\bartificial intelligence\b|\bAI\b(?![- ]?(?:[Ee]ngineer|[Tt]rainer|[Aa]rchitect))/],
  ['Machine learning', /\bmachine learning\b/i],
  ['Mathematics', /\bmath(?:ematics|s)?\b/i],
  ['Statistics', /\bstatistics\b/i],
  ['Software engineering', /\bsoftware eng(?:ineering|\.)/i],
  ['Engineering', /(?<!\b(?:AI|software) )\bengineering\b/i],
  ['Data analytics', /\bdata analytics\b/i],
  ['Economics', /\beconomics\b/i],
  ['Robotics', /\brobotics\b/i],
];

/** Fields count only in statements about degrees, not in "pathways into AI engineering". */
const ABOUT_DEGREES = /\bdegrees?\b|\bbachelor|\bmaster|\bph\.?\s?d\b|\bfields?\b|\bbackground/i;

function text(fact: GuideFact): string {
  return `${fact.text} ${fact.detail ?? ''}`;
}

function count(facts: readonly GuideFact[], vocabulary: [string, RegExp][]): Named[] {
  return vocabulary
    .map(([label, pattern]) => ({
      label,
      articles: [...new Set(facts.filter((fact) => pattern.test(text(fact))).map((fact) => fact.article))],
    }))
    .filter((named) => named.articles.length > 0)
    .sort((a, b) => b.articles.length - a.articles.length);
}

/** Counts the degrees and fields named in a role's education facts. Pure. */
export function summarizeEducation(facts: readonly GuideFact[]): EducationSummary {
  const education = facts.filter((fact) => fact.kind === 'education');
  return {
    articles: [...new Set(education.map((fact) => fact.article))],
    degrees: count(education, DEGREES),
    fields: count(
      education.filter((fact) => ABOUT_DEGREES.test(text(fact))),
      FIELDS,
    ),
  };
}
