/**
 * The single source of truth for content types. Every other module takes its
 * types from here (`z.infer`), and every piece of external data (front matter,
 * feed fields) is parsed with these schemas rather than cast.
 */
import { z } from 'zod';
import { additionalPayKinds, isSalaryKind, payKinds } from './pay-kinds';

/** File-name-safe slug: lowercase ASCII, digits and hyphens, at most 80 characters. */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;

export const slugSchema = z.string().regex(SLUG_PATTERN, 'must match ^[a-z0-9][a-z0-9-]{0,79}$');

/** The formats ingest understands, detected from content rather than the file name. */
export const sourceFormats = ['rss-2.0', 'atom-1.0', 'rss-1.0', 'text', 'page-text'] as const;
export const sourceFormatSchema = z.enum(sourceFormats);
export type SourceFormat = z.infer<typeof sourceFormatSchema>;

/** Only absolute http(s) URLs may leave a feed and reach a page. */
export const httpUrlSchema = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//i.test(value), 'must be an http(s) URL');

/** One source file (or URL) an article was read from. */
export const articleSourceSchema = z.strictObject({
  file: z.string().min(1),
  format: sourceFormatSchema,
  /** The feed's own address (RSS atom:link rel=self, Atom link rel=self) when it states one. */
  feedUrl: httpUrlSchema.nullable(),
});
export type ArticleSource = z.infer<typeof articleSourceSchema>;

/**
 * Front matter of `content/articles/<slug>.md`. Dates are ISO 8601 UTC
 * (`2025-07-07T08:00:09Z`); a source that states no date gets `null`, never a guess.
 */
export const articleFrontMatterSchema = z.strictObject({
  title: z.string().trim().min(1),
  slug: slugSchema,
  sourceUrl: httpUrlSchema.nullable(),
  guid: z.string().min(1).nullable(),
  author: z.string().min(1).nullable(),
  publishedAt: z.iso.datetime({ offset: false }).nullable(),
  categories: z.array(z.string().min(1)),
  sources: z.array(articleSourceSchema).min(1),
  /** `sha256-<hex>` of the Markdown body, so readers can tell when an article changed. */
  contentHash: z.string().regex(/^sha256-[0-9a-f]{64}$/),
});
export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;

/** An article as the site uses it: validated front matter plus its Markdown body. */
export const articleSchema = articleFrontMatterSchema.extend({
  body: z.string().min(1),
});
export type Article = z.infer<typeof articleSchema>;

/**
 * Turns a zod error into one `file: field: message` line per problem, so a
 * build or ingest failure lists everything that is wrong at once.
 */
export function formatIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    return `${file}: ${field}: ${issue.message}`;
  });
}

// ---------------------------------------------------------------------------
// Career records: curated catalogues (roles, skills, certifications) and the
// records extracted from articles (salary figures, guide facts). Extracted
// records carry provenance so every number on the site traces to its source.
//
// Every field of a published record carries its meaning and an example as zod
// metadata (`.meta({ description, examples })`), and every enumeration what
// each of its values means (`values`). The open data's JSON Schemas, Table
// Schemas and the dictionary on /data are all derived from this metadata, so
// a field is documented here or nowhere.
// ---------------------------------------------------------------------------

declare module 'zod' {
  interface GlobalMeta {
    /** What each value of an enumeration means, for the JSON Schema and the data dictionary. */
    values?: Readonly<Record<string, string>>;
    /** Values as they appear in the published JSON; typed as the schema's output, so an example cannot drift from its field. */
    examples?: z.$output[];
  }
}

/**
 * An enumeration whose values each say what they mean. The meanings travel
 * with the schema into the JSON Schema and the data dictionary, and a value
 * added without a meaning fails the type check.
 */
function describedEnum<const Values extends readonly [string, ...string[]]>(
  values: Values,
  meanings: { readonly [Value in Values[number]]: string },
) {
  return z.enum(values).meta({ values: meanings });
}

/** A non-empty string with no leading or trailing space. */
const textSchema = z.string().trim().min(1);

const ARTICLE_SLUGS =
  'Slugs of articles; each one is the page /articles/<slug>, which links to where the article was first published.';

/** The nearest official occupation for a role; `caveat` says why the fit is loose when it is. */
export const occupationCodeSchema = z
  .strictObject({
    system: describedEnum(['SOC 2018', 'O*NET-SOC 2019'], {
      'SOC 2018': 'The US Standard Occupational Classification, 2018 edition (codes like 15-1252).',
      'O*NET-SOC 2019': 'The O*NET-SOC 2019 taxonomy, a finer breakdown of SOC (codes like 15-2051.01).',
    }).meta({ description: 'The classification the code belongs to.', examples: ['SOC 2018'] }),
    code: z
      .string()
      .regex(/^\d{2}-\d{4}(\.\d{2})?$/, 'must look like 15-2051 or 15-2051.00')
      .meta({ description: 'The occupation code in that classification.', examples: ['15-1252'] }),
    title: textSchema.meta({
      description: "The occupation's official title in that classification.",
      examples: ['Software Developers'],
    }),
    fit: describedEnum(['close', 'loose'], {
      close: 'The official occupation describes essentially the same work.',
      loose: 'The official occupation covers the work only in part; caveat says how.',
    }).meta({ description: 'How well the official occupation matches the role.', examples: ['loose'] }),
    caveat: textSchema.nullable().meta({
      description: 'Why the fit is loose, or what to bear in mind when comparing. null when there is nothing to add.',
      examples: ['SOC has no AI engineer occupation; software developers is the nearest.'],
    }),
  })
  .meta({
    description:
      'The nearest official occupation, for comparing with labour statistics. Official classifications lag behind AI job titles, so this is an approximation; occupation.fit says how close.',
  });
export type OccupationCode = z.infer<typeof occupationCodeSchema>;

/** Front matter of `content/roles/<slug>.md`; the body is a short summary in our own words. */
export const roleFrontMatterSchema = z.strictObject({
  name: textSchema.meta({ description: "The role's name.", examples: ['AI Engineer'] }),
  slug: slugSchema.meta({
    description:
      'Identifies the role. Salary figures (role.slug), guide facts, hiring scenarios and comparison rows (role), skills (roles[].role) and certifications (roles) refer to roles by this slug.',
    examples: ['ai-engineer'],
  }),
  // Also the one-line description on cards and in meta descriptions, hence the length limit.
  tagline: textSchema.max(160).meta({
    description: 'A one-line description in our own words, at most 160 characters.',
    examples: ['Builds, deploys and maintains production AI systems.'],
  }),
  aliases: z.array(textSchema).meta({
    description:
      'Other names articles use for the role. Articles are matched against the name and these aliases, ignoring case, as whole words (plurals included).',
    examples: [['Artificial Intelligence Engineer', 'AI/ML Engineer']],
  }),
  related: z.array(slugSchema).meta({
    description: 'Slugs of related roles in this file.',
    examples: [['ml-engineer', 'data-scientist']],
  }),
  occupation: occupationCodeSchema,
});
export type RoleFrontMatter = z.infer<typeof roleFrontMatterSchema>;

export const roleSchema = roleFrontMatterSchema.extend({
  summary: textSchema.meta({
    description: 'A short description of the role in our own words, as Markdown.',
    examples: ['An AI engineer carries an AI solution from business problem to production.'],
  }),
});
export type Role = z.infer<typeof roleSchema>;

export const skillCategories = [
  'programming',
  'ml-frameworks',
  'mlops-cloud',
  'data',
  'math-statistics',
  'soft-skills',
  'domain',
] as const;
export const skillCategorySchema = describedEnum(skillCategories, {
  programming: 'Programming languages and software engineering.',
  'ml-frameworks': 'Machine learning frameworks and libraries.',
  'mlops-cloud': 'Deploying and running models: MLOps tools, containers and cloud platforms.',
  data: 'Working with data: databases, data processing and analysis.',
  'math-statistics': 'Mathematics and statistics.',
  'soft-skills': 'Communication, collaboration and other non-technical abilities.',
  domain: 'Knowledge of an AI field or application area.',
});
export type SkillCategory = z.infer<typeof skillCategorySchema>;

/** One entry of the curated skill catalogue (`content/catalog/skills.yaml`). */
export const skillCatalogEntrySchema = z.strictObject({
  slug: slugSchema.meta({ description: 'Identifies the skill.', examples: ['kubernetes'] }),
  name: textSchema.meta({ description: "The skill's name.", examples: ['Kubernetes'] }),
  aliases: z.array(textSchema).meta({
    description: 'Other spellings matched in articles, ignoring case, as whole words.',
    examples: [['K8s']],
  }),
  category: skillCategorySchema.meta({
    description: 'The group the skill belongs to in our catalogue.',
    examples: ['mlops-cloud'],
  }),
  type: describedEnum(['skill', 'tool'], {
    skill: 'An ability or area of knowledge.',
    tool: 'A named technology: a tool, library or platform.',
  }).meta({ description: 'Whether the entry is an ability or a named technology.', examples: ['tool'] }),
});
export type SkillCatalogEntry = z.infer<typeof skillCatalogEntrySchema>;

/** One entry of the curated certification catalogue (`content/catalog/certifications.yaml`). */
export const certificationCatalogEntrySchema = z.strictObject({
  slug: slugSchema.meta({
    description: 'Identifies the certification.',
    examples: ['aws-certified-machine-learning-specialty'],
  }),
  name: textSchema.meta({
    description: "The certification's name.",
    examples: ['AWS Certified Machine Learning – Specialty'],
  }),
  issuer: textSchema.nullable().meta({
    description: 'The organisation that awards it; null when the articles do not name one.',
    examples: ['Amazon Web Services (AWS)'],
  }),
  aliases: z.array(textSchema).meta({
    description: 'Other names matched in articles, ignoring case, as whole words.',
    examples: [['AWS Certified Machine Learning', 'MLS-C01']],
  }),
  // Curated here; the records add the roles articles connect the certification with.
  roles: z.array(slugSchema).meta({
    description:
      'Slugs of the roles (roles.json) the certification serves: our curated list, plus roles articles connect it with.',
    examples: [['ml-engineer', 'data-scientist']],
  }),
});
export type CertificationCatalogEntry = z.infer<typeof certificationCatalogEntrySchema>;

/** Where in an article something was found: the section (its heading and the id the page gives it). */
export const articleLocationSchema = z.strictObject({
  article: slugSchema.meta({
    description:
      "Slug of the article the record was read from; the article's page is /articles/<slug>, which links to where it was first published.",
    examples: ['ai-engineer-roles-and-responsibilities'],
  }),
  section: textSchema.nullable().meta({
    description: 'Text of the nearest heading above the record. null when the record comes before the first heading.',
    examples: ['AI Engineer Daily Workflow'],
  }),
  sectionId: textSchema.nullable().meta({
    description:
      "The id of that heading on the article page: /articles/<article>#<sectionId> opens the article at the record's section. null when section is null.",
    examples: ['ai-engineer-daily-workflow'],
  }),
});
export type ArticleLocation = z.infer<typeof articleLocationSchema>;

export const currencyCodes = [
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'INR',
  'CAD',
  'AUD',
  'SGD',
  'CHF',
  'AED',
  'NZD',
  'HKD',
  'CNY',
] as const;
export const currencyCodeSchema = describedEnum(currencyCodes, {
  USD: 'US dollar.',
  EUR: 'Euro.',
  GBP: 'Pound sterling.',
  JPY: 'Japanese yen.',
  INR: 'Indian rupee.',
  CAD: 'Canadian dollar.',
  AUD: 'Australian dollar.',
  SGD: 'Singapore dollar.',
  CHF: 'Swiss franc.',
  AED: 'UAE dirham.',
  NZD: 'New Zealand dollar.',
  HKD: 'Hong Kong dollar.',
  CNY: 'Chinese yuan (renminbi).',
});
export type CurrencyCode = z.infer<typeof currencyCodeSchema>;

export const payPeriods = ['year', 'month', 'hour'] as const;
export const payPeriodSchema = describedEnum(payPeriods, {
  year: 'Per year; also used when the article states no period (see periodAssumed).',
  month: 'Per month.',
  hour: 'Per hour.',
});
export type PayPeriod = z.infer<typeof payPeriodSchema>;

export const careerLevels = ['entry', 'mid', 'senior', 'lead', 'executive', 'unspecified'] as const;
export const careerLevelSchema = describedEnum(careerLevels, {
  entry: 'Entry level, junior, graduate or early career, or up to 2 years of experience.',
  mid: 'Mid-level or intermediate, or roughly 2 to 6 years of experience.',
  senior: 'Senior or experienced, or 5 or more years of experience.',
  lead: 'Lead, principal, staff, or 7 or more years of experience.',
  executive: 'Executive, director, head of, vice president or chief.',
  unspecified: 'The article states no level for the figure.',
});
export type CareerLevel = z.infer<typeof careerLevelSchema>;

export { additionalPayKinds, isSalaryKind, payKinds };
export const payKindSchema = describedEnum(payKinds, {
  base: 'Base salary, without bonus or equity.',
  'total-compensation': 'Total compensation or a package: base pay plus bonus, equity or other pay.',
  average: 'An average (mean) the article reports.',
  median: 'A median the article reports.',
  range: 'A range the article gives without saying it is base, total, average or median.',
  unspecified: 'A single amount, floor or ceiling the article does not describe further.',
  bonus:
    'Additional pay on top of a salary: a bonus, signing bonus or additional cash compensation. Never added to a salary, and left out of salary charts and summaries.',
  equity:
    'Equity or stock stated as an amount (stock grants, sign-on equity). Never added to a salary, and left out of salary charts and summaries.',
});
export type PayKind = z.infer<typeof payKindSchema>;

/** Where the role, level or location of a figure was read from. */
export const figureContextOriginSchema = describedEnum(
  ['sentence', 'list', 'row', 'column', 'caption', 'heading', 'article'],
  {
    sentence: 'The sentence or list item that states the figure.',
    list: 'An enclosing list item, or the sentence that introduces the list.',
    row: 'The table row the figure is in (its label or another cell).',
    column: "The header of the figure's table column.",
    caption: "The table's caption.",
    heading: 'A heading above the figure.',
    article:
      "Nothing near the figure names a role, so the figure is attributed to the role the article's title names. The least direct attribution: read the context before relying on it.",
  },
);

/** Sane bounds per period: anything outside is a misread, never a salary. */
export const PAY_BOUNDS: Record<PayPeriod, { min: number; max: number }> = {
  year: { min: 1_000, max: 100_000_000 },
  month: { min: 100, max: 10_000_000 },
  hour: { min: 1, max: 10_000 },
};

const amountSchema = z.number().finite().positive().nullable();

/** Where in an article's table a record was read: the table's position, the row label and the column header. */
const tablePlaceSchema = z.strictObject({
  index: z.number().int().positive().meta({
    description:
      "Which of the article's tables, counting from 1 in reading order. Tables the article writes as plain lines rather than as a table count too.",
    examples: [5],
  }),
  rowLabel: textSchema.nullable().meta({
    description: "The label of the record's row (usually its first cell). null when the row has none.",
    examples: ['AI Engineer'],
  }),
  columnHeader: textSchema.nullable().meta({
    description: "The header of the record's column. null when the table has no header for it.",
    examples: ['Average Salary (USD)'],
  }),
});

/** One pay figure stated in an article, with where it came from. */
export const salaryFigureSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9-]+\/\d+$/)
      .meta({
        description:
          "Identifies the figure: the article's slug, a slash, and the figure's number within that article in reading order. It stays the same while the article is unchanged; if the article's text changes, the numbers can shift.",
        examples: ['ai-engineer-roles-and-responsibilities/1'],
      }),
    role: z
      .strictObject({
        slug: slugSchema.nullable().meta({
          description:
            'The role, as a slug from roles.json. null when nothing near the figure or in the article title says whose pay it is, or when the article quotes an occupation outside the catalogue for comparison (role.asWritten then names it, for example "software engineers").',
          examples: ['ai-engineer'],
        }),
        asWritten: textSchema.nullable().meta({
          description:
            'The role exactly as the article wrote it where it was found. null when role.from is "article" (no words near the figure name a role) or when no role was found.',
          examples: ['AI Engineer'],
        }),
        from: figureContextOriginSchema.nullable().meta({
          description:
            'Where the role was read from; the nearest place that names a role wins. null when no role was found (role.slug and role.asWritten are then null too).',
          examples: ['row'],
        }),
      })
      .meta({
        description:
          'Whose pay the figure is: the role in our catalogue, the words the article used for it, and where those words were found.',
      }),
    level: z
      .strictObject({
        level: careerLevelSchema.meta({
          description:
            'The level, mapped from the article\'s words. When a label names two levels ("Executive / Senior (5+ years)"), the years of experience it states decide; otherwise the first level named.',
          examples: ['entry'],
        }),
        asWritten: textSchema.nullable().meta({
          description: 'The words the level was read from, as written. null when level.level is "unspecified".',
          examples: ['Entry Level / Junior (0-2 years)'],
        }),
      })
      .meta({ description: 'The career level the figure applies to.' }),
    location: textSchema.nullable().meta({
      description:
        'The place the figure applies to, as the article wrote it and not normalised: "U.S." and "United States" are different values. null when no place is named near the figure.',
      examples: ['United States'],
    }),
    currency: currencyCodeSchema.meta({
      description:
        'The currency the article states, as an ISO 4217 code. Amounts are never converted. A plain "$" is read as US dollars; other dollars count only when written as such (CA$, C$, CAD or "Canadian dollars"; A$, AU$, AUD; S$, SGD; NZ$, NZD; HK$, HKD). Yuan are read from CNY, RMB or the word, never from "¥", which is yen. A bare number takes the currency its table header states ("Salary (USD)"); money with no currency at all is left out.',
      examples: ['USD'],
    }),
    min: amountSchema.meta({
      description:
        'The lower amount, in whole units of the currency per period, with shorthand expanded ("$120K" is 120000). Equal to max when the article states a single amount. null when the article gives only a ceiling ("up to $210,595").',
      examples: [120000],
    }),
    max: amountSchema.meta({
      description:
        'The upper amount, in the same units. Equal to min for a single amount. null when the top is open ("$200,000+", "over $125K"); openEnded is then true. min and max are never both null, and min is never greater than max.',
      examples: [150000],
    }),
    openEnded: z.boolean().meta({
      description:
        'true when the article marks the top as open: "$200,000+", "over $125K", or a range ending in a plus ("$220K–$270K+"), where max is the amount before the plus rather than a ceiling.',
      examples: [false],
    }),
    period: payPeriodSchema.meta({
      description: 'The period min and max are per. Amounts are never converted between periods.',
      examples: ['year'],
    }),
    periodAssumed: z.boolean().meta({
      description:
        'true when the article states no period and the figure is taken as yearly pay. false when the figure, its sentence, list, table row, column or caption states the period.',
      examples: [false],
    }),
    kind: payKindSchema.meta({
      description:
        'What the amount measures, as the words near the figure say. Base and total compensation take precedence over average and median when both are stated.',
      examples: ['range'],
    }),
    percentile: z
      .number()
      .int()
      .min(1)
      .max(99)
      .nullable()
      .meta({
        description:
          'The percentile the figure stands for, from 1 to 99: 25 for "25th percentile", 90 for "top 10%". null when no percentile is stated.',
        examples: [25],
      }),
    approximate: z.boolean().meta({
      description: 'true when the article hedges the amount ("around", "about", "roughly", "~").',
      examples: [false],
    }),
    credited: textSchema.nullable().meta({
      description:
        "The data source the article credits for the figure (Glassdoor, Bureau of Labor Statistics, Levels.fyi, ...), as written. This is the article's attribution; the figure has not been checked against that source. null when no source is named near the figure.",
      examples: ['Built In'],
    }),
    provenance: articleLocationSchema
      .extend({
        table: tablePlaceSchema.nullable().meta({
          description:
            'Set when the figure was read from a table; null for figures in running text or lists (in the CSV, the table columns are then all empty).',
        }),
        context: textSchema.meta({
          description:
            'The sentence, list item or table cell the figure was read from, as readers see it on the article page. It may contain commas, quotes and line breaks.',
          examples: ['Entry Level / Junior (0-2 years): $120,000-$150,000 per year'],
        }),
        quote: textSchema.meta({
          description:
            'The figure exactly as the article writes it; it occurs word for word in context. Compare it with min, max, currency and period to check the reading.',
          examples: ['$120,000-$150,000 per year'],
        }),
      })
      .meta({
        description: 'Where in which article the figure was read, so every record can be checked against its source.',
      }),
  })
  .superRefine((figure, ctx) => {
    const { min, max, period } = figure;
    if (min === null && max === null) ctx.addIssue({ code: 'custom', path: ['min'], message: 'min and max are both null' });
    if (min !== null && max !== null && min > max) {
      ctx.addIssue({ code: 'custom', path: ['min'], message: `min ${min} is greater than max ${max}` });
    }
    const bounds = PAY_BOUNDS[period];
    for (const [field, value] of [['min', min], ['max', max]] as const) {
      if (value !== null && (value < bounds.min || value > bounds.max)) {
        ctx.addIssue({ code: 'custom', path: [field], message: `${value} per ${period} is outside ${bounds.min}–${bounds.max}` });
      }
    }
    if (!figure.provenance.context.includes(figure.provenance.quote)) {
      ctx.addIssue({ code: 'custom', path: ['provenance', 'quote'], message: 'quote does not occur in context' });
    }
  });
export type SalaryFigure = z.infer<typeof salaryFigureSchema>;

/** Money-like text the extractor did not turn into a figure, for editors to check. */
export const unparsedMoneySchema = articleLocationSchema.extend({
  text: textSchema.meta({ description: 'The money as the article writes it.', examples: ['$1.3 trillion'] }),
  context: textSchema.meta({
    description: 'The sentence, list item or table cell the money was found in, as readers see it on the article page.',
    examples: ['The AI market is expected to reach $1.3 trillion by 2032.'],
  }),
  reason: textSchema.meta({
    description:
      'Why it was not published as a pay figure, in words: "market size or economic figure", "fee, price or budget", "difference between pay levels", "restates another column in another currency", "restates the figure before it in another currency", "no currency stated", or "outside the plausible range for pay per year" (or month, or hour).',
    examples: ['market size or economic figure'],
  }),
});
export type UnparsedMoney = z.infer<typeof unparsedMoneySchema>;

/** A skill as published: catalogue entry plus which articles list it, for which roles. */
export const skillSchema = skillCatalogEntrySchema.extend({
  articles: z.array(slugSchema).meta({
    description: `The articles that list the skill, sorted. A skill counts where an article talks about skills (a list of requirements, a skills section), not where it is named in passing. ${ARTICLE_SLUGS}`,
    examples: [['ai-engineer-roles-and-responsibilities']],
  }),
  roles: z
    .array(
      z.strictObject({
        role: slugSchema.meta({ description: 'The role, as a slug from roles.json.', examples: ['ai-engineer'] }),
        articles: z
          .array(slugSchema)
          .min(1)
          .meta({
            description: `The articles that list the skill for this role, sorted; at least one. ${ARTICLE_SLUGS}`,
            examples: [['ai-engineer-roles-and-responsibilities']],
          }),
      }),
    )
    .meta({
      description:
        'The roles articles list the skill for, most articles first. The role is the one named nearest the listing (its sentence, list, table row or column, or heading); when none is, the listing counts for every role the article discusses. Listings with no role at all appear only in articles.',
    }),
});
export type Skill = z.infer<typeof skillSchema>;

export const certificationSchema = certificationCatalogEntrySchema.extend({
  articles: z.array(slugSchema).meta({
    description: `The articles that name the certification. ${ARTICLE_SLUGS}`,
    examples: [['top-10-ai-certifications-to-land-high-paying-jobs-in-2025']],
  }),
});
export type Certification = z.infer<typeof certificationSchema>;

/** A statement an article makes about a role: a responsibility, a career step, an interview question, an FAQ, the education it asks for. */
export const guideFactKinds = ['responsibility', 'career-step', 'interview-question', 'faq', 'education'] as const;
export const guideFactSchema = articleLocationSchema.extend({
  kind: describedEnum(guideFactKinds, {
    responsibility: 'Something the role does: a duty, task or part of the daily work.',
    'career-step': 'A step on the way into or up through the role, in the order the article gives.',
    'interview-question': 'A question the article says candidates for the role are asked.',
    faq: 'A question the article answers about the role, with its answer in detail.',
    education: 'A degree, field of study or other education the article says the role asks for.',
  }).meta({ description: 'What kind of statement the fact is.', examples: ['responsibility'] }),
  role: slugSchema.meta({
    description: 'The role the statement is about, as a slug from roles.json.',
    examples: ['ai-engineer'],
  }),
  text: textSchema.meta({
    description: 'The item as the article writes it; for FAQs and interview questions, the question.',
    examples: ['Data Collection'],
  }),
  detail: textSchema.nullable().meta({
    description:
      'The answer, for FAQs; for responsibilities and career steps, the description the article gives with the item. null when there is none.',
    examples: ['Gather datasets'],
  }),
});
export type GuideFact = z.infer<typeof guideFactSchema>;

/** Which roles an article discusses in depth, and how often it names each. */
export const articleRolesSchema = z.strictObject({
  article: slugSchema,
  roles: z.array(z.strictObject({ role: slugSchema, mentions: z.number().int().positive() })),
});
export type ArticleRoles = z.infer<typeof articleRolesSchema>;

/**
 * A business need an article matches to a role: a row of a "need | recommended
 * role | why" table, or a tick (✔) in a role-fit decision matrix (one record
 * per ticked role).
 */
export const hiringScenarioSchema = articleLocationSchema.extend({
  need: textSchema.meta({
    description: 'The need, use case or scenario as the article writes it.',
    examples: ['Deploying a real-time fraud detection system'],
  }),
  role: slugSchema.meta({
    description: 'The role the article recommends for the need, as a slug from roles.json.',
    examples: ['ai-engineer'],
  }),
  roleAsWritten: textSchema.meta({
    description:
      'The role cell as the article writes it ("AI Engineer (with DS)"); for a tick, the header of the ticked column.',
    examples: ['AI Engineer'],
  }),
  reason: textSchema.nullable().meta({
    description: "The article's reason for the match. null when it gives none (tick matrices give none).",
    examples: ['Requires optimized, scalable model in production with low latency'],
  }),
  alsoRoles: z.array(slugSchema).meta({
    description:
      'Roles the cell names as working alongside ("AI Engineer (with DS)" adds data-scientist), as slugs from roles.json; usually empty.',
    examples: [['data-scientist']],
  }),
  from: describedEnum(['recommendation', 'tick', 'sentence', 'list'], {
    recommendation: 'A row of a table that names the role to hire for the need, usually with a reason.',
    tick: 'A tick (✔) in a decision matrix with a column per role; one record per ticked role.',
    sentence:
      'A sentence that says to hire or choose the role for the need ("Hire a Data Scientist when you need to analyze large datasets").',
    list: 'An item of a list under a heading that names the role to hire ("When to hire an ML engineer"); the item is the need.',
  }).meta({ description: 'How the article states the match.', examples: ['recommendation'] }),
  table: tablePlaceSchema
    .nullable()
    .meta({ description: 'The table the match was read from. null when it was read from a sentence or a list.' }),
});
export type HiringScenario = z.infer<typeof hiringScenarioSchema>;

/**
 * One criterion of a side-by-side table comparing roles, with each role's cell
 * as written: "Criteria | AI Engineer | Data Scientist" rows, or tables with
 * a role per row ("Role | Primary Focus | Key Skills"), read per column.
 */
export const comparisonRowSchema = articleLocationSchema.extend({
  criterion: textSchema.meta({
    description: 'What the row compares: its label, or for a table with a role per row, the column header.',
    examples: ['Primary Focus'],
  }),
  values: z
    .array(
      z.strictObject({
        role: slugSchema.meta({ description: 'The role, as a slug from roles.json.', examples: ['ai-engineer'] }),
        asWritten: textSchema.meta({
          description: 'The role as the table names it.',
          examples: ['AI Engineer'],
        }),
        text: textSchema.meta({
          description: "The role's cell for this criterion, as written.",
          examples: ['Build & Deploy AI systems'],
        }),
      }),
    )
    .min(2)
    .refine((values) => new Set(values.map((value) => value.role)).size === values.length, 'a role appears twice')
    .meta({ description: "One value per role the table compares, in the table's order; at least two, each role once." }),
  table: z
    .strictObject({
      index: z.number().int().positive().meta({
        description: "Which of the article's tables, counting from 1 in reading order.",
        examples: [1],
      }),
      orientation: describedEnum(['columns', 'rows'], {
        columns: 'Roles head the columns; each row is a criterion.',
        rows: 'Roles label the rows; each column is a criterion.',
      }).meta({ description: 'How the table sets the roles out.', examples: ['rows'] }),
    })
    .meta({ description: 'The table the row was read from.' }),
});
export type ComparisonRow = z.infer<typeof comparisonRowSchema>;

/** What a pay summary measures: salary, or total compensation, never the two mixed. */
export const payBases = ['salary', 'total-compensation'] as const;
export const payBasisSchema = describedEnum(payBases, {
  salary:
    'Salary: figures the article gives as base salary, or as an average, median, range or amount it does not call total compensation.',
  'total-compensation': 'Total compensation: salary with bonus, equity or other pay.',
});

const figureIdsSchema = z.array(z.string().regex(/^[a-z0-9-]+\/\d+$/));

/**
 * A pay summary as published: what the stated figures for one role, level,
 * currency, pay period and basis say together (median and middle half), with
 * the ids of the figures counted and of those listed but not counted.
 */
export const paySummaryRecordSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)
    .meta({
      description:
        'Identifies the summary: the role, a slash, then its level, currency, period and basis joined by hyphens.',
      examples: ['ai-engineer/mid-usd-year-salary'],
    }),
  role: slugSchema.meta({ description: 'The role, as a slug from roles.json.', examples: ['ai-engineer'] }),
  level: careerLevelSchema.meta({
    description: 'The career level of every figure summarised.',
    examples: ['mid'],
  }),
  currency: currencyCodeSchema.meta({
    description: 'The currency of every figure summarised; amounts are never converted.',
    examples: ['USD'],
  }),
  period: payPeriodSchema.meta({ description: 'The period every amount is per.', examples: ['year'] }),
  basis: payBasisSchema.meta({ description: 'What the figures measure.', examples: ['salary'] }),
  evidence: describedEnum(['summary', 'thin'], {
    summary: 'Enough figures from enough articles to compute a median and middle half.',
    thin: 'Too few figures or articles to summarise, by the rule the method states: median, p25 and p75 are null, and low and high give the spread as stated.',
  }).meta({ description: 'Whether the figures were enough to summarise.', examples: ['summary'] }),
  median: z.number().positive().nullable().meta({
    description: 'The median of the values counted, in whole units of the currency per period. null when evidence is thin.',
    examples: [108000],
  }),
  p25: z.number().positive().nullable().meta({
    description: 'The 25th percentile of the values counted (linear interpolation). null when evidence is thin.',
    examples: [100000],
  }),
  p75: z.number().positive().nullable().meta({
    description: 'The 75th percentile of the values counted (linear interpolation). null when evidence is thin.',
    examples: [124000],
  }),
  low: z.number().positive().meta({
    description: 'The lowest amount any counted figure states (its min, or its max for an "up to" figure).',
    examples: [69400],
  }),
  high: z.number().positive().meta({
    description: 'The highest amount any counted figure states.',
    examples: [150000],
  }),
  openTop: z.boolean().meta({
    description: 'true when a figure stating the highest amount leaves its top open ("$200,000+").',
    examples: [false],
  }),
  counted: z.number().int().positive().meta({
    description: 'How many figures the statistics were computed from.',
    examples: [9],
  }),
  statedAsBase: z.number().int().nonnegative().meta({
    description: 'How many of the counted figures the article states as base salary; the rest do not say.',
    examples: [3],
  }),
  articles: z.array(slugSchema).min(1).meta({
    description: 'The articles of the counted figures, in reading order. Slugs of articles, as in salaries.json.',
    examples: [['ai-engineer-roles-and-responsibilities']],
  }),
  countedFigures: figureIdsSchema.min(1).meta({
    description: 'The ids (salaries.json id) of the figures counted, in reading order.',
    examples: [['ai-engineer-roles-and-responsibilities/2']],
  }),
  repeatedFigures: figureIdsSchema.meta({
    description: 'Figures not counted because their article states the same figure again: counted once.',
    examples: [['ai-engineer-roles-and-responsibilities/7']],
  }),
  percentileFigures: figureIdsSchema.meta({
    description:
      'Figures not counted because they give a percentile other than the median: the edge of a distribution, not a typical salary.',
    examples: [['the-2025-ai-engineer-career-report-a-data-driven-analysis/4']],
  }),
  outlierFigures: figureIdsSchema.meta({
    description:
      'Figures not counted because their value is an outlier: too far above or below the median, by the rule the method states.',
    examples: [['career-as-an-ai-engineer-a-comprehensive-report/12']],
  }),
});
export type PaySummaryRecord = z.infer<typeof paySummaryRecordSchema>;

/**
 * One entry of the curated place catalogue (`content/catalog/places.yaml`):
 * the spellings articles use for a place ("U.S.", "US", "United States") and
 * the currency people are paid in there, so a summary in US dollars can keep
 * to figures for places paid in US dollars.
 */
export const placeCatalogEntrySchema = z.strictObject({
  slug: slugSchema,
  name: textSchema,
  /** Spellings as articles write them, matched whole and case-insensitively. */
  aliases: z.array(textSchema),
  kind: z.enum(['country', 'city', 'region']),
  /** The currency pay is usually stated in there; `null` for regions spanning several. */
  currency: currencyCodeSchema.nullable(),
});
export type PlaceCatalogEntry = z.infer<typeof placeCatalogEntrySchema>;

// ---------------------------------------------------------------------------
// Theme vocabulary (`content/catalog/themes.yaml`): the curated themes that
// decide which statements of different articles say the same thing, per kind
// of statement. Cross-references (a theme's group, duplicate slugs) are
// checked by `parseThemeCatalog` in `lib/guides/merge/`.
// ---------------------------------------------------------------------------

/** The kinds of statement that are merged: the guide fact kinds with a list of items, and hiring needs. */
export const mergeKinds = ['responsibility', 'career-step', 'interview-question', 'faq', 'hiring-need'] as const;
export const mergeKindSchema = z.enum(mergeKinds);

/**
 * Terms: a term is a word or a phrase, a term group a list of alternatives,
 * and a list of term groups matches a statement that names at least one
 * term of every group.
 */
const termGroupsSchema = z
  .array(z.array(textSchema).min(1, 'a term group needs at least one term'))
  .min(1, 'needs at least one term group');

/** A heading under which themes are shown ("Deployment and operations", "Pay"). */
export const themeGroupSchema = z.strictObject({
  slug: slugSchema,
  label: textSchema.max(60),
  /**
   * Optional: places a statement no theme matches under this heading, without
   * merging it with anything ("How do you handle missing data?" under
   * "Working with data"), so a page's long list is not one big "Other".
   */
  terms: termGroupsSchema.optional(),
});
export type ThemeGroup = z.infer<typeof themeGroupSchema>;

/** One theme: the statements of its kind that match it say the same thing and are one item. */
export const themeSchema = z.strictObject({
  slug: slugSchema,
  /** A short, neutral category name or plain question in our own words, never a claim. */
  label: textSchema.max(80),
  /** Slug of a group of the same kind. */
  group: slugSchema,
  terms: termGroupsSchema,
  /**
   * The theme matches only a statement every word of which is one of its
   * terms: for questions that ask about the role itself and nothing more
   * ("What is the role of an AI Architect?"), which a single broad word such
   * as "role" would otherwise confuse with "the role of machine learning".
   */
  exclusive: z.boolean().optional(),
});
export type Theme = z.infer<typeof themeSchema>;

/** The display groups and themes of one kind, each list in display order. */
export const kindVocabularySchema = z.strictObject({
  groups: z.array(themeGroupSchema),
  themes: z.array(themeSchema),
});
export type KindVocabulary = z.infer<typeof kindVocabularySchema>;

/** The whole vocabulary: one entry per merged kind. */
export const themeCatalogSchema = z.strictObject({
  responsibility: kindVocabularySchema,
  'career-step': kindVocabularySchema,
  'interview-question': kindVocabularySchema,
  faq: kindVocabularySchema,
  'hiring-need': kindVocabularySchema,
});
export type ThemeCatalog = z.infer<typeof themeCatalogSchema>;

/** A problem with one feed item that ingest resolved or skipped; printed, and kept with the run that met it. */
export const ingestWarningSchema = z.strictObject({
  file: z.string(),
  /** The item's guid, or `#<1-based index>` when it has none. */
  item: z.string().nullable(),
  field: z.string().nullable(),
  message: z.string(),
  /** True when the item was left out (as opposed to a conflict that was resolved). */
  skipped: z.boolean().optional(),
});

/** What ingest did with one source. */
export const ingestSourceReportSchema = z.strictObject({
  name: z.string(),
  status: z.enum(['ingested', 'rejected']),
  format: z.string().nullable(),
  items: z.number().int().nonnegative(),
  written: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  error: z.string().nullable(),
});

/**
 * The last complete run: a hash of what it read (the ingest code, each
 * source's name and bytes), a hash of each article file it left (by file
 * name), and its report. A run that reads the same and finds the same files is that run
 * again with nothing to write, and is answered from here.
 */
export const ingestRunRecordSchema = z.strictObject({
  inputs: z.string().min(1),
  files: z.record(z.string(), z.string().min(1)),
  /** The articles the run's sources gave, by slug. */
  articles: z.array(slugSchema),
  sources: z.array(ingestSourceReportSchema),
  warnings: z.array(ingestWarningSchema),
});

/**
 * `DIR/.ingest-manifest.json`: which feed items ingest has already converted.
 * Keyed by a hash of the item's raw HTML, its base URL and the converter's
 * fingerprint; each entry names the article whose body that conversion gave
 * and the hash of that body, so a body is reused only while the file on disk
 * still holds exactly it. `run` is the last complete run (above).
 */
export const ingestManifestSchema = z.strictObject({
  format: z.literal(1),
  converter: z.string().min(1),
  items: z.record(z.string(), z.strictObject({ slug: slugSchema, body: z.string().min(1) })),
  run: ingestRunRecordSchema.optional(),
});
export type IngestRunRecord = z.infer<typeof ingestRunRecordSchema>;
export type IngestManifest = z.infer<typeof ingestManifestSchema>;

/**
 * One article's records as the build caches them (`.next/cache/records/`),
 * read back with this schema like any other input. A cached entry that does
 * not parse is extracted again, so an invalid record is still reported by the
 * checks that run on every build.
 */
export const articleRecordsSchema = z.strictObject({
  article: slugSchema,
  /** The article's visible text, for checking quotes. */
  text: z.string(),
  roles: articleRolesSchema,
  salaries: z.array(salaryFigureSchema),
  unparsed: z.array(unparsedMoneySchema),
  skillMentions: z.array(
    articleLocationSchema.extend({ skill: slugSchema, role: slugSchema.nullable() }),
  ),
  certificationMentions: z.array(articleLocationSchema.extend({ certification: slugSchema })),
  guideFacts: z.array(guideFactSchema),
  hiringScenarios: z.array(hiringScenarioSchema),
  comparisonRows: z.array(comparisonRowSchema),
});
export type ArticleRecords = z.infer<typeof articleRecordsSchema>;
