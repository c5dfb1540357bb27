/**
 * Markdown -> records: runs every extractor over every article and returns
 * the whole set with the problems found. Pure: the caller reads the files and
 * decides what to do with errors (the build fails, the report lists them).
 */
import type {
  Article,
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
import { createRoleMatcher, readArticleDocument, readArticleRoles, visibleText } from '@/lib/records/document';
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

/** Extracts and validates all records; `errors` is empty only when every record can be published. */
export function buildCareerRecords(input: RecordsInput): { records: CareerRecords; errors: string[] } {
  const matchRoles = createRoleMatcher(input.roles);
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
  const skillMentions: ReturnType<typeof extractSkillMentions> = [];
  const certificationMentions: ReturnType<typeof extractCertificationMentions> = [];

  for (const article of [...input.articles].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const doc = readArticleDocument(article.slug, article.title, article.body);
    texts.set(article.slug, visibleText(doc));
    const linked = readArticleRoles(doc, matchRoles);
    records.articleRoles.push(linked);
    const articleRole = titleRole(article.title, matchRoles);
    const { figures, unparsed } = extractSalaries(doc, matchRoles, articleRole);
    records.salaries.push(...figures);
    records.unparsed.push(...unparsed);
    // A skill listed without naming a role belongs to the role(s) the article
    // is about (its title); only an article whose title names none spreads it
    // over every role it discusses.
    const primary = [...new Set(matchRoles(article.title).map((mention) => mention.role))];
    const discussed = linked.roles.map((link) => link.role);
    skillMentions.push(
      ...extractSkillMentions(doc, input.skillCatalog, matchRoles, primary.length > 0 ? primary : discussed),
    );
    certificationMentions.push(...extractCertificationMentions(doc, input.certificationCatalog));
    records.guideFacts.push(...extractGuideFacts(doc, matchRoles, primary));
    records.hiringScenarios.push(...extractHiringScenarios(doc, matchRoles));
    records.comparisonRows.push(...extractComparisonRows(doc, matchRoles));
  }
  records.skills = buildSkills(input.skillCatalog, skillMentions);
  records.certifications = buildCertifications(input.certificationCatalog, certificationMentions);
  return { records, errors: validateRecords(records, texts) };
}
