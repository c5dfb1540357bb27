/**
 * The page inventory: which role, comparison and skill pages exist, and which
 * of them are offered to search engines. A page is offered (listed in the
 * sitemap, no `noindex`) only when it has something of its own to say; the
 * rest stay reachable for visitors who follow a link, marked `noindex`.
 * Deep role pages exist only where the role has the content for them.
 *
 * One module decides, from counts of the evidence each page would show, so
 * the sitemap, the pages' robots tags and their static params agree. The
 * thresholds were set against the rendered pages: every page offered has at
 * least 150 words of its own in `<main>` (the browser tests check this over
 * the whole sitemap).
 */

/** The content a page offered to search engines must have in `<main>`, in words a reader sees. */
export const MIN_INDEXED_WORDS = 150;

export const rolePageKinds = [
  'overview',
  'pay',
  'responsibilities',
  'skills',
  'career-path',
  'interview-questions',
] as const;
export type RolePageKind = (typeof rolePageKinds)[number];

/** What a role's pages would show, counted. */
export interface RoleEvidence {
  slug: string;
  /** Articles the guide draws on. */
  articles: number;
  /** Pay figures stated for the role. */
  figures: number;
  /** Skills and tools listed for the role. */
  skills: number;
  certifications: number;
  /** Education statements. */
  education: number;
  /** Merged items of each kind. */
  responsibilities: number;
  careerSteps: number;
  /** Merged interview questions and FAQs together. */
  questions: number;
}

/** How many items of each kind the overview shows before linking to the deep page. */
export const OVERVIEW_SHOWS = {
  responsibilities: 5,
  careerSteps: 5,
  skills: 8,
  tools: 6,
  certifications: 3,
  questions: 0,
} as const;

/** The evidence each page needs to be offered to search engines. */
export const INDEX_RULES = {
  /** An overview needs an article about the role and either pay, a real list of skills, or duties. */
  overview: (role: RoleEvidence) =>
    role.articles >= 1 && (role.figures >= 3 || role.skills >= 8 || role.responsibilities >= 3),
  pay: (role: RoleEvidence) => role.figures >= 4,
  questions: (role: RoleEvidence) => role.questions >= 5,
  /** A role's skills page lists more than its overview's handful. */
  skills: (role: RoleEvidence) => role.skills >= 18,
  /**
   * A skill page has its own say (roles, articles, skills listed with it)
   * only for skills many articles list; the rest live in /skills and on
   * their roles' pages.
   */
  skill: (skill: SkillEvidence) => skill.articles >= 6,
} as const;

export interface PageEntry {
  path: string;
  /** Offered to search engines: in the sitemap, without `noindex`. */
  index: boolean;
}

/**
 * The pages a role has: the overview always; a deep page only where the role
 * has content the overview cannot show in full. Pure.
 */
export function rolePages(role: RoleEvidence): Map<RolePageKind, PageEntry> {
  const base = `/roles/${role.slug}`;
  const pages = new Map<RolePageKind, PageEntry>([['overview', { path: base, index: INDEX_RULES.overview(role) }]]);
  if (role.figures > 0) pages.set('pay', { path: `${base}/pay`, index: INDEX_RULES.pay(role) });
  if (role.responsibilities > OVERVIEW_SHOWS.responsibilities) {
    pages.set('responsibilities', { path: `${base}/responsibilities`, index: true });
  }
  if (role.careerSteps > OVERVIEW_SHOWS.careerSteps)
    pages.set('career-path', { path: `${base}/career-path`, index: true });
  if (
    role.skills > OVERVIEW_SHOWS.skills ||
    role.certifications > OVERVIEW_SHOWS.certifications ||
    role.education > 0
  ) {
    pages.set('skills', { path: `${base}/skills`, index: INDEX_RULES.skills(role) });
  }
  if (role.questions > 0) {
    pages.set('interview-questions', { path: `${base}/interview-questions`, index: INDEX_RULES.questions(role) });
  }
  return pages;
}

export interface PairEvidence {
  slug: string;
  a: string;
  b: string;
  /** Some article compares the two directly (side-by-side rows or hiring scenarios). */
  compared: boolean;
}

/**
 * A comparison is offered when an article compares the pair, or when both
 * roles have overviews of their own worth offering (real records on both
 * sides). Pure.
 */
export function isComparisonIndexed(pair: PairEvidence, indexedOverviews: ReadonlySet<string>): boolean {
  return pair.compared || (indexedOverviews.has(pair.a) && indexedOverviews.has(pair.b));
}

export interface SkillEvidence {
  slug: string;
  /** Articles that list the skill. */
  articles: number;
}
