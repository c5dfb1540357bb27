/**
 * Markdown -> records: runs every extractor over every article and returns
 * the whole set with the problems found. Pure: the caller reads the files and
 * decides what to do with errors (the build fails, the report lists them).
 */
import type {
  Article,
  ArticleRecords,
  ArticleRoles,
  Certification,
  CertificationCatalogEntry,
  ComparisonRow,
  GuideFact,
  HiringScenario,
  Role,
  SalaryFigure,
  Skill,
  SkillCatalogEntry,
  UnparsedMoney,
} from '@/lib/content/schema';
import {
  createRoleMatcher,
  readArticleDocument,
  readArticleRoles,
  visibleText,
  type RoleMatcher,
} from '@/lib/records/document';
import { extractGuideFacts } from '@/lib/records/guide-facts';
import { extractSalaries, titleRole } from '@/lib/records/salaries';
import {
  buildCertifications,
  buildSkills,
  extractCertificationMentions,
  extractSkillMentions,
} from '@/lib/records/skills';
import { extractComparisonRows, extractHiringScenarios } from '@/lib/records/tables';
import { validateRecords } from '@/lib/records/validation';

export interface CareerRecords {
  roles: Role[];
  articleRoles: ArticleRoles[];
  salaries: SalaryFigure[];
  unparsed: UnparsedMoney[];
  skills: Skill[];
  certifications: Certification[];
  guideFacts: GuideFact[];
  hiringScenarios: HiringScenario[];
  comparisonRows: ComparisonRow[];
}

export interface RecordsInput {
  articles: Article[];
  roles: Role[];
  skillCatalog: SkillCatalogEntry[];
  certificationCatalog: CertificationCatalogEntry[];
}

/** Where each article's records are kept between builds (see `lib/records/cache`). */
export interface ArticleRecordsCache {
  /** Whether the cache holds this article's records, without reading them. */
  has(article: Article): boolean;
  get(article: Article): ArticleRecords | undefined;
  set(article: Article, records: ArticleRecords): void;
}

type Extractors = Pick<RecordsInput, 'skillCatalog' | 'certificationCatalog'> & { matchRoles: RoleMatcher };

/** Every record one article yields, before the records of all articles are put together. Pure. */
export function extractArticleRecords(
  article: Article,
  { matchRoles, skillCatalog, certificationCatalog }: Extractors,
): ArticleRecords {
  const doc = readArticleDocument(article.slug, article.title, article.body);
  const roles = readArticleRoles(doc, matchRoles);
  const { figures, unparsed } = extractSalaries(doc, matchRoles, titleRole(article.title, matchRoles));
  // A skill listed without naming a role belongs to the role(s) the article
  // is about (its title); only an article whose title names none spreads it
  // over every role it discusses.
  const primary = [...new Set(matchRoles(article.title).map((mention) => mention.role))];
  const discussed = roles.roles.map((link) => link.role);
  return {
    article: article.slug,
    text: visibleText(doc),
    roles,
    salaries: figures,
    unparsed,
    skillMentions: extractSkillMentions(doc, skillCatalog, matchRoles, primary.length > 0 ? primary : discussed),
    certificationMentions: extractCertificationMentions(doc, certificationCatalog),
    guideFacts: extractGuideFacts(doc, matchRoles, primary),
    hiringScenarios: extractHiringScenarios(doc, matchRoles),
    comparisonRows: extractComparisonRows(doc, matchRoles),
  };
}

/**
 * Extracts into `cache` the records of `articles` it does not hold yet, in
 * the order given, for as long as `keepGoing()`: help for a process running
 * `buildCareerRecords` on the same cache, which goes first slug first and
 * reads what is cached, so the helper is given them last slug first
 * (`lastSlugFirst`). Returns the slugs it extracted. An article that fails to
 * extract ends the help: the builder extracts it and reports the failure.
 */
export function extractIntoCache(
  articles: Iterable<Article>,
  catalogues: Omit<RecordsInput, 'articles'>,
  cache: ArticleRecordsCache,
  keepGoing: () => boolean,
): string[] {
  const extractors: Extractors = { ...catalogues, matchRoles: createRoleMatcher(catalogues.roles) };
  const extracted: string[] = [];
  for (const article of articles) {
    if (!keepGoing()) break;
    if (cache.has(article)) continue;
    let part: ArticleRecords;
    try {
      part = extractArticleRecords(article, extractors);
    } catch {
      break;
    }
    cache.set(article, part);
    extracted.push(article.slug);
  }
  return extracted;
}

/** `articles` in the opposite order to the one `buildCareerRecords` extracts them in. */
export const lastSlugFirst = (articles: readonly Article[]): Article[] =>
  [...articles].sort((a, b) => b.slug.localeCompare(a.slug));

/**
 * Extracts and validates all records; `errors` is empty only when every
 * record can be published. With a `cache`, an article whose records are
 * cached is not read again.
 */
export function buildCareerRecords(
  input: RecordsInput,
  cache?: ArticleRecordsCache,
): { records: CareerRecords; errors: string[] } {
  const extractors: Extractors = { ...input, matchRoles: createRoleMatcher(input.roles) };
  const records: CareerRecords = {
    roles: [...input.roles].sort((a, b) => a.name.localeCompare(b.name)),
    articleRoles: [],
    salaries: [],
    unparsed: [],
    skills: [],
    certifications: [],
    guideFacts: [],
    hiringScenarios: [],
    comparisonRows: [],
  };
  const texts = new Map<string, string>();
  const skillMentions: ArticleRecords['skillMentions'] = [];
  const certificationMentions: ArticleRecords['certificationMentions'] = [];

  for (const article of [...input.articles].sort((a, b) => a.slug.localeCompare(b.slug))) {
    let part = cache?.get(article);
    if (!part) {
      part = extractArticleRecords(article, extractors);
      cache?.set(article, part);
    }
    texts.set(article.slug, part.text);
    records.articleRoles.push(part.roles);
    records.salaries.push(...part.salaries);
    records.unparsed.push(...part.unparsed);
    skillMentions.push(...part.skillMentions);
    certificationMentions.push(...part.certificationMentions);
    records.guideFacts.push(...part.guideFacts);
    records.hiringScenarios.push(...part.hiringScenarios);
    records.comparisonRows.push(...part.comparisonRows);
  }
  records.skills = buildSkills(input.skillCatalog, skillMentions);
  records.certifications = buildCertifications(input.certificationCatalog, certificationMentions);
  return { records, errors: validateRecords(records, texts) };
}
