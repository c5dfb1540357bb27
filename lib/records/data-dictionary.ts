/**
 * The data dictionary of the open data exports (`/data/*.json`, `/data/salaries.csv`):
 * what each file holds and what every field means, written for people who
 * analyse or report on the data rather than for the code. `/data` renders it,
 * and a unit test checks it against the zod schemas field by field, so a
 * field cannot be added, renamed or removed without the dictionary following.
 */
import type { UnparsedMoney } from '@/lib/content/schema';

/** JSON types as a reader sees them; enumerations are strings with `values`. */
type BaseType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array of strings' | 'array of objects';
export type FieldType = BaseType | `${BaseType} or null`;

/** One allowed value of an enumerated field and what it means. */
export interface FieldValue {
  value: string;
  meaning: string;
}

export interface FieldDefinition {
  /** Dotted path as in the JSON (`provenance.table.index`); `[]` stands for "each item of the array" (`roles[].role`). */
  name: string;
  /** The salaries CSV column holding this field; absent for objects, which the CSV spreads over their fields' columns. */
  csvColumn?: string;
  type: FieldType;
  /** Every value the field can take, for enumerations. */
  values?: readonly FieldValue[];
  description: string;
  /** A value as it appears in the JSON. */
  example: string;
}

export type DataExportId = 'salaries' | 'roles' | 'skills' | 'certifications';

export interface DataFile {
  /** The file name, as link text and in the CSV's Content-Disposition. */
  name: string;
  href: string;
  format: 'JSON' | 'CSV';
  /** The Content-Type the file is served with. */
  contentType: string;
}

export interface DataExport {
  /** Also the key of the records in `CareerRecords`. */
  id: DataExportId;
  title: string;
  /** One sentence: what one record is. */
  summary: string;
  files: readonly DataFile[];
  fields: readonly FieldDefinition[];
  /** What a reader must know about the files beyond single fields. */
  notes: readonly string[];
}

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

const jsonFile = (id: DataExportId): DataFile => ({
  name: `${id}.json`,
  href: `/data/${id}.json`,
  format: 'JSON',
  contentType: JSON_CONTENT_TYPE,
});

const ARTICLE_SLUGS =
  'Slugs of articles; each one is the page /articles/<slug>, which links to where the article was first published.';

/** Fields of `salaries.json` in JSON order; fields with a `csvColumn` are the CSV's columns, in the same order. */
export const salaryFields: readonly FieldDefinition[] = [
  {
    name: 'id',
    csvColumn: 'id',
    type: 'string',
    description:
      "Identifies the figure: the article's slug, a slash, and the figure's number within that article in reading order. It stays the same while the article is unchanged; if the article's text changes, the numbers can shift.",
    example: '"ai-engineer-roles-and-responsibilities/1"',
  },
  {
    name: 'role',
    type: 'object',
    description:
      'Whose pay the figure is: the role in our catalogue, the words the article used for it, and where those words were found.',
    example: '{ "slug": "ai-engineer", "asWritten": "AI Engineer", "from": "row" }',
  },
  {
    name: 'role.slug',
    csvColumn: 'role',
    type: 'string or null',
    description:
      'The role, as a slug from roles.json. null when nothing near the figure or in the article title says whose pay it is, or when the article quotes an occupation outside the catalogue for comparison (role.asWritten then names it, for example "software engineers").',
    example: '"ai-engineer"',
  },
  {
    name: 'role.asWritten',
    csvColumn: 'role_as_written',
    type: 'string or null',
    description:
      'The role exactly as the article wrote it where it was found. null when role.from is "article" (no words near the figure name a role) or when no role was found.',
    example: '"AI Engineer"',
  },
  {
    name: 'role.from',
    csvColumn: 'role_from',
    type: 'string or null',
    values: [
      { value: 'sentence', meaning: 'The sentence or list item that states the figure.' },
      { value: 'list', meaning: 'An enclosing list item, or the sentence that introduces the list.' },
      { value: 'row', meaning: 'The table row the figure is in (its label or another cell).' },
      { value: 'column', meaning: "The header of the figure's table column." },
      { value: 'caption', meaning: "The table's caption." },
      { value: 'heading', meaning: 'A heading above the figure.' },
      {
        value: 'article',
        meaning:
          "Nothing near the figure names a role, so the figure is attributed to the role the article's title names. The least direct attribution: read the context before relying on it.",
      },
    ],
    description:
      'Where the role was read from; the nearest place that names a role wins. null when no role was found (role.slug and role.asWritten are then null too).',
    example: '"row"',
  },
  {
    name: 'level',
    type: 'object',
    description: 'The career level the figure applies to.',
    example: '{ "level": "entry", "asWritten": "Entry Level / Junior (0-2 years)" }',
  },
  {
    name: 'level.level',
    csvColumn: 'level',
    type: 'string',
    values: [
      { value: 'entry', meaning: 'Entry level, junior, graduate or early career, or up to 2 years of experience.' },
      { value: 'mid', meaning: 'Mid-level or intermediate, or roughly 2 to 6 years of experience.' },
      { value: 'senior', meaning: 'Senior or experienced, or 5 or more years of experience.' },
      { value: 'lead', meaning: 'Lead, principal, staff, or 7 or more years of experience.' },
      { value: 'executive', meaning: 'Executive, director, head of, vice president or chief.' },
      { value: 'unspecified', meaning: 'The article states no level for the figure.' },
    ],
    description:
      'The level, mapped from the article\'s words. When a label names two levels ("Executive / Senior (5+ years)"), the years of experience it states decide; otherwise the first level named.',
    example: '"entry"',
  },
  {
    name: 'level.asWritten',
    csvColumn: 'level_as_written',
    type: 'string or null',
    description: 'The words the level was read from, as written. null when level.level is "unspecified".',
    example: '"Entry Level / Junior (0-2 years)"',
  },
  {
    name: 'location',
    csvColumn: 'location',
    type: 'string or null',
    description:
      'The place the figure applies to, as the article wrote it and not normalised: "U.S." and "United States" are different values. null when no place is named near the figure.',
    example: '"United States"',
  },
  {
    name: 'currency',
    csvColumn: 'currency',
    type: 'string',
    values: [
      { value: 'USD', meaning: 'US dollar.' },
      { value: 'EUR', meaning: 'Euro.' },
      { value: 'GBP', meaning: 'Pound sterling.' },
      { value: 'JPY', meaning: 'Japanese yen.' },
      { value: 'INR', meaning: 'Indian rupee.' },
      { value: 'CAD', meaning: 'Canadian dollar.' },
      { value: 'AUD', meaning: 'Australian dollar.' },
    ],
    description:
      'The currency the article states, as an ISO 4217 code. Amounts are never converted. A plain "$" is read as US dollars; Canadian and Australian dollars count only when written as such (CA$, C$, CAD, A$, AU$, AUD). A bare number takes the currency its table header states ("Salary (USD)"); money with no currency at all is left out.',
    example: '"USD"',
  },
  {
    name: 'min',
    csvColumn: 'min',
    type: 'number or null',
    description:
      'The lower amount, in whole units of the currency per period, with shorthand expanded ("$120K" is 120000). Equal to max when the article states a single amount. null when the article gives only a ceiling ("up to $210,595").',
    example: '120000',
  },
  {
    name: 'max',
    csvColumn: 'max',
    type: 'number or null',
    description:
      'The upper amount, in the same units. Equal to min for a single amount. null when the top is open ("$200,000+", "over $125K"); openEnded is then true. min and max are never both null, and min is never greater than max.',
    example: '150000',
  },
  {
    name: 'openEnded',
    csvColumn: 'open_ended',
    type: 'boolean',
    description:
      'true when the article marks the top as open: "$200,000+", "over $125K", or a range ending in a plus ("$220K–$270K+"), where max is the amount before the plus rather than a ceiling.',
    example: 'false',
  },
  {
    name: 'period',
    csvColumn: 'period',
    type: 'string',
    values: [
      { value: 'year', meaning: 'Per year; also used when the article states no period (see periodAssumed).' },
      { value: 'month', meaning: 'Per month.' },
      { value: 'hour', meaning: 'Per hour.' },
    ],
    description: 'The period min and max are per. Amounts are never converted between periods.',
    example: '"year"',
  },
  {
    name: 'periodAssumed',
    csvColumn: 'period_assumed',
    type: 'boolean',
    description:
      'true when the article states no period and the figure is taken as yearly pay. false when the figure, its sentence, list, table row, column or caption states the period.',
    example: 'false',
  },
  {
    name: 'kind',
    csvColumn: 'kind',
    type: 'string',
    values: [
      { value: 'base', meaning: 'Base salary, without bonus or equity.' },
      {
        value: 'total-compensation',
        meaning: 'Total compensation or a package: base pay plus bonus, equity or other pay.',
      },
      { value: 'average', meaning: 'An average (mean) the article reports.' },
      { value: 'median', meaning: 'A median the article reports.' },
      { value: 'range', meaning: 'A range the article gives without saying it is base, total, average or median.' },
      { value: 'unspecified', meaning: 'A single amount, floor or ceiling the article does not describe further.' },
      {
        value: 'bonus',
        meaning:
          'A bonus, signing bonus or additional cash pay, stated on its own: pay on top of a salary, never part of one.',
      },
      { value: 'equity', meaning: 'Equity or stock stated as an amount: pay on top of a salary, never part of one.' },
    ],
    description:
      'What the amount measures, as the words near the figure say. Base and total compensation take precedence over average and median when both are stated.',
    example: '"range"',
  },
  {
    name: 'percentile',
    csvColumn: 'percentile',
    type: 'integer or null',
    description:
      'The percentile the figure stands for, from 1 to 99: 25 for "25th percentile", 90 for "top 10%". null when no percentile is stated.',
    example: '25',
  },
  {
    name: 'approximate',
    csvColumn: 'approximate',
    type: 'boolean',
    description: 'true when the article hedges the amount ("around", "about", "roughly", "~").',
    example: 'false',
  },
  {
    name: 'credited',
    csvColumn: 'credited',
    type: 'string or null',
    description:
      "The data source the article credits for the figure (Glassdoor, Bureau of Labor Statistics, Levels.fyi, ...), as written. This is the article's attribution; the figure has not been checked against that source. null when no source is named near the figure.",
    example: '"Built In"',
  },
  {
    name: 'provenance',
    type: 'object',
    description: 'Where in which article the figure was read, so every record can be checked against its source.',
    example:
      '{ "article": "...", "section": "...", "sectionId": "...", "table": null, "context": "...", "quote": "..." }',
  },
  {
    name: 'provenance.article',
    csvColumn: 'article',
    type: 'string',
    description:
      "Slug of the article the figure comes from; the article's page is /articles/<slug>, which links to where it was first published.",
    example: '"ai-engineer-roles-and-responsibilities"',
  },
  {
    name: 'provenance.section',
    csvColumn: 'section',
    type: 'string or null',
    description: 'Text of the nearest heading above the figure. null when the figure comes before the first heading.',
    example: '"The Paycheck Reality: Salary Trends and Future-Proofing Your AI Career"',
  },
  {
    name: 'provenance.sectionId',
    csvColumn: 'section_id',
    type: 'string or null',
    description:
      "The id of that heading on the article page: /articles/<article>#<sectionId> opens the article at the figure's section. null when section is null.",
    example: '"the-paycheck-reality-salary-trends-and-future-proofing-your-ai-career"',
  },
  {
    name: 'provenance.table',
    type: 'object or null',
    description:
      'Set when the figure was read from a table. null for figures in running text or lists; in the CSV, table_index, table_row_label and table_column_header are then all empty.',
    example: '{ "index": 5, "rowLabel": "AI Engineer", "columnHeader": "Average Salary (USD)" }',
  },
  {
    name: 'provenance.table.index',
    csvColumn: 'table_index',
    type: 'integer',
    description:
      "Which of the article's tables, counting from 1 in reading order. Tables the article writes as plain lines rather than as a table count too.",
    example: '5',
  },
  {
    name: 'provenance.table.rowLabel',
    csvColumn: 'table_row_label',
    type: 'string or null',
    description: "The label of the figure's row (usually its first cell). null when the row has none.",
    example: '"AI Engineer"',
  },
  {
    name: 'provenance.table.columnHeader',
    csvColumn: 'table_column_header',
    type: 'string or null',
    description: "The header of the figure's column. null when the table has no header for it.",
    example: '"Average Salary (USD)"',
  },
  {
    name: 'provenance.context',
    csvColumn: 'context',
    type: 'string',
    description:
      'The sentence, list item or table cell the figure was read from, as readers see it on the article page. It may contain commas, quotes and line breaks.',
    example: '"Entry Level / Junior (0-2 years): $120,000-$150,000 per year"',
  },
  {
    name: 'provenance.quote',
    csvColumn: 'quote',
    type: 'string',
    description:
      'The figure exactly as the article writes it; it occurs word for word in context. Compare it with min, max, currency and period to check the reading.',
    example: '"$120,000-$150,000 per year"',
  },
];

/** The salaries CSV's header: the `csvColumn` of every salary field that has one, in order. */
export const salaryCsvColumns: readonly string[] = salaryFields.flatMap((field) =>
  field.csvColumn === undefined ? [] : [field.csvColumn],
);

/** Fields of `roles.json`. */
export const roleFields: readonly FieldDefinition[] = [
  { name: 'name', type: 'string', description: "The role's name.", example: '"AI Engineer"' },
  {
    name: 'slug',
    type: 'string',
    description:
      'Identifies the role. Salary figures (role.slug), skills (roles[].role) and certifications (roles) refer to roles by this slug.',
    example: '"ai-engineer"',
  },
  {
    name: 'tagline',
    type: 'string',
    description: 'A one-line description in our own words, at most 160 characters.',
    example: '"Builds, deploys and maintains production AI systems, ..."',
  },
  {
    name: 'aliases',
    type: 'array of strings',
    description:
      'Other names articles use for the role. Articles are matched against the name and these aliases, ignoring case, as whole words (plurals included).',
    example: '["Artificial Intelligence Engineer", "AI/ML Engineer"]',
  },
  {
    name: 'related',
    type: 'array of strings',
    description: 'Slugs of related roles in this file.',
    example: '["ml-engineer", "data-scientist"]',
  },
  {
    name: 'occupation',
    type: 'object',
    description:
      'The nearest official occupation, for comparing with labour statistics. Official classifications lag behind AI job titles, so this is an approximation; occupation.fit says how close.',
    example:
      '{ "system": "SOC 2018", "code": "15-1252", "title": "Software Developers", "fit": "loose", "caveat": "..." }',
  },
  {
    name: 'occupation.system',
    type: 'string',
    values: [
      { value: 'SOC 2018', meaning: 'The US Standard Occupational Classification, 2018 edition (codes like 15-1252).' },
      {
        value: 'O*NET-SOC 2019',
        meaning: 'The O*NET-SOC 2019 taxonomy, a finer breakdown of SOC (codes like 15-2051.01).',
      },
    ],
    description: 'The classification the code belongs to.',
    example: '"SOC 2018"',
  },
  {
    name: 'occupation.code',
    type: 'string',
    description: 'The occupation code in that classification.',
    example: '"15-1252"',
  },
  {
    name: 'occupation.title',
    type: 'string',
    description: "The occupation's official title in that classification.",
    example: '"Software Developers"',
  },
  {
    name: 'occupation.fit',
    type: 'string',
    values: [
      { value: 'close', meaning: 'The official occupation describes essentially the same work.' },
      { value: 'loose', meaning: 'The official occupation covers the work only in part; caveat says how.' },
    ],
    description: 'How well the official occupation matches the role.',
    example: '"loose"',
  },
  {
    name: 'occupation.caveat',
    type: 'string or null',
    description: 'Why the fit is loose, or what to bear in mind when comparing. null when there is nothing to add.',
    example: '"SOC has no AI engineer occupation; ..."',
  },
  {
    name: 'summary',
    type: 'string',
    description: 'A short description of the role in our own words, as Markdown.',
    example: '"An AI engineer carries an AI solution from business problem to production. ..."',
  },
];

/** Fields of `skills.json`. */
export const skillFields: readonly FieldDefinition[] = [
  { name: 'slug', type: 'string', description: 'Identifies the skill.', example: '"kubernetes"' },
  { name: 'name', type: 'string', description: "The skill's name.", example: '"Kubernetes"' },
  {
    name: 'aliases',
    type: 'array of strings',
    description: 'Other spellings matched in articles, ignoring case, as whole words.',
    example: '["K8s"]',
  },
  {
    name: 'category',
    type: 'string',
    values: [
      { value: 'programming', meaning: 'Programming languages and software engineering.' },
      { value: 'ml-frameworks', meaning: 'Machine learning frameworks and libraries.' },
      { value: 'mlops-cloud', meaning: 'Deploying and running models: MLOps tools, containers and cloud platforms.' },
      { value: 'data', meaning: 'Working with data: databases, data processing and analysis.' },
      { value: 'math-statistics', meaning: 'Mathematics and statistics.' },
      { value: 'soft-skills', meaning: 'Communication, collaboration and other non-technical abilities.' },
      { value: 'domain', meaning: 'Knowledge of an AI field or application area.' },
    ],
    description: 'The group the skill belongs to in our catalogue.',
    example: '"mlops-cloud"',
  },
  {
    name: 'type',
    type: 'string',
    values: [
      { value: 'skill', meaning: 'An ability or area of knowledge.' },
      { value: 'tool', meaning: 'A named technology: a tool, library or platform.' },
    ],
    description: 'Whether the entry is an ability or a named technology.',
    example: '"tool"',
  },
  {
    name: 'articles',
    type: 'array of strings',
    description: `The articles that list the skill, sorted. A skill counts where an article talks about skills (a list of requirements, a skills section), not where it is named in passing. ${ARTICLE_SLUGS}`,
    example: '["ai-engineer-roles-and-responsibilities"]',
  },
  {
    name: 'roles',
    type: 'array of objects',
    description:
      'The roles articles list the skill for, most articles first. The role is the one named nearest the listing (its sentence, list, table row or column, or heading); when none is, the listing counts for every role the article discusses. Listings with no role at all appear only in articles.',
    example: '[{ "role": "ai-engineer", "articles": ["ai-engineer-roles-and-responsibilities"] }]',
  },
  {
    name: 'roles[].role',
    type: 'string',
    description: 'The role, as a slug from roles.json.',
    example: '"ai-engineer"',
  },
  {
    name: 'roles[].articles',
    type: 'array of strings',
    description: `The articles that list the skill for this role, sorted; at least one. ${ARTICLE_SLUGS}`,
    example: '["ai-engineer-roles-and-responsibilities"]',
  },
];

/** Fields of `certifications.json`. */
export const certificationFields: readonly FieldDefinition[] = [
  {
    name: 'slug',
    type: 'string',
    description: 'Identifies the certification.',
    example: '"aws-certified-machine-learning-specialty"',
  },
  {
    name: 'name',
    type: 'string',
    description: "The certification's name.",
    example: '"AWS Certified Machine Learning – Specialty"',
  },
  {
    name: 'issuer',
    type: 'string or null',
    description: 'The organisation that awards it; null when the articles do not name one.',
    example: '"Amazon Web Services (AWS)"',
  },
  {
    name: 'aliases',
    type: 'array of strings',
    description: 'Other names matched in articles, ignoring case, as whole words.',
    example: '["AWS Certified Machine Learning", "MLS-C01"]',
  },
  {
    name: 'roles',
    type: 'array of strings',
    description:
      'Slugs of the roles (roles.json) the certification serves: our curated list, plus roles articles connect it with.',
    example: '["ml-engineer", "data-scientist"]',
  },
  {
    name: 'articles',
    type: 'array of strings',
    description: `The articles that name the certification. ${ARTICLE_SLUGS}`,
    example: '["top-10-ai-certifications-to-land-high-paying-jobs-in-2025"]',
  },
];

const JSON_NOTE =
  'JSON: UTF-8, an array with one object per record, pretty-printed. Missing values are null, never left out or guessed.';

/** Every export, in the order `/data` lists them. */
export const dataExports: readonly DataExport[] = [
  {
    id: 'salaries',
    title: 'Salary figures',
    summary:
      'One record per pay figure an article states, in the currency and period the article uses, with the place it was read from.',
    files: [
      jsonFile('salaries'),
      { name: 'salaries.csv', href: '/data/salaries.csv', format: 'CSV', contentType: CSV_CONTENT_TYPE },
    ],
    fields: salaryFields,
    notes: [
      JSON_NOTE,
      'CSV: UTF-8 without a byte-order mark, comma-separated, lines ending in CRLF, as RFC 4180 describes. The first row holds the column names below. Fields with commas, quotes or line breaks are in double quotes, with quotes doubled. An empty field is null; booleans are true and false; amounts are plain digits with a full stop for decimals and no thousands separators.',
      'Every text field is raw text from the article, unchanged. Some begin with characters such as "+" or "-" that spreadsheet programs may read as formulas: import the file as text (in most spreadsheets, a "from text/CSV" import with column types set to text) rather than opening it directly.',
    ],
  },
  {
    id: 'roles',
    title: 'Roles',
    summary: 'The roles the site covers: our catalogue, with names, aliases and the nearest official occupation.',
    files: [jsonFile('roles')],
    fields: roleFields,
    notes: [JSON_NOTE],
  },
  {
    id: 'skills',
    title: 'Skills',
    summary: 'Skills from our catalogue that at least one article lists, with the articles and roles that list them.',
    files: [jsonFile('skills')],
    fields: skillFields,
    notes: [JSON_NOTE],
  },
  {
    id: 'certifications',
    title: 'Certifications',
    summary:
      'Certifications from our catalogue, with their issuers, the roles they serve and the articles that name them.',
    files: [jsonFile('certifications')],
    fields: certificationFields,
    notes: [JSON_NOTE],
  },
];

/** How many money expressions were left out for one reason. */
export interface UnparsedReason {
  reason: string;
  count: number;
}

/**
 * The reasons money in the articles was not published as a salary figure,
 * most frequent first (ties by reason), for the limits section of `/data`.
 */
export function countUnparsedReasons(unparsed: readonly UnparsedMoney[]): UnparsedReason[] {
  const counts = new Map<string, number>();
  for (const item of unparsed) counts.set(item.reason, (counts.get(item.reason) ?? 0) + 1);
  return [...counts]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
}
