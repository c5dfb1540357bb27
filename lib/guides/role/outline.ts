/**
 * What a role guide cannot cover, by name, so the guide says so rather than
 * leaving the reader to wonder.
 */
import type { RoleGuide } from '@/lib/guides/role/guide';

/** The kinds of content no article gives for this role, in the order a guide shows them. Pure. */
export function uncoveredSections(guide: RoleGuide): string[] {
  const kinds: [string, boolean][] = [
    ['pay', guide.pay.figureCount > 0],
    ['skills', guide.skillGroups.length > 0 || guide.tools.length > 0],
    ['certifications', guide.certifications.length > 0],
    ['education', guide.education.length > 0],
    ['responsibilities', guide.responsibilities.length > 0],
    ['career path', guide.careerPath.length > 0],
    ['interview questions', guide.interviewQuestions.length > 0],
    ['frequently asked questions', guide.faqs.length > 0],
  ];
  return kinds.filter(([, covered]) => !covered).map(([name]) => name);
}
