/**
 * Checks a set of records before anything is published: every record against
 * its schema, every quote against the article text, and every reference to a
 * role or article against the catalogue. Problems are listed, never thrown,
 * as `file: field: message` with the place in the article and the raw text.
 */
import { comparisonRowSchema, hiringScenarioSchema, salaryFigureSchema, type Role } from '@/lib/content/schema';
import type { CareerRecords } from '@/lib/records/build-records';
import { foldWhiteSpace } from '@/lib/records/document/text-memo';

const articleFile = (slug: string): string => `content/articles/${slug}.md`;

/**
 * Every problem with `records`, given the visible text of each article
 * (`texts`, by slug). An empty list means the records can be published.
 */
export function validateRecords(records: CareerRecords, texts: ReadonlyMap<string, string>): string[] {
  const errors: string[] = [];
  const roles = new Set(records.roles.map((role) => role.slug));
  // Quotes are compared as readers see them, runs of white space as one space;
  // each article's text is folded once, not once per quote checked against it.
  const folded = new Map<string, string>();
  const articleText = (slug: string): string | undefined => {
    const text = texts.get(slug);
    if (text === undefined) return undefined;
    let cached = folded.get(slug);
    if (cached === undefined) folded.set(slug, (cached = foldWhiteSpace(text)));
    return cached;
  };
  const requireRole = (file: string, field: string, slug: string | null): void => {
    if (slug !== null && !roles.has(slug)) errors.push(`${file}: ${field}: unknown role "${slug}"`);
  };
  const requireArticle = (file: string, field: string, slug: string): void => {
    if (!texts.has(slug)) errors.push(`${file}: ${field}: unknown article "${slug}"`);
  };

  errors.push(...checkRoles(records.roles, roles));

  for (const figure of records.salaries) {
    const file = articleFile(figure.provenance.article);
    const place = describePlace(figure.provenance);
    const result = salaryFigureSchema.safeParse(figure);
    if (!result.success) {
      for (const issue of result.error.issues) {
        errors.push(
          `${file}: salaries[${figure.id}].${issue.path.join('.')}: ${issue.message} (${place}: "${figure.provenance.quote}")`,
        );
      }
    }
    requireArticle(file, `salaries[${figure.id}].provenance.article`, figure.provenance.article);
    requireRole(file, `salaries[${figure.id}].role.slug`, figure.role.slug);
    const text = articleText(figure.provenance.article);
    if (text !== undefined && !text.includes(foldWhiteSpace(figure.provenance.context))) {
      errors.push(
        `${file}: salaries[${figure.id}].provenance.context: not found in the article (${place}: "${figure.provenance.quote}")`,
      );
    }
  }

  for (const skill of records.skills) {
    for (const { role, articles } of skill.roles) {
      requireRole('content/catalog/skills.yaml', `${skill.slug}.roles`, role);
      for (const article of articles)
        requireArticle('content/catalog/skills.yaml', `${skill.slug}.roles.${role}`, article);
    }
    for (const article of skill.articles)
      requireArticle('content/catalog/skills.yaml', `${skill.slug}.articles`, article);
  }
  for (const certification of records.certifications) {
    for (const role of certification.roles)
      requireRole('content/catalog/certifications.yaml', `${certification.slug}.roles`, role);
    for (const article of certification.articles) {
      requireArticle('content/catalog/certifications.yaml', `${certification.slug}.articles`, article);
    }
  }
  for (const fact of records.guideFacts)
    requireRole(articleFile(fact.article), `guideFacts.${fact.kind}.role`, fact.role);
  for (const link of records.articleRoles) {
    for (const { role } of link.roles) requireRole(articleFile(link.article), 'roles', role);
  }

  // Table records quote cells; every quoted cell must be on the article page.
  const requireText = (article: string, field: string, quoted: string | null): void => {
    const text = articleText(article);
    if (quoted !== null && text !== undefined && !text.includes(foldWhiteSpace(quoted))) {
      errors.push(`${articleFile(article)}: ${field}: not found in the article ("${quoted}")`);
    }
  };
  records.hiringScenarios.forEach((scenario, i) => {
    const file = articleFile(scenario.article);
    const field = `hiringScenarios[${i}]`;
    const result = hiringScenarioSchema.safeParse(scenario);
    if (!result.success) {
      for (const issue of result.error.issues)
        errors.push(`${file}: ${field}.${issue.path.join('.')}: ${issue.message}`);
    }
    requireArticle(file, `${field}.article`, scenario.article);
    requireRole(file, `${field}.role`, scenario.role);
    for (const role of scenario.alsoRoles) requireRole(file, `${field}.alsoRoles`, role);
    requireText(scenario.article, `${field}.need`, scenario.need);
    requireText(scenario.article, `${field}.reason`, scenario.reason);
  });
  records.comparisonRows.forEach((row, i) => {
    const file = articleFile(row.article);
    const field = `comparisonRows[${i}]`;
    const result = comparisonRowSchema.safeParse(row);
    if (!result.success) {
      for (const issue of result.error.issues)
        errors.push(`${file}: ${field}.${issue.path.join('.')}: ${issue.message}`);
    }
    requireArticle(file, `${field}.article`, row.article);
    requireText(row.article, `${field}.criterion`, row.criterion);
    for (const value of row.values) {
      requireRole(file, `${field}.values.role`, value.role);
      requireText(row.article, `${field}.values.text`, value.text);
    }
  });
  return errors;
}

function checkRoles(list: Role[], known: ReadonlySet<string>): string[] {
  const errors: string[] = [];
  const owners = new Map<string, string>();
  for (const role of list) {
    const file = `content/roles/${role.slug}.md`;
    for (const related of role.related) {
      if (!known.has(related)) errors.push(`${file}: related: unknown role "${related}"`);
      if (related === role.slug) errors.push(`${file}: related: a role cannot be related to itself`);
    }
    for (const alias of [role.name, ...role.aliases]) {
      const key = alias.toLowerCase();
      const owner = owners.get(key);
      if (owner && owner !== role.slug) errors.push(`${file}: aliases: "${alias}" is also a name of ${owner}`);
      owners.set(key, role.slug);
    }
  }
  return errors;
}

function describePlace(provenance: CareerRecords['salaries'][number]['provenance']): string {
  const section = provenance.section ? `section "${provenance.section}"` : 'before the first heading';
  const table = provenance.table;
  if (!table) return section;
  return `${section}, table ${table.index}, row "${table.rowLabel ?? ''}", column "${table.columnHeader ?? ''}"`;
}
