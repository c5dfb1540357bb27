/**
 * The sections a role guide shows, in order, for its table of contents. The
 * core sections always appear (and say when the sources do not cover them);
 * the others only when the articles give something to show.
 */
import type { RoleGuide } from '@/lib/guides/role/guide';
import type { TocEntry } from '@/lib/markdown/table-of-contents';

/** The guide's h2 sections as table-of-contents entries. Pure. */
export function guideOutline(guide: RoleGuide): TocEntry[] {
  const sections: [id: string, text: string, shown: boolean][] = [
    ['summary', 'Summary', true],
    ['key-facts', 'Key facts', true],
    ['pay', 'Pay', true],
    ['skills', 'Skills', true],
    ['tools', 'Tools', guide.tools.length > 0],
    ['certifications', 'Certifications', guide.certifications.length > 0],
    ['education', 'Education', true],
    ['responsibilities', 'Responsibilities', true],
    ['career-path', 'Career path', guide.careerPath.length > 0],
    ['interview-questions', 'Interview questions', guide.interviewQuestions.length > 0],
    ['faqs', 'Frequently asked questions', guide.faqs.length > 0],
    ['related', 'Related roles and comparisons', guide.related.length > 0],
    ['sources', 'Evidence and sources', true],
  ];
  return sections.filter(([, , shown]) => shown).map(([id, text]) => ({ id, text, depth: 2 }));
}

/** Optional sections the guide leaves out because no article covers them, by name. */
export function uncoveredSections(guide: RoleGuide): string[] {
  const shown = new Set(guideOutline(guide).map((entry) => entry.id));
  const optional: [string, string][] = [
    ['tools', 'tools'],
    ['certifications', 'certifications'],
    ['career-path', 'career path'],
    ['interview-questions', 'interview questions'],
    ['faqs', 'frequently asked questions'],
  ];
  return optional.filter(([id]) => !shown.has(id)).map(([, name]) => name);
}
