/**
 * The salary extractor on the real articles. Every expectation below was
 * checked by reading the article's Markdown at the given line; the test also
 * checks that the line really contains the quote, so an edited article shows
 * up here rather than as a silently wrong figure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content/load-articles';
import {
  isSalaryKind,
  salaryFigureSchema,
  type CareerLevel,
  type CurrencyCode,
  type PayPeriod,
  type SalaryFigure,
  type UnparsedMoney,
} from '@/lib/content/schema';
import { headingRank, textContent, visitElements } from '@/lib/markdown/hast-utils';
import { markdownToHast } from '@/lib/markdown/processor';
import { readArticleDocument } from '@/lib/records/document/article-document';
import { extractSalaries, titleRole } from '@/lib/records/salaries/extract-salaries';
import { loadRoles } from '@/lib/records/load-catalog';
import { createRoleMatcher } from '@/lib/records/document/role-matcher';

const ARTICLES_DIR = path.join(process.cwd(), 'content/articles');
const ROLES_DIR = path.join(process.cwd(), 'content/roles');

const A = 'ai-engineer-roles-and-responsibilities';
const B = 'career-as-an-ai-engineer-a-comprehensive-report';
const C = 'hiring-ai-engineers-vs-data-scientists-what-you-need-to-know';
const D = 'the-2025-ai-engineer-career-report-a-data-driven-analysis';
const E = 'the-ai-architect-in-2025-a-comprehensive-career-and-market-analysis';
const F = 'the-ai-trainer-career-an-in-depth-industry-analysis';
const G = 'the-career-of-an-ai-architect-scope-description-paths-interviews-and-salaries';
const H = 'what-businesses-should-know-about-the-ai-engineer-role-skills-responsibilities';
const SHORTAGE = 'solving-the-ai-talent-shortage-innovative-strategies-for-hiring-ai-experts';
const CERTIFICATIONS = 'top-10-ai-certifications-to-land-high-paying-jobs-in-2025';

interface ArticleRun {
  body: string;
  /** The Markdown file's lines (front matter included), so `lines[n - 1]` is line n as `grep -n` shows it. */
  lines: string[];
  figures: SalaryFigure[];
  unparsed: UnparsedMoney[];
  headingIds: Map<string, string>;
}

const runs = new Map<string, ArticleRun>();

beforeAll(() => {
  const roles = loadRoles(ROLES_DIR);
  expect(roles.errors).toEqual([]);
  const matchRoles = createRoleMatcher(roles.items);
  const { articles, errors } = loadArticles(ARTICLES_DIR);
  expect(errors).toEqual([]);
  for (const article of articles) {
    const doc = readArticleDocument(article.slug, article.title, article.body);
    const { figures, unparsed } = extractSalaries(doc, matchRoles, titleRole(article.title, matchRoles));
    const headingIds = new Map<string, string>();
    visitElements(markdownToHast(article.body), (element) => {
      if (headingRank(element) !== undefined) headingIds.set(String(element.properties.id), textContent(element));
    });
    const lines = fs.readFileSync(path.join(ARTICLES_DIR, `${article.slug}.md`), 'utf8').split('\n');
    runs.set(article.slug, { body: article.body, lines, figures, unparsed, headingIds });
  }
  // Parsing ten long articles twice (records and page) takes a while on slow machines.
}, 180_000);

function run(slug: string): ArticleRun {
  const found = runs.get(slug);
  if (!found) throw new Error(`article ${slug} was not loaded`);
  return found;
}

/**
 * Markdown as a reader sees it, in one line: links and images reduced to
 * their text, escapes and hard-break backslashes and emphasis markers gone,
 * whitespace collapsed.
 */
function visible(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\$/gm, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/(?<![\p{L}\p{N}])[*_]|[*_](?![\p{L}\p{N}])/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface Where {
  /** Words the figure's context contains. */
  context?: string;
  /** The figure's whole context (a table cell). */
  contextIs?: string;
  row?: string;
  column?: string;
  section?: string;
}

function matches(
  item: { provenance?: SalaryFigure['provenance']; context?: string; section?: string | null },
  where: Where,
): boolean {
  const context = item.provenance?.context ?? item.context ?? '';
  const section = item.provenance?.section ?? item.section ?? null;
  const table = item.provenance?.table ?? null;
  return (
    (where.context === undefined || context.includes(where.context)) &&
    (where.contextIs === undefined || context === where.contextIs) &&
    (where.section === undefined || section === where.section) &&
    (where.row === undefined || table?.rowLabel === where.row) &&
    (where.column === undefined || table?.columnHeader === where.column)
  );
}

/** The one figure of `slug` quoting `quote` (narrowed by `where`); fails listing what there is. */
function figureOf(slug: string, quote: string, where: Where = {}): SalaryFigure {
  const candidates = run(slug).figures.filter((item) => item.provenance.quote === quote && matches(item, where));
  expect(
    candidates.map((item) => item.provenance.context),
    `figures of ${slug} quoting "${quote}"`,
  ).toHaveLength(1);
  return candidates[0] as SalaryFigure;
}

interface Expected {
  slug: string;
  /** Line of the Markdown file (as `grep -n` numbers it) where the figure is written. */
  line: number;
  quote: string;
  where?: Where;
  /** Whether the figure is read from a table (Markdown or line-broken) rather than prose. */
  table: boolean;
  role: string | null;
  /** Left out where the article does not make the level plain. */
  level?: CareerLevel;
  currency: CurrencyCode;
  min: number | null;
  max: number | null;
  period: PayPeriod;
  openEnded: boolean;
  also?: Record<string, unknown>;
}

// One line per figure, to read as a table.
// prettier-ignore
const EXPECTED: Expected[] = [
  // ai-engineer-roles-and-responsibilities: a list under "annually", a Markdown table.
  { slug: A, line: 270, quote: '$120,000-$150,000 per year', table: false, role: 'ai-engineer', level: 'entry', currency: 'USD', min: 120_000, max: 150_000, period: 'year', openEnded: false, also: { periodAssumed: false, level: { asWritten: 'Entry Level / Junior (0-2 years)' } } },
  { slug: A, line: 271, quote: '$150,000-$200,000 per year', table: false, role: 'ai-engineer', level: 'mid', currency: 'USD', min: 150_000, max: 200_000, period: 'year', openEnded: false },
  { slug: A, line: 272, quote: '$200,000+', table: false, role: 'ai-engineer', level: 'senior', currency: 'USD', min: 200_000, max: null, period: 'year', openEnded: true, also: { periodAssumed: false } },
  { slug: A, line: 280, quote: '$120K-$180K', table: true, role: 'ai-engineer', level: 'unspecified', currency: 'USD', min: 120_000, max: 180_000, period: 'year', openEnded: false, also: { periodAssumed: true, kind: 'average', provenance: { table: { rowLabel: 'AI Engineer', columnHeader: 'Average Salary (USD)' } } } },
  { slug: A, line: 283, quote: '$130K-$200K', table: true, role: 'ai-researcher', level: 'unspecified', currency: 'USD', min: 130_000, max: 200_000, period: 'year', openEnded: false },

  // career-as-an-ai-engineer: sources table, country table (every currency), level tables, FAQ prose.
  { slug: B, line: 928, quote: '$175,262', where: { row: 'Built In' }, table: true, role: 'ai-engineer', level: 'unspecified', currency: 'USD', min: 175_262, max: 175_262, period: 'year', openEnded: false, also: { credited: 'Built In', kind: 'average' } },
  { slug: B, line: 928, quote: '$210,595', where: { row: 'Built In' }, table: true, role: 'ai-engineer', level: 'unspecified', currency: 'USD', min: null, max: 210_595, period: 'year', openEnded: false, also: { credited: 'Built In', kind: 'total-compensation' } },
  { slug: B, line: 931, quote: '$134,023', where: { row: 'Coursera' }, table: true, role: 'ai-engineer', level: 'unspecified', currency: 'USD', min: 134_023, max: 134_023, period: 'year', openEnded: false, also: { credited: 'Coursera', kind: 'base' } },
  { slug: B, line: 945, quote: '$145,000 – $210,000+', table: true, role: 'ai-engineer', level: 'unspecified', currency: 'USD', min: 145_000, max: 210_000, period: 'year', openEnded: true, also: { location: 'United States', periodAssumed: false } },
  { slug: B, line: 946, quote: 'CA$104,704', where: { section: 'Global Salary Averages for AI Engineers in 2025' }, table: true, role: 'ai-engineer', level: 'unspecified', currency: 'CAD', min: 104_704, max: 104_704, period: 'year', openEnded: false, also: { location: 'Canada', periodAssumed: false } },
  { slug: B, line: 947, quote: '£59,108', where: { section: 'Global Salary Averages for AI Engineers in 2025' }, table: true, role: 'ai-engineer', level: 'unspecified', currency: 'GBP', min: 59_108, max: 59_108, period: 'year', openEnded: false, also: { location: 'United Kingdom' } },
  { slug: B, line: 948, quote: 'AUD $116,000', table: true, role: 'ai-engineer', level: 'unspecified', currency: 'AUD', min: 116_000, max: 116_000, period: 'year', openEnded: false, also: { location: 'Australia' } },
  { slug: B, line: 949, quote: '¥9,943,766', where: { section: 'Global Salary Averages for AI Engineers in 2025' }, table: true, role: 'ai-engineer', level: 'unspecified', currency: 'JPY', min: 9_943_766, max: 9_943_766, period: 'year', openEnded: false, also: { location: 'Japan' } },
  { slug: B, line: 950, quote: '₹11,67,563 – ₹12,51,419', where: { section: 'Global Salary Averages for AI Engineers in 2025' }, table: true, role: 'ai-engineer', level: 'unspecified', currency: 'INR', min: 1_167_563, max: 1_251_419, period: 'year', openEnded: false, also: { location: 'India' } },
  { slug: B, line: 951, quote: '$110,000', where: { row: 'Global Average' }, table: true, role: 'ai-engineer', level: 'unspecified', currency: 'USD', min: 110_000, max: 110_000, period: 'year', openEnded: false, also: { approximate: true } },
  { slug: B, line: 965, quote: '$69,362 – $130,548', table: true, role: 'ai-engineer', level: 'entry', currency: 'USD', min: 69_362, max: 130_548, period: 'year', openEnded: false, also: { provenance: { table: { rowLabel: 'Entry-Level', columnHeader: 'Average Salary (USD)' } } } },
  { slug: B, line: 967, quote: '$180,000 – $200,747+', table: true, role: 'ai-engineer', level: 'senior', currency: 'USD', min: 180_000, max: 200_747, period: 'year', openEnded: true },
  { slug: B, line: 968, quote: '$200,000 – $250,000+', table: true, role: 'ai-engineer', level: 'lead', currency: 'USD', min: 200_000, max: 250_000, period: 'year', openEnded: true },
  { slug: B, line: 987, quote: '$150,000 – $218,000', table: true, role: 'ai-engineer', level: 'unspecified', currency: 'USD', min: 150_000, max: 218_000, period: 'year', openEnded: false, also: { provenance: { table: { rowLabel: 'Finance' } } } },
  { slug: B, line: 1249, quote: '$120,000', where: { row: 'Entry-Level (0–2 yrs)' }, table: true, role: 'ai-engineer', level: 'entry', currency: 'USD', min: null, max: 120_000, period: 'year', openEnded: false, also: { kind: 'total-compensation' } },
  { slug: B, line: 1252, quote: '$250,000+', table: true, role: 'ai-engineer', level: 'lead', currency: 'USD', min: 250_000, max: null, period: 'year', openEnded: true },
  { slug: B, line: 1252, quote: '$300,000+', table: true, role: 'ai-engineer', level: 'lead', currency: 'USD', min: 300_000, max: null, period: 'year', openEnded: true, also: { kind: 'total-compensation' } },
  { slug: B, line: 1261, quote: 'AU$116,000', table: true, role: 'ai-engineer', level: 'unspecified', currency: 'AUD', min: 116_000, max: 116_000, period: 'year', openEnded: false, also: { location: 'Australia' } },
  { slug: B, line: 1263, quote: '₹11,67,563 – ₹12,51,419', where: { section: 'Global Salary Comparison' }, table: true, role: 'ai-engineer', level: 'unspecified', currency: 'INR', min: 1_167_563, max: 1_251_419, period: 'year', openEnded: false },
  { slug: B, line: 1353, quote: '$106,000 to $175,000 annually', table: false, role: 'ai-engineer', level: 'unspecified', currency: 'USD', min: 106_000, max: 175_000, period: 'year', openEnded: false, also: { periodAssumed: false, location: 'U.S.' } },

  // hiring-ai-engineers-vs-data-scientists: nested lists per role, a role × level table, FAQ prose.
  { slug: C, line: 533, quote: '$145,000–175,000', table: false, role: 'ai-engineer', level: 'unspecified', currency: 'USD', min: 145_000, max: 175_000, period: 'year', openEnded: false, also: { kind: 'base', location: 'US', periodAssumed: true } },
  { slug: C, line: 533, quote: '$210,000+', table: false, role: 'ai-engineer', level: 'unspecified', currency: 'USD', min: 210_000, max: null, period: 'year', openEnded: true, also: { kind: 'total-compensation' } },
  { slug: C, line: 534, quote: '$175,262', table: false, role: 'ai-engineer', level: 'unspecified', currency: 'USD', min: 175_262, max: 175_262, period: 'year', openEnded: false, also: { credited: 'Built In', kind: 'base' } },
  { slug: C, line: 534, quote: '$210,595', table: false, role: 'ai-engineer', level: 'unspecified', currency: 'USD', min: 210_595, max: 210_595, period: 'year', openEnded: false, also: { credited: 'Built In', kind: 'total-compensation', approximate: true } },
  { slug: C, line: 538, quote: '$80K–110K', table: false, role: 'ai-engineer', level: 'entry', currency: 'USD', min: 80_000, max: 110_000, period: 'year', openEnded: false },
  { slug: C, line: 539, quote: '$180K–220K', table: false, role: 'ai-engineer', level: 'senior', currency: 'USD', min: 180_000, max: 220_000, period: 'year', openEnded: false },
  { slug: C, line: 542, quote: '$76K–132K', table: false, role: 'ai-engineer', level: 'unspecified', currency: 'USD', min: 76_000, max: 132_000, period: 'year', openEnded: false, also: { credited: 'ZipRecruiter', percentile: null } },
  { slug: C, line: 555, quote: '$126,571', table: false, role: 'data-scientist', level: 'unspecified', currency: 'USD', min: 126_571, max: 126_571, period: 'year', openEnded: false, also: { credited: 'Built In', kind: 'base' } },
  { slug: C, line: 556, quote: '$108,020', table: false, role: 'data-scientist', level: 'unspecified', currency: 'USD', min: 108_020, max: 108_020, period: 'year', openEnded: false, also: { credited: 'Coursera/BLS' } },
  { slug: C, line: 562, quote: '$160K–190K', table: false, role: 'data-scientist', level: 'senior', currency: 'USD', min: 160_000, max: 190_000, period: 'year', openEnded: false },
  { slug: C, line: 575, quote: '$220K–$270K+', table: true, role: 'ai-engineer', level: 'senior', currency: 'USD', min: 220_000, max: 270_000, period: 'year', openEnded: true, also: { kind: 'total-compensation', provenance: { table: { rowLabel: 'AI Engineer', columnHeader: 'Senior Total Comp' } } } },
  { slug: C, line: 575, quote: '$1M–$10M+', table: true, role: 'ai-engineer', level: 'unspecified', currency: 'USD', min: 1_000_000, max: 10_000_000, period: 'year', openEnded: true },
  { slug: C, line: 576, quote: '$140K–$180K', table: true, role: 'data-scientist', level: 'mid', currency: 'USD', min: 140_000, max: 180_000, period: 'year', openEnded: false },
  { slug: C, line: 584, quote: '$164K', table: false, role: 'ai-engineer', level: 'unspecified', currency: 'USD', min: 164_000, max: 164_000, period: 'year', openEnded: false, also: { location: 'San Francisco', kind: 'base' } },
  { slug: C, line: 589, quote: '$155K', table: false, role: 'data-scientist', level: 'unspecified', currency: 'USD', min: 155_000, max: 155_000, period: 'year', openEnded: false, also: { location: 'Palo Alto' } },
  { slug: C, line: 604, quote: '$12K/year', table: false, role: null, level: 'unspecified', currency: 'USD', min: 12_000, max: 12_000, period: 'year', openEnded: false, also: { location: 'Bengaluru', approximate: true, periodAssumed: false } },
  { slug: C, line: 604, quote: '$125K', table: false, role: null, level: 'unspecified', currency: 'USD', min: 125_000, max: null, period: 'year', openEnded: true, also: { location: 'Silicon Valley' } },
  { slug: C, line: 984, quote: '$180K–$250K', table: true, role: 'ai-engineer', level: 'senior', currency: 'USD', min: 180_000, max: 250_000, period: 'year', openEnded: false },
  { slug: C, line: 1292, quote: '$110K and $250K annually', table: false, role: 'ai-engineer', level: 'unspecified', currency: 'USD', min: 110_000, max: 250_000, period: 'year', openEnded: false, also: { periodAssumed: false } },
  { slug: C, line: 1296, quote: '$95K and $190K', table: false, role: 'data-scientist', level: 'unspecified', currency: 'USD', min: 95_000, max: 190_000, period: 'year', openEnded: false, also: { periodAssumed: true } },

  // the-2025-ai-engineer-career-report: "dollars" prose, line-broken tables (yearly and monthly), FAQ prose.
  { slug: D, line: 208, quote: '$145,000–$175,000 annually', table: false, role: 'ai-engineer', level: 'unspecified', currency: 'USD', min: 145_000, max: 175_000, period: 'year', openEnded: false, also: { location: 'United States', kind: 'base' } },
  { slug: D, line: 210, quote: '$30,000–$55,000 annually', table: false, role: 'ai-engineer', level: 'unspecified', currency: 'USD', min: 30_000, max: 55_000, period: 'year', openEnded: false, also: { location: 'India' } },
  { slug: D, line: 232, quote: '160,000 dollars', where: { context: 'median annual salary' }, table: false, role: 'ai-engineer', level: 'unspecified', currency: 'USD', min: 160_000, max: 160_000, period: 'year', openEnded: false, also: { kind: 'median', location: 'United States', periodAssumed: false } },
  { slug: D, line: 239, quote: '70,000–150,000 dollars', table: true, role: 'ai-engineer', level: 'entry', currency: 'USD', min: 70_000, max: 150_000, period: 'year', openEnded: false, also: { kind: 'base', provenance: { table: { rowLabel: 'Entry-Level (0-2 years)', columnHeader: 'Base Salary Range' } } } },
  { slug: D, line: 239, quote: '100,000–140,000 dollars', table: true, role: 'ai-engineer', level: 'entry', currency: 'USD', min: 100_000, max: 140_000, period: 'year', openEnded: false, also: { kind: 'total-compensation', provenance: { table: { columnHeader: 'Total Compensation Range' } } } },
  { slug: D, line: 241, quote: '190,000–350,000+ dollars', table: true, role: 'ai-engineer', level: 'senior', currency: 'USD', min: 190_000, max: 350_000, period: 'year', openEnded: true },
  { slug: D, line: 242, quote: '212,928 dollars', table: true, role: 'ml-engineer', level: 'senior', currency: 'USD', min: 212_928, max: 212_928, period: 'year', openEnded: false, also: { provenance: { table: { rowLabel: 'Senior ML Engineer', columnHeader: 'Total Compensation Range' } } } },
  { slug: D, line: 245, quote: '140,043 dollars', where: { context: '(median) –' }, table: true, role: 'computer-vision-engineer', level: 'entry', currency: 'USD', min: 140_043, max: 140_043, period: 'year', openEnded: false, also: { provenance: { table: { columnHeader: 'Base Salary Range' } } } },
  { slug: D, line: 250, quote: '140,000 dollars', table: false, role: 'computer-vision-engineer', level: 'entry', currency: 'USD', min: 140_000, max: null, period: 'year', openEnded: true, also: { kind: 'median' } },
  { slug: D, line: 257, quote: '135,000 dollars annually', table: false, role: 'ai-ethics-specialist', level: 'unspecified', currency: 'USD', min: 135_000, max: 135_000, period: 'year', openEnded: false, also: { kind: 'average', periodAssumed: false } },
  { slug: D, line: 258, quote: '205,000 to 221,000 dollars', table: false, role: 'ai-governance-professional', level: 'unspecified', currency: 'USD', min: 205_000, max: 221_000, period: 'year', openEnded: false, also: { kind: 'median' } },
  { slug: D, line: 270, quote: '205,000–221,000 dollars', table: true, role: 'ai-governance-professional', level: 'unspecified', currency: 'USD', min: 205_000, max: 221_000, period: 'year', openEnded: false, also: { kind: 'median', provenance: { table: { columnHeader: 'Median Salary' } } } },
  { slug: D, line: 295, quote: '7,500–9,583 dollars/month', table: true, role: 'ai-engineer', level: 'entry', currency: 'USD', min: 7_500, max: 9_583, period: 'month', openEnded: false, also: { location: 'United States', periodAssumed: false } },
  { slug: D, line: 295, quote: '13,333–20,833+ dollars/month', table: true, role: 'ai-engineer', level: 'senior', currency: 'USD', min: 13_333, max: 20_833, period: 'month', openEnded: true, also: { location: 'United States' } },
  { slug: D, line: 296, quote: '6,095–8,126 dollars/month', table: true, role: 'ai-engineer', level: 'entry', currency: 'USD', min: 6_095, max: 8_126, period: 'month', openEnded: false, also: { location: 'Western Europe' } },
  { slug: D, line: 298, quote: '17,323 dollars/year', table: true, role: 'ai-engineer', currency: 'USD', min: 17_323, max: 17_323, period: 'year', openEnded: false, also: { location: 'India', periodAssumed: false } },
  { slug: D, line: 457, quote: '70,000–145,000', table: true, role: 'ai-engineer', level: 'entry', currency: 'USD', min: 70_000, max: 145_000, period: 'year', openEnded: false, also: { periodAssumed: false } },
  { slug: D, line: 461, quote: '165,800–240,000', table: true, role: 'ai-engineer', level: 'executive', currency: 'USD', min: 165_800, max: 240_000, period: 'year', openEnded: false },
  { slug: D, line: 660, quote: '$160,000', table: false, role: 'ai-engineer', level: 'unspecified', currency: 'USD', min: 160_000, max: 160_000, period: 'year', openEnded: false, also: { kind: 'base', location: 'U.S.' } },
  { slug: D, line: 660, quote: '$300,000', table: false, role: 'ai-engineer', level: 'senior', currency: 'USD', min: 300_000, max: null, period: 'year', openEnded: true, also: { kind: 'total-compensation' } },
  { slug: D, line: 728, quote: '$70,000-$100,000', table: false, role: 'ai-engineer', level: 'entry', currency: 'USD', min: 70_000, max: 100_000, period: 'year', openEnded: false, also: { approximate: true } },
  { slug: D, line: 728, quote: '$130,000-$200,000', table: false, role: 'ai-engineer', level: 'mid', currency: 'USD', min: 130_000, max: 200_000, period: 'year', openEnded: false },
  { slug: D, line: 728, quote: '$250,000', table: false, role: 'ai-engineer', level: 'senior', currency: 'USD', min: 250_000, max: null, period: 'year', openEnded: true },

  // the-ai-architect-in-2025: one data source per column, a level × kind table, prose examples.
  { slug: E, line: 514, quote: '$179,925', where: { row: 'Annual Average' }, table: true, role: 'ai-architect', level: 'unspecified', currency: 'USD', min: 179_925, max: 179_925, period: 'year', openEnded: false, also: { credited: 'Salary.com', kind: 'average', periodAssumed: false, location: 'United States', provenance: { table: { columnHeader: 'Salary.com (2025)' } } } },
  { slug: E, line: 516, quote: '$91,000', table: true, role: 'ai-architect', level: 'unspecified', currency: 'USD', min: 91_000, max: 91_000, period: 'year', openEnded: false, also: { credited: 'ZipRecruiter', percentile: 25 } },
  { slug: E, line: 518, quote: '$328,000+', table: true, role: 'ai-architect', level: 'unspecified', currency: 'USD', min: 328_000, max: null, period: 'year', openEnded: true, also: { credited: '6figr', percentile: 90 } },
  { slug: E, line: 518, quote: '$250,000–$300,000+', table: true, role: 'ai-architect', level: 'unspecified', currency: 'USD', min: 250_000, max: 300_000, period: 'year', openEnded: true, also: { credited: 'JobzMall', percentile: 90 } },
  { slug: E, line: 519, quote: '$46,500–$201,500', table: true, role: 'ai-architect', level: 'unspecified', currency: 'USD', min: 46_500, max: 201_500, period: 'year', openEnded: false, also: { credited: 'ZipRecruiter', kind: 'range' } },
  { slug: E, line: 530, quote: '$224,000', table: false, role: 'ai-architect', level: 'unspecified', currency: 'USD', min: 224_000, max: null, period: 'year', openEnded: true, also: { location: 'San Francisco', kind: 'average' } },
  { slug: E, line: 541, quote: '$199,000', table: false, role: 'ai-architect', level: 'unspecified', currency: 'USD', min: 199_000, max: 199_000, period: 'year', openEnded: false, also: { kind: 'base', role: { asWritten: 'AI/ML Specialist Solutions Architect' } } },
  { slug: E, line: 541, quote: '$335,000', table: false, role: 'ai-architect', level: 'unspecified', currency: 'USD', min: 335_000, max: 335_000, period: 'year', openEnded: false, also: { kind: 'total-compensation' } },
  { slug: E, line: 542, quote: '$268,000', table: false, role: 'ai-architect', level: 'unspecified', currency: 'USD', min: 268_000, max: 268_000, period: 'year', openEnded: false, also: { kind: 'total-compensation', approximate: true } },
  { slug: E, line: 548, quote: '$90,000–$130,000', table: true, role: 'ai-architect', level: 'entry', currency: 'USD', min: 90_000, max: 130_000, period: 'year', openEnded: false, also: { kind: 'base' } },
  { slug: E, line: 551, quote: '$225,000+', table: true, role: 'ai-architect', level: 'executive', currency: 'USD', min: 225_000, max: null, period: 'year', openEnded: true, also: { kind: 'base' } },
  { slug: E, line: 551, quote: '$300,000–$400,000+', table: true, role: 'ai-architect', level: 'executive', currency: 'USD', min: 300_000, max: 400_000, period: 'year', openEnded: true, also: { kind: 'total-compensation' } },
  { slug: E, line: 1162, quote: '$130,000 to $260,000', table: false, role: 'ai-architect', level: 'unspecified', currency: 'USD', min: 130_000, max: 260_000, period: 'year', openEnded: false, also: { location: 'U.S.' } },

  // the-ai-trainer-career: prose by level, an hourly rate, a summary table.
  { slug: F, line: 37, quote: '$200,000 annually', table: false, role: 'ai-trainer', level: 'unspecified', currency: 'USD', min: 200_000, max: null, period: 'year', openEnded: true, also: { periodAssumed: false } },
  { slug: F, line: 565, quote: '$64,984 to $95,168', table: false, role: 'ai-trainer', level: 'unspecified', currency: 'USD', min: 64_984, max: 95_168, period: 'year', openEnded: false, also: { periodAssumed: false } },
  { slug: F, line: 574, quote: '$31.24 per hour', table: false, role: 'ai-trainer', level: 'unspecified', currency: 'USD', min: 31.24, max: 31.24, period: 'hour', openEnded: false, also: { periodAssumed: false, kind: 'average' } },
  { slug: F, line: 584, quote: '$57,480 to $76,640', table: false, role: 'ai-trainer', level: 'entry', currency: 'USD', min: 57_480, max: 76_640, period: 'year', openEnded: false, also: { periodAssumed: false } },
  { slug: F, line: 585, quote: '$50,000 annually', table: false, role: 'ai-trainer', level: 'entry', currency: 'USD', min: 50_000, max: 50_000, period: 'year', openEnded: false, also: { approximate: true } },
  { slug: F, line: 590, quote: '$90,000 and $130,000 annually', table: false, role: 'ai-trainer', level: 'mid', currency: 'USD', min: 90_000, max: 130_000, period: 'year', openEnded: false },
  { slug: F, line: 598, quote: '$233,110 annually', table: false, role: 'ai-trainer', level: 'unspecified', currency: 'USD', min: null, max: 233_110, period: 'year', openEnded: false, also: { percentile: 90 } },
  { slug: F, line: 643, quote: '$57,480 – $76,640', table: true, role: 'ai-trainer', level: 'entry', currency: 'USD', min: 57_480, max: 76_640, period: 'year', openEnded: false, also: { periodAssumed: false } },
  { slug: F, line: 646, quote: '$103,407 – $134,971', table: true, role: 'ml-engineer', level: 'unspecified', currency: 'USD', min: 103_407, max: 134_971, period: 'year', openEnded: false },
  { slug: F, line: 648, quote: '$135,000', where: { row: 'AI Product Manager' }, table: true, role: 'ai-product-manager', level: 'unspecified', currency: 'USD', min: 135_000, max: 135_000, period: 'year', openEnded: false, also: { approximate: true } },
  { slug: F, line: 772, quote: '$130,000 annually', table: false, role: 'ai-trainer', level: 'senior', currency: 'USD', min: 130_000, max: null, period: 'year', openEnded: true },
  { slug: F, line: 861, quote: '$64,000 and $95,000', table: false, role: 'ai-trainer', level: 'unspecified', currency: 'USD', min: 64_000, max: 95_000, period: 'year', openEnded: false, also: { location: 'US' } },

  // the-career-of-an-ai-architect: list by level, tables with "–" cells, named sources, EUR.
  { slug: G, line: 853, quote: '$90,000 and $130,000 annually', table: false, role: 'ai-architect', level: 'entry', currency: 'USD', min: 90_000, max: 130_000, period: 'year', openEnded: false },
  { slug: G, line: 858, quote: '$128,756 to $181,500', table: false, role: 'ai-architect', level: 'mid', currency: 'USD', min: 128_756, max: 181_500, period: 'year', openEnded: false },
  { slug: G, line: 867, quote: '$250,000 to $300,000+', table: false, role: 'ai-architect', level: 'unspecified', currency: 'USD', min: 250_000, max: 300_000, period: 'year', openEnded: true },
  { slug: G, line: 873, quote: '$130,000 – $170,001', table: true, role: 'ai-architect', level: 'entry', currency: 'USD', min: 130_000, max: 170_001, period: 'year', openEnded: false },
  { slug: G, line: 876, quote: '$250,000 – $300,000+', table: true, role: 'ai-architect', level: 'executive', currency: 'USD', min: 250_000, max: 300_000, period: 'year', openEnded: true, also: { percentile: 90 } },
  { slug: G, line: 880, quote: '$181,197/year', table: false, role: 'ai-architect', level: 'unspecified', currency: 'USD', min: 181_197, max: 181_197, period: 'year', openEnded: false, also: { credited: 'Glassdoor', kind: 'total-compensation', approximate: true, periodAssumed: false } },
  { slug: G, line: 880, quote: '$130,053', table: false, role: 'ai-architect', level: 'unspecified', currency: 'USD', min: 130_053, max: 130_053, period: 'year', openEnded: false, also: { credited: 'Glassdoor', kind: 'base' } },
  { slug: G, line: 881, quote: '$173,000/year', table: false, role: 'ai-architect', level: 'unspecified', currency: 'USD', min: 173_000, max: 173_000, period: 'year', openEnded: false, also: { credited: 'Talent.com', location: 'U.S.' } },
  { slug: G, line: 1350, quote: '$200,000+', table: true, role: 'ai-architect', level: 'senior', currency: 'USD', min: 200_000, max: null, period: 'year', openEnded: true, also: { location: 'United States' } },
  { slug: G, line: 1351, quote: '€85,000', table: true, role: 'ai-architect', level: 'entry', currency: 'EUR', min: 85_000, max: 85_000, period: 'year', openEnded: false, also: { location: 'Western Europe', periodAssumed: false } },
  { slug: G, line: 1351, quote: '€150,000+', table: true, role: 'ai-architect', level: 'senior', currency: 'EUR', min: 150_000, max: null, period: 'year', openEnded: true },
  { slug: G, line: 1352, quote: '$90,000', where: { row: 'Middle East (e.g., UAE)' }, table: true, role: 'ai-architect', level: 'entry', currency: 'USD', min: 90_000, max: 90_000, period: 'year', openEnded: false, also: { location: 'Middle East' } },
  { slug: G, line: 1452, quote: '$120,000 to $200,000 annually', table: false, role: 'ai-architect', level: 'unspecified', currency: 'USD', min: 120_000, max: 200_000, period: 'year', openEnded: false, also: { location: 'U.S.' } },

  // what-businesses-should-know: lists only (no Markdown table), a list intro naming the source.
  { slug: H, line: 98, quote: '$136,600/yr', table: false, role: null, level: 'unspecified', currency: 'USD', min: 136_600, max: 136_600, period: 'year', openEnded: false, also: { credited: 'US Bureau of Labor Statistics', kind: 'median' } },
  { slug: H, line: 106, quote: '$124,000/yr', table: false, role: 'ai-engineer', level: 'entry', currency: 'USD', min: 124_000, max: 124_000, period: 'year', openEnded: false, also: { credited: 'Glassdoor', periodAssumed: false } },
  { slug: H, line: 107, quote: '$138,000/yr', table: false, role: 'ai-engineer', level: 'mid', currency: 'USD', min: 138_000, max: 138_000, period: 'year', openEnded: false, also: { credited: 'Glassdoor' } },
  { slug: H, line: 114, quote: '$173,200', table: false, role: 'ai-engineer', level: 'unspecified', currency: 'USD', min: 173_200, max: 173_200, period: 'year', openEnded: false, also: { location: 'Bellevue, WA', periodAssumed: true } },
  { slug: H, line: 118, quote: '£60,646/yr', table: false, role: 'ai-engineer', level: 'unspecified', currency: 'GBP', min: 60_646, max: 60_646, period: 'year', openEnded: false, also: { location: 'UK', periodAssumed: false } },
  { slug: H, line: 119, quote: '€71,400', table: false, role: 'ai-engineer', level: 'unspecified', currency: 'EUR', min: 71_400, max: 71_400, period: 'year', openEnded: false, also: { location: 'Germany', periodAssumed: true } },
];

describe('salary figures of the real articles', () => {
  it.each(
    EXPECTED.map((expected) => [`${expected.slug.slice(0, 28)}:${expected.line} ${expected.quote}`, expected] as const),
  )('%s', (_name, expected) => {
    // The expectation is about what the article says at that line.
    expect(visible(run(expected.slug).lines[expected.line - 1] ?? '')).toContain(expected.quote);
    const item = figureOf(expected.slug, expected.quote, expected.where);
    expect({
      role: item.role.slug,
      ...(expected.level === undefined ? {} : { level: item.level.level }),
      currency: item.currency,
      min: item.min,
      max: item.max,
      period: item.period,
      openEnded: item.openEnded,
      fromTable: item.provenance.table !== null,
    }).toEqual({
      role: expected.role,
      ...(expected.level === undefined ? {} : { level: expected.level }),
      currency: expected.currency,
      min: expected.min,
      max: expected.max,
      period: expected.period,
      openEnded: expected.openEnded,
      fromTable: expected.table,
    });
    if (expected.also) expect(item).toMatchObject(expected.also);
    expect(item.provenance.context).toContain(item.provenance.quote);
  });

  it('covers every currency, an hourly, a monthly and an open-ended figure', () => {
    const currencies = new Set(EXPECTED.map((expected) => expected.currency));
    expect([...currencies].sort()).toEqual(['AUD', 'CAD', 'EUR', 'GBP', 'INR', 'JPY', 'USD']);
    expect(EXPECTED.some((expected) => expected.period === 'hour')).toBe(true);
    expect(EXPECTED.some((expected) => expected.period === 'month')).toBe(true);
    expect(EXPECTED.some((expected) => expected.openEnded && expected.max === null)).toBe(true);
    expect(EXPECTED.some((expected) => expected.openEnded && expected.max !== null)).toBe(true);
    // A table and a prose figure from every article with pay figures (the last one has no Markdown table).
    for (const slug of [A, B, C, D, E, F, G]) {
      expect(EXPECTED.some((expected) => expected.slug === slug && expected.table)).toBe(true);
      expect(EXPECTED.some((expected) => expected.slug === slug && !expected.table)).toBe(true);
    }
  });

  it('credits the source a table cell names next to the figure ("Avg. $185,833 (Built In)")', () => {
    expect(visible(run(B).lines[968 - 1] ?? '')).toContain('Avg. $185,833 (Built In)');
    expect(figureOf(B, '$185,833')).toMatchObject({
      role: { slug: 'ai-engineer' },
      level: { level: 'lead' },
      currency: 'USD',
      min: 185_833,
      max: 185_833,
      period: 'year',
      openEnded: false,
      credited: 'Built In',
    });
  });

  it.each<[string, number, string, Where, Record<string, unknown>]>([
    // "with top professionals earning over $300,000 including bonuses and equity."
    [
      E,
      1162,
      '$300,000',
      { context: 'including bonuses and equity' },
      { role: { slug: 'ai-architect' }, min: 300_000, max: null, openEnded: true },
    ],
    // "with top-tier roles in big tech paying up to $1M+ including equity."
    [C, 1292, '$1M+', { context: 'including equity' }, { role: { slug: 'ai-engineer' }, min: 1_000_000 }],
  ])('reads pay "including bonuses/equity" as total compensation (%s:%i %s)', (slug, line, quote, where, rest) => {
    expect(visible(run(slug).lines[line - 1] ?? '')).toContain(`${quote} including`);
    expect(figureOf(slug, quote, where)).toMatchObject({
      ...rest,
      currency: 'USD',
      period: 'year',
      kind: 'total-compensation',
    });
  });

  it('reads "N/A" and "–" cells as no value', () => {
    // the-ai-architect-in-2025 line 514–519: five sources, six rows, six "N/A" cells.
    const benchmarkTable = figureOf(E, '$91,000').provenance.table?.index;
    const benchmarks = run(E).figures.filter((item) => item.provenance.table?.index === benchmarkTable);
    expect(benchmarks).toHaveLength(24);
    // the-career-of-an-ai-architect line 873–876: four rows, six "–" cells.
    const byLevel = run(G).figures.filter(
      (item) => item.provenance.section === 'U.S. AI Architect Salary Range by Experience Level',
    );
    expect(byLevel).toHaveLength(6);
    for (const item of [...benchmarks, ...byLevel]) expect(item.provenance.quote).toMatch(/\d/);
  });
});

describe('money in the real articles that is not pay', () => {
  it.each<[string, string, number, string, Where, RegExp]>([
    ['the AI market value', E, 566, '$1.84 trillion', { context: 'forecasted to be valued' }, /market/],
    ['the AI market value in a table', E, 580, '$1.84 trillion', { contextIs: '$1.84 trillion' }, /market/],
    ['the contribution to the global economy', E, 1096, '$15.7 trillion', {}, /market|economic/],
    ['the AI engineering market size', B, 1039, '$9.46 billion', {}, /market/],
    ['the Azure AI exam fee', CERTIFICATIONS, 223, '$165 USD', {}, /fee/],
    ['the AWS exam cost', CERTIFICATIONS, 431, '$300 USD', {}, /fee/],
    ['the exam costs in the FAQ', CERTIFICATIONS, 741, '$300', { context: 'exam costs $300' }, /fee/],
    ['the Google exam cost', CERTIFICATIONS, 125, '$200', {}, /fee/],
    ['a difference in hourly rates', F, 613, '$15', {}, /difference/],
    ['conference budgets', D, 290, '5,000 to 15,000 dollars', {}, /budget/],
    ['the Canada conversion', B, 946, '$77,000', {}, /another currency/],
    ['the UK conversion', B, 947, '$73,000', {}, /another currency/],
    ['the Australia conversion', B, 948, '$75,000', {}, /another currency/],
    ['the Japan conversion', B, 949, '$91,000', {}, /another currency/],
    ['the India conversion', B, 950, '$14,000 – $15,000', {}, /another currency/],
  ])('reports %s as unparsed', (_name, slug, line, text, where, reason) => {
    expect(visible(run(slug).lines[line - 1] ?? '')).toContain(text);
    const notes = run(slug).unparsed.filter((note) => note.text === text && matches(note, where));
    expect(
      notes.map((note) => note.context),
      `unparsed "${text}" in ${slug}`,
    ).toHaveLength(1);
    expect(notes[0]?.reason).toMatch(reason);
    expect(run(slug).figures.filter((item) => item.provenance.quote === text && matches(item, where))).toEqual([]);
  });

  it.each<[string, string, number, string, 'bonus' | 'equity']>([
    ['a Built In bonus', C, 534, '$35,333', 'bonus'],
    ['a Built In bonus for data scientists', C, 555, '$17K', 'bonus'],
    ['additional cash compensation', D, 282, '35,333 dollars annually', 'bonus'],
    ['stock grants', D, 283, '2 million and 4 million dollars', 'equity'],
    ['sign-on equity', C, 546, '$1M+ annually', 'equity'],
    ['signing bonuses', C, 597, '$100M', 'bonus'],
    ['a Glassdoor bonus', G, 880, '$51,144', 'bonus'],
  ])('records %s as additional pay of its own kind, never as salary', (_name, slug, line, text, kind) => {
    expect(visible(run(slug).lines[line - 1] ?? '')).toContain(text);
    const figures = run(slug).figures.filter((item) => item.provenance.quote === text);
    expect(figures.map((item) => item.kind)).toEqual([kind]);
    expect(isSalaryKind(kind)).toBe(false);
    expect(run(slug).unparsed.filter((note) => note.text === text)).toEqual([]);
  });

  it('finds no pay figures where the articles state none', () => {
    // Job-opening counts ("210,000+" global openings), talent-gap charts, "six figures".
    expect(run(SHORTAGE).figures).toEqual([]);
    expect(run(CERTIFICATIONS).figures).toEqual([]);
  });

  it('never reads chart ticks, percentages or years as figures', () => {
    for (const { figures } of runs.values()) {
      for (const item of figures) {
        expect(item.provenance.context).not.toMatch(/[┼│●]/);
        expect(item.provenance.quote).not.toMatch(/%/);
        expect(item.provenance.quote).not.toMatch(/^(?:19|20)\d\d(?:[–-](?:19|20)\d\d)?$/);
      }
    }
  });
});

describe('every figure of the real articles', () => {
  it('has a quote in its context and a context in the article text', () => {
    for (const [slug, { body, figures }] of runs) {
      const text = visible(body);
      for (const item of figures) {
        const where = `${item.id} (${slug})`;
        expect(item.provenance.context, where).toContain(item.provenance.quote);
        expect(text, where).toContain(oneLine(item.provenance.context));
        expect(text, where).toContain(item.provenance.quote);
      }
    }
  });

  it('validates against the schema', () => {
    for (const { figures } of runs.values()) {
      for (const item of figures) expect(salaryFigureSchema.safeParse(item).error?.issues ?? [], item.id).toEqual([]);
    }
  });

  it('links to a heading of its article page', () => {
    for (const { figures, headingIds } of runs.values()) {
      for (const item of figures) {
        if (item.provenance.sectionId === null) continue;
        expect(headingIds.get(item.provenance.sectionId), item.id).toBe(item.provenance.section);
      }
    }
  });

  it('has a unique id, and there are at least 250 of them', () => {
    const ids = [...runs.values()].flatMap(({ figures }) => figures.map((item) => item.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(250);
  });
});
