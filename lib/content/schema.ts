/**
 * The single source of truth for content types. Every other module takes its
 * types from here (`z.infer`), and every piece of external data (front matter,
 * feed fields) is parsed with these schemas rather than cast.
 */
import { z } from 'zod';

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
// ---------------------------------------------------------------------------

/** A non-empty string with no leading or trailing space. */
const textSchema = z.string().trim().min(1);

/** The nearest official occupation for a role; `caveat` says why the fit is loose when it is. */
export const occupationCodeSchema = z.strictObject({
  system: z.enum(['SOC 2018', 'O*NET-SOC 2019']),
  code: z.string().regex(/^\d{2}-\d{4}(\.\d{2})?$/, 'must look like 15-2051 or 15-2051.00'),
  title: textSchema,
  fit: z.enum(['close', 'loose']),
  caveat: textSchema.nullable(),
});
export type OccupationCode = z.infer<typeof occupationCodeSchema>;

/** Front matter of `content/roles/<slug>.md`; the body is a short summary in our own words. */
export const roleFrontMatterSchema = z.strictObject({
  name: textSchema,
  slug: slugSchema,
  /** One-line description for cards and meta descriptions. */
  tagline: textSchema.max(160),
  /** Names the articles use for this role, matched case-insensitively as whole words (plurals too). */
  aliases: z.array(textSchema),
  related: z.array(slugSchema),
  occupation: occupationCodeSchema,
});
export type RoleFrontMatter = z.infer<typeof roleFrontMatterSchema>;

export const roleSchema = roleFrontMatterSchema.extend({
  /** The summary as Markdown. */
  summary: textSchema,
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
export const skillCategorySchema = z.enum(skillCategories);
export type SkillCategory = z.infer<typeof skillCategorySchema>;

/** One entry of the curated skill catalogue (`content/catalog/skills.yaml`). */
export const skillCatalogEntrySchema = z.strictObject({
  slug: slugSchema,
  name: textSchema,
  /** Other spellings matched in articles (PyTorch: pytorch; Kubernetes: K8s). */
  aliases: z.array(textSchema),
  category: skillCategorySchema,
  /** A named technology (tool, library, platform) rather than an ability. */
  type: z.enum(['skill', 'tool']),
});
export type SkillCatalogEntry = z.infer<typeof skillCatalogEntrySchema>;

/** One entry of the curated certification catalogue (`content/catalog/certifications.yaml`). */
export const certificationCatalogEntrySchema = z.strictObject({
  slug: slugSchema,
  name: textSchema,
  /** The awarding body; `null` when the articles do not name one. */
  issuer: textSchema.nullable(),
  aliases: z.array(textSchema),
  /** Roles the certification serves, as curated; articles add to this. */
  roles: z.array(slugSchema),
});
export type CertificationCatalogEntry = z.infer<typeof certificationCatalogEntrySchema>;

/** Where in an article something was found: the section (its heading and the id the page gives it). */
export const articleLocationSchema = z.strictObject({
  article: slugSchema,
  /** Text of the nearest heading above, `null` before the first heading. */
  section: textSchema.nullable(),
  /** The heading's id on `/articles/<slug>`, for links. */
  sectionId: textSchema.nullable(),
});
export type ArticleLocation = z.infer<typeof articleLocationSchema>;

export const currencyCodes = ['USD', 'EUR', 'GBP', 'JPY', 'INR', 'CAD', 'AUD'] as const;
export const currencyCodeSchema = z.enum(currencyCodes);
export type CurrencyCode = z.infer<typeof currencyCodeSchema>;

export const payPeriods = ['year', 'month', 'hour'] as const;
export const payPeriodSchema = z.enum(payPeriods);
export type PayPeriod = z.infer<typeof payPeriodSchema>;

export const careerLevels = ['entry', 'mid', 'senior', 'lead', 'executive', 'unspecified'] as const;
export const careerLevelSchema = z.enum(careerLevels);
export type CareerLevel = z.infer<typeof careerLevelSchema>;

export const payKinds = ['base', 'total-compensation', 'average', 'median', 'range', 'unspecified', 'bonus', 'equity'] as const;
export const payKindSchema = z.enum(payKinds);
export type PayKind = z.infer<typeof payKindSchema>;

/**
 * Pay on top of a salary, recorded as its own figure and never added to one:
 * `bonus` (bonus, signing bonus, additional cash compensation or pay) and
 * `equity` (equity or stock stated as an amount). Every other kind is salary.
 */
export const additionalPayKinds = ['bonus', 'equity'] as const satisfies readonly PayKind[];

/** True for kinds that state a salary; false for additional pay (`additionalPayKinds`), which charts and summaries of salary leave out. */
export function isSalaryKind(kind: PayKind): boolean {
  return !(additionalPayKinds as readonly PayKind[]).includes(kind);
}

/** Where the role, level or location of a figure was read from. */
export const figureContextOriginSchema = z.enum(['sentence', 'list', 'row', 'column', 'caption', 'heading', 'article']);

/** Sane bounds per period: anything outside is a misread, never a salary. */
export const PAY_BOUNDS: Record<PayPeriod, { min: number; max: number }> = {
  year: { min: 1_000, max: 100_000_000 },
  month: { min: 100, max: 10_000_000 },
  hour: { min: 1, max: 10_000 },
};

const amountSchema = z.number().finite().positive().nullable();

/** One pay figure stated in an article, with where it came from. */
export const salaryFigureSchema = z
  .strictObject({
    /** `<article>/<n>`: stable while the article is unchanged. */
    id: z.string().regex(/^[a-z0-9-]+\/\d+$/),
    role: z.strictObject({
      /** Canonical role, `null` when the article does not say whose pay it is. */
      slug: slugSchema.nullable(),
      asWritten: textSchema.nullable(),
      from: figureContextOriginSchema.nullable(),
    }),
    level: z.strictObject({
      level: careerLevelSchema,
      asWritten: textSchema.nullable(),
    }),
    location: textSchema.nullable(),
    currency: currencyCodeSchema,
    /** Whole units of `period`; `null` min means "up to max", `null` max means open-ended. */
    min: amountSchema,
    max: amountSchema,
    /** The source marks the top as open ("$200,000+", "over $125K", "$220K–$270K+"). */
    openEnded: z.boolean(),
    period: payPeriodSchema,
    /** True when the article states no period and a year is assumed. */
    periodAssumed: z.boolean(),
    kind: payKindSchema,
    /** 25 for "25th percentile", 90 for "top 10%". */
    percentile: z.number().int().min(1).max(99).nullable(),
    approximate: z.boolean(),
    /** The data source the article credits for this figure (Glassdoor, BLS, ...). */
    credited: textSchema.nullable(),
    provenance: articleLocationSchema.extend({
      table: z
        .strictObject({
          /** 1-based position among the article's tables (Markdown tables and line-broken ones). */
          index: z.number().int().positive(),
          rowLabel: textSchema.nullable(),
          columnHeader: textSchema.nullable(),
        })
        .nullable(),
      /** The sentence, list item or table row the figure was read from, as readers see it. */
      context: textSchema,
      /** The figure exactly as written, found verbatim in `context` and in the article. */
      quote: textSchema,
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
  text: textSchema,
  context: textSchema,
  /** Why it was left out: "market size", "fee or price", "difference between pay levels", "unclear", ... */
  reason: textSchema,
});
export type UnparsedMoney = z.infer<typeof unparsedMoneySchema>;

/** A skill as published: catalogue entry plus which articles list it, for which roles. */
export const skillSchema = skillCatalogEntrySchema.extend({
  articles: z.array(slugSchema),
  roles: z.array(z.strictObject({ role: slugSchema, articles: z.array(slugSchema).min(1) })),
});
export type Skill = z.infer<typeof skillSchema>;

export const certificationSchema = certificationCatalogEntrySchema.extend({
  articles: z.array(slugSchema),
});
export type Certification = z.infer<typeof certificationSchema>;

/** A statement an article makes about a role: a responsibility, a career step, an interview question, an FAQ, the education it asks for. */
export const guideFactKinds = ['responsibility', 'career-step', 'interview-question', 'faq', 'education'] as const;
export const guideFactSchema = articleLocationSchema.extend({
  kind: z.enum(guideFactKinds),
  role: slugSchema,
  /** The item as written (a question for FAQs and interview questions). */
  text: textSchema,
  /** The answer, for FAQs; a description for responsibilities and career steps when the article gives one. */
  detail: textSchema.nullable(),
});
export type GuideFact = z.infer<typeof guideFactSchema>;

/** Which roles an article discusses in depth, and how often it names each. */
export const articleRolesSchema = z.strictObject({
  article: slugSchema,
  roles: z.array(z.strictObject({ role: slugSchema, mentions: z.number().int().positive() })),
});
export type ArticleRoles = z.infer<typeof articleRolesSchema>;

/** Where in an article's table a record was read: the table's position, the row label and the column header. */
const tablePlaceSchema = z.strictObject({
  /** 1-based position among the article's tables (as for salary figures). */
  index: z.number().int().positive(),
  rowLabel: textSchema.nullable(),
  columnHeader: textSchema.nullable(),
});

/**
 * A business need an article matches to a role: a row of a "need | recommended
 * role | why" table, or a tick (✔) in a role-fit decision matrix (one record
 * per ticked role).
 */
export const hiringScenarioSchema = articleLocationSchema.extend({
  /** The need, use case or scenario as written. */
  need: textSchema,
  role: slugSchema,
  /** The role cell as written ("AI Engineer (with DS)"); for a tick, the role column's header. */
  roleAsWritten: textSchema,
  /** The article's justification for the match, `null` when it gives none (tick matrices). */
  reason: textSchema.nullable(),
  /** Roles the cell names as working alongside ("AI Engineer (with DS)" adds the Data Scientist). */
  alsoRoles: z.array(slugSchema),
  /** How the article states the match. */
  from: z.enum(['recommendation', 'tick']),
  table: tablePlaceSchema,
});
export type HiringScenario = z.infer<typeof hiringScenarioSchema>;

/**
 * One criterion of a side-by-side table comparing roles, with each role's cell
 * as written: "Criteria | AI Engineer | Data Scientist" rows, or tables with
 * a role per row ("Role | Primary Focus | Key Skills"), read per column.
 */
export const comparisonRowSchema = articleLocationSchema.extend({
  /** The row label (or, for a role-per-row table, the column header). */
  criterion: textSchema,
  values: z
    .array(z.strictObject({ role: slugSchema, asWritten: textSchema, text: textSchema }))
    .min(2)
    .refine((values) => new Set(values.map((value) => value.role)).size === values.length, 'a role appears twice'),
  table: z.strictObject({
    index: z.number().int().positive(),
    /** `columns`: roles head the columns; `rows`: roles label the rows. */
    orientation: z.enum(['columns', 'rows']),
  }),
});
export type ComparisonRow = z.infer<typeof comparisonRowSchema>;

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

/**
 * `DIR/.ingest-manifest.json`: which feed items ingest has already converted.
 * Keyed by a hash of the item's raw HTML, its base URL and the converter's
 * fingerprint; each entry names the article whose body that conversion gave
 * and the hash of that body, so a body is reused only while the file on disk
 * still holds exactly it.
 */
export const ingestManifestSchema = z.strictObject({
  format: z.literal(1),
  converter: z.string().min(1),
  items: z.record(z.string(), z.strictObject({ slug: slugSchema, body: z.string().min(1) })),
});
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
