import { describe, expect, it } from 'vitest';
import { salaryFigureSchema, unparsedMoneySchema, type SalaryFigure } from '@/lib/content/schema';
import { headingRank, textContent, visitElements } from '@/lib/markdown/hast-utils';
import { markdownToHast } from '@/lib/markdown/processor';
import { readArticleDocument } from '@/lib/records/document/article-document';
import { extractSalaries, titleRole, type SalaryExtraction } from '@/lib/records/salaries/extract-salaries';
import { createRoleMatcher } from '@/lib/records/document/role-matcher';

const ROLES = [
  { slug: 'ai-engineer', name: 'AI Engineer', aliases: ['Artificial Intelligence Engineer'] },
  { slug: 'ml-engineer', name: 'ML Engineer', aliases: ['Machine Learning Engineer'] },
  { slug: 'data-scientist', name: 'Data Scientist', aliases: [] },
  { slug: 'ai-architect', name: 'AI Architect', aliases: ['AI Solutions Architect'] },
  { slug: 'ai-trainer', name: 'AI Trainer', aliases: [] },
  { slug: 'computer-vision-engineer', name: 'Computer Vision Engineer', aliases: ['CV Engineer'] },
];
const matchRoles = createRoleMatcher(ROLES);

interface Run extends SalaryExtraction {
  markdown: string;
}

/** Runs the extractor on a Markdown body; the article role comes from the title, as in the build. */
function extract(markdown: string, title = 'A guide to careers in AI'): Run {
  const doc = readArticleDocument('fixture', title, markdown);
  return { markdown, ...extractSalaries(doc, matchRoles, titleRole(title, matchRoles)) };
}

/** The one figure quoted as `quote`. */
function figure(run: Run, quote: string): SalaryFigure {
  const found = run.figures.filter((item) => item.provenance.quote === quote);
  expect(
    found,
    `figures quoting ${quote}: ${run.figures.map((item) => item.provenance.quote).join(' | ')}`,
  ).toHaveLength(1);
  return found[0] as SalaryFigure;
}

function quotes(run: Run): string[] {
  return run.figures.map((item) => item.provenance.quote);
}

/** Ids the article page gives its headings, with their text. */
function headingIds(markdown: string): Map<string, string> {
  const ids = new Map<string, string>();
  visitElements(markdownToHast(markdown), (element) => {
    if (headingRank(element) !== undefined) ids.set(String(element.properties.id), textContent(element));
  });
  return ids;
}

/** What holds for every figure of every run: schema, quote in context, section id as on the page. */
function expectWellFormed(run: Run): void {
  const ids = headingIds(run.markdown);
  for (const item of run.figures) {
    expect(salaryFigureSchema.safeParse(item).error?.issues ?? []).toEqual([]);
    expect(item.provenance.context).toContain(item.provenance.quote);
    if (item.provenance.section === null) {
      expect(item.provenance.sectionId).toBeNull();
    } else {
      expect(ids.get(item.provenance.sectionId ?? '')).toBe(item.provenance.section);
    }
  }
  for (const note of run.unparsed) {
    expect(unparsedMoneySchema.safeParse(note).success).toBe(true);
    expect(note.context).toContain(note.text);
  }
  expect(new Set(run.figures.map((item) => item.id)).size).toBe(run.figures.length);
}

describe('extractSalaries: Markdown tables', () => {
  it('reads a table whose rows are roles and whose columns are levels', () => {
    const run = extract(
      [
        '## Compensation Comparison Table',
        '',
        '| Role | Entry-Level Total Comp | Mid-Career Total Comp | Senior Total Comp | Top-End/Hedge Funds/Big Tech |',
        '| - | - | - | - | - |',
        '| **AI Engineer** | $110K–$145K | $180K–$220K | $220K–$270K+ | $1M–$10M+ |',
        '| **Data Scientist** | $95K–$130K | N/A | $160K–$190K+ | – |',
      ].join('\n'),
    );
    expectWellFormed(run);
    expect(quotes(run)).toEqual([
      '$110K–$145K',
      '$180K–$220K',
      '$220K–$270K+',
      '$1M–$10M+',
      '$95K–$130K',
      '$160K–$190K+',
    ]);
    expect(figure(run, '$110K–$145K')).toMatchObject({
      role: { slug: 'ai-engineer', asWritten: 'AI Engineer', from: 'row' },
      level: { level: 'entry' },
      currency: 'USD',
      min: 110_000,
      max: 145_000,
      openEnded: false,
      period: 'year',
      periodAssumed: true,
      kind: 'total-compensation',
      provenance: {
        article: 'fixture',
        section: 'Compensation Comparison Table',
        sectionId: 'compensation-comparison-table',
        table: { index: 1, rowLabel: 'AI Engineer', columnHeader: 'Entry-Level Total Comp' },
        context: '$110K–$145K',
      },
    });
    expect(figure(run, '$180K–$220K').level.level).toBe('mid');
    expect(figure(run, '$220K–$270K+')).toMatchObject({
      level: { level: 'senior' },
      min: 220_000,
      max: 270_000,
      openEnded: true,
    });
    // "Big Tech" is an employer, not a level.
    expect(figure(run, '$1M–$10M+')).toMatchObject({
      level: { level: 'unspecified', asWritten: null },
      min: 1_000_000,
      max: 10_000_000,
      openEnded: true,
    });
    expect(figure(run, '$160K–$190K+')).toMatchObject({
      role: { slug: 'data-scientist', from: 'row' },
      level: { level: 'senior' },
    });
    // "N/A" and "–" cells say there is no value: no figure, nothing unparsed.
    expect(run.unparsed).toEqual([]);
  });

  it('reads the reverse: rows are levels and columns are roles', () => {
    const run = extract(
      [
        '### Salary by Level',
        '',
        '| Experience Level | AI Engineer | Data Scientist |',
        '| - | - | - |',
        '| Entry-Level (0–2 yrs) | $100,000 – $105,000 | – |',
        '| Senior-Level (5+ yrs) | $190,000 – $200,000 | $160,000 – $190,000 |',
      ].join('\n'),
    );
    expectWellFormed(run);
    expect(run.figures).toHaveLength(3);
    expect(figure(run, '$100,000 – $105,000')).toMatchObject({
      role: { slug: 'ai-engineer', from: 'column' },
      level: { level: 'entry', asWritten: 'Entry-Level (0–2 yrs)' },
      min: 100_000,
      max: 105_000,
      provenance: {
        sectionId: 'salary-by-level',
        table: { index: 1, rowLabel: 'Entry-Level (0–2 yrs)', columnHeader: 'AI Engineer' },
      },
    });
    expect(figure(run, '$160,000 – $190,000')).toMatchObject({
      role: { slug: 'data-scientist', from: 'column' },
      level: { level: 'senior' },
    });
    expect(run.unparsed).toEqual([]);
  });

  it('credits each column to the source it names', () => {
    const run = extract(
      [
        '## AI Architect Pay',
        '',
        'Compensation Benchmarks in the United States (2025)',
        '',
        '| Metric | Salary.com (2025) | ZipRecruiter (2025) | JobzMall (2025) |',
        '| - | - | - | - |',
        '| Annual Average | $179,925 | $128,756 | N/A |',
        '| 25th Percentile | $162,280 | $91,000 | N/A |',
        '| Top Earners (90th Percentile) | $199,471 | $180,000 | $250,000–$300,000+ |',
      ].join('\n'),
      'The AI Architect in 2025',
    );
    expectWellFormed(run);
    expect(run.figures).toHaveLength(7);
    expect(figure(run, '$179,925')).toMatchObject({
      role: { slug: 'ai-architect' },
      level: { level: 'unspecified' },
      location: 'United States',
      min: 179_925,
      max: 179_925,
      period: 'year',
      periodAssumed: false,
      kind: 'average',
      credited: 'Salary.com',
      percentile: null,
    });
    expect(figure(run, '$128,756')).toMatchObject({ credited: 'ZipRecruiter', kind: 'average' });
    expect(figure(run, '$91,000')).toMatchObject({ credited: 'ZipRecruiter', percentile: 25 });
    expect(figure(run, '$199,471')).toMatchObject({
      credited: 'Salary.com',
      percentile: 90,
      level: { level: 'unspecified' },
    });
    expect(figure(run, '$250,000–$300,000+')).toMatchObject({
      credited: 'JobzMall',
      percentile: 90,
      min: 250_000,
      max: 300_000,
      openEnded: true,
    });
  });

  it('takes the currency of bare numbers from a "(USD)" column header', () => {
    const run = extract(
      [
        '## AI Engineer Career Path',
        '',
        '| Role | Annual Salary Range (USD) |',
        '| - | - |',
        '| Junior AI Engineer | 70,000–145,000 |',
        '| Senior AI Engineer | 147,500–208,800 |',
      ].join('\n'),
    );
    expectWellFormed(run);
    expect(quotes(run)).toEqual(['70,000–145,000', '147,500–208,800']);
    expect(figure(run, '70,000–145,000')).toMatchObject({
      role: { slug: 'ai-engineer', from: 'row' },
      level: { level: 'entry' },
      currency: 'USD',
      min: 70_000,
      max: 145_000,
      period: 'year',
      periodAssumed: false,
    });
    expect(figure(run, '147,500–208,800').level.level).toBe('senior');
  });

  it('reads a Singapore dollar or Swiss franc column header as well as a US dollar one', () => {
    const run = extract(
      [
        '## AI Engineer salaries outside the US',
        '',
        '| Role | Salary in Singapore (SGD) | Salary in Zurich (CHF) |',
        '| - | - | - |',
        '| Senior AI Engineer | 150,000–210,000 | 140,000–185,000 |',
      ].join('\n'),
    );
    expectWellFormed(run);
    expect(figure(run, '150,000–210,000')).toMatchObject({ currency: 'SGD', location: 'Singapore', min: 150_000 });
    expect(figure(run, '140,000–185,000')).toMatchObject({ currency: 'CHF', location: 'Zurich', max: 185_000 });
  });

  it('reads lakh and crore with no currency as rupees only where the text is about India', () => {
    const run = extract(
      [
        'An AI Engineer in India earns 8 to 12 lakhs per annum on average.',
        '',
        '## AI Engineer salary in Bengaluru',
        '',
        'Freshers are paid 4.5–6 lakh a year.',
        '',
        '## AI Engineer salary in Pakistan',
        '',
        'In Pakistan, an AI Engineer makes about 3 lakh per month.',
      ].join('\n'),
    );
    expectWellFormed(run);
    expect(figure(run, '8 to 12 lakhs per annum')).toMatchObject({
      currency: 'INR',
      location: 'India',
      min: 800_000,
      max: 1_200_000,
    });
    expect(figure(run, '4.5–6 lakh a year')).toMatchObject({ currency: 'INR', min: 450_000, max: 600_000 });
    expect(quotes(run)).not.toContain('3 lakh per month');
    expect(run.unparsed).toContainEqual(
      expect.objectContaining({ text: '3 lakh per month', reason: 'no currency stated' }),
    );
  });

  it('gives no role to the pay of occupations outside the catalogue quoted for comparison', () => {
    const run = extract(
      [
        '## ML engineer vs data scientist salary',
        '',
        'A data analyst, by comparison, makes $76,000. A full-stack developer earns $110,000, and ML engineers $128,769.',
      ].join('\n'),
      'Machine Learning Engineer Salary: Your 2026 Guide',
    );
    expect(figure(run, '$76,000').role).toMatchObject({ slug: null, asWritten: 'data analyst' });
    expect(figure(run, '$110,000').role).toMatchObject({ slug: null, asWritten: 'full-stack developer' });
    expect(figure(run, '$128,769').role.slug).toBe('ml-engineer');
  });

  it('keeps a figure that a source "adds" as a statement, not as a difference', () => {
    const run = extract('## AI Engineer salary\n\nGlassdoor adds that the median is $120,000.');
    expect(figure(run, '$120,000')).toMatchObject({ role: { slug: 'ai-engineer' }, min: 120_000 });
  });

  it('reads each line of a card of labelled lines under a role heading', () => {
    const run = extract(
      [
        '## 1. Machine Learning Engineer',
        '',
        '**Average salary:** $161,000\\',
        '**Salary range:** $120,000 – $215,000\\',
        '**Job outlook:** 26% growth (2023–2033)',
      ].join('\n'),
      '10 Highest-Paying AI Jobs in 2027',
    );
    expect(run.unparsed).toEqual([]);
    expect(figure(run, '$161,000')).toMatchObject({ role: { slug: 'ml-engineer' }, kind: 'average', min: 161_000 });
    expect(figure(run, '$120,000 – $215,000')).toMatchObject({ role: { slug: 'ml-engineer' }, kind: 'range' });
  });

  it("ends a figure's words at a dash between clauses, so the next clause's role is not its own", () => {
    const run = extract('## Pay\n\nAI engineers earn a median of $135,000 in the U.S. — data scientists $120,000.');
    expect(figure(run, '$135,000').role.slug).toBe('ai-engineer');
    expect(figure(run, '$120,000').role.slug).toBe('data-scientist');
  });

  it('gives a figure the role it is about, not the role it is compared with', () => {
    const run = extract(
      [
        '## AI Engineer vs Data Scientist salary',
        '',
        'Data scientists typically earn less than AI engineers, with a median of $120,000.',
        '',
        'AI engineers earn $150,000 versus data scientists’ $125,000.',
      ].join('\n'),
    );
    expect(figure(run, '$120,000').role.slug).toBe('data-scientist');
    expect(figure(run, '$150,000').role.slug).toBe('ai-engineer');
    expect(figure(run, '$125,000').role.slug).toBe('data-scientist');
  });

  it('leaves out the gap a sentence is about, and keeps pay in a clause after the word "difference"', () => {
    const run = extract(
      [
        '## AI Engineer vs Data Scientist salary',
        '',
        'The salary gap between AI engineers ($150,000) and data scientists ($125,000) is about $25,000 a year.',
        '',
        'The biggest difference is in big tech, where the AI engineer median is $200,000.',
      ].join('\n'),
    );
    expect(quotes(run)).toEqual(['$150,000', '$125,000', '$200,000']);
    expect(run.unparsed).toEqual([
      expect.objectContaining({ text: '$25,000 a year', reason: 'difference between pay levels' }),
    ]);
  });

  it('gives each end of a "from X for A to Y for B" sentence its own level', () => {
    const run = extract(
      '## AI Engineer salary\n\nAI engineer salaries range from $95,000 for entry-level positions to $200,000+ for senior roles.',
    );
    expect(figure(run, '$95,000').level.level).toBe('entry');
    expect(figure(run, '$200,000+').level.level).toBe('senior');
  });

  it('reads an introduction under a title about pay as a passage about pay', () => {
    const intro =
      'I started as a junior ML engineer at a startup at $85k, moved to $120k as a mid-level engineer, and reached $165k as a senior ML engineer.';
    const run = extract(intro, 'My Path to Senior ML Engineer: What I Earned at Each Step');
    expect(run.unparsed).toEqual([]);
    expect(run.figures.map((figure) => [figure.provenance.quote, figure.level.level])).toEqual([
      ['$85k', 'entry'],
      ['$120k', 'mid'],
      ['$165k', 'senior'],
    ]);
    // The same words under a title that is not about pay stay out.
    expect(extract(intro, 'My Path to Senior ML Engineer').figures).toEqual([]);
  });

  it('leaves out a conversion written right after a figure, and keeps a second figure in the same currency', () => {
    const run = extract(
      [
        '## AI Engineer salary by country',
        '',
        'In Tokyo, AI engineers earn ¥6,000,000 (about $40,000) a year. In Germany, they earn €70,000, or roughly $76,000.',
        '',
        'Entry pay is $90,000 (senior $150,000).',
      ].join('\n'),
    );
    expect(quotes(run)).toEqual(['¥6,000,000', '€70,000', '$90,000', '$150,000']);
    expect(run.unparsed.map((note) => [note.text, note.reason])).toEqual([
      ['$40,000', 'restates the figure before it in another currency'],
      ['$76,000', 'restates the figure before it in another currency'],
    ]);
  });

  it('reads freshers as entry level', () => {
    const run = extract(
      '## ML engineer salary in India\n\nAround ₹10 LPA for freshers, rising to ₹30-45 LPA for senior engineers.',
    );
    expect(figure(run, '₹10 LPA').level.level).toBe('entry');
    expect(figure(run, '₹30-45 LPA').level.level).toBe('senior');
  });

  it('takes the currency of bare numbers from a "Currency" column, row by row', () => {
    const run = extract(
      [
        '## Data scientist salary by country',
        '',
        '| Country | Average Salary | Currency |',
        '| - | - | - |',
        '| Germany | 72,000 | EUR |',
        '| Canada | 95,000 | CAD |',
        '| Mexico | 450,000 | MXN |',
      ].join('\n'),
      'Data Scientist Salary by Country',
    );
    expectWellFormed(run);
    expect(figure(run, '72,000')).toMatchObject({ currency: 'EUR', location: 'Germany', kind: 'average' });
    expect(figure(run, '95,000')).toMatchObject({ currency: 'CAD', location: 'Canada' });
    // A currency the site does not know leaves its row's amount out, as a bare number always is.
    expect(quotes(run)).not.toContain('450,000');
  });

  it('leaves bare numbers out when no header names a currency', () => {
    const run = extract(
      [
        '#### AI Roles in Highest Demand (2025)',
        '',
        '| Role | Global Openings (Est.) | Top Industries Hiring |',
        '| - | - | - |',
        '| Machine Learning Engineer | 210,000+ | Tech, Finance |',
        '| Data Scientist | 180,000+ | SaaS |',
      ].join('\n'),
    );
    expect(run.figures).toEqual([]);
  });

  it('reports an "Equivalent in USD (Approx.)" column as unparsed, not as figures', () => {
    const run = extract(
      [
        '### Global Salary Averages for AI Engineers in 2025',
        '',
        '| Country | Average Annual Salary | Equivalent in USD (Approx.) |',
        '| - | - | - |',
        '| United States | $145,000 – $210,000+ | Highest-paying globally |',
        '| Canada | CA$104,704 | \\~$77,000 |',
        '| Japan | ¥9,943,766 | \\~$91,000 |',
        '| India | ₹11,67,563 – ₹12,51,419 | \\~$14,000 – $15,000 |',
      ].join('\n'),
    );
    expectWellFormed(run);
    expect(quotes(run)).toEqual(['$145,000 – $210,000+', 'CA$104,704', '¥9,943,766', '₹11,67,563 – ₹12,51,419']);
    expect(figure(run, 'CA$104,704')).toMatchObject({
      role: { slug: 'ai-engineer', from: 'heading' },
      location: 'Canada',
      currency: 'CAD',
      min: 104_704,
      max: 104_704,
      period: 'year',
      periodAssumed: false,
    });
    expect(figure(run, '₹11,67,563 – ₹12,51,419')).toMatchObject({
      currency: 'INR',
      min: 1_167_563,
      max: 1_251_419,
      location: 'India',
    });
    expect(figure(run, '$145,000 – $210,000+')).toMatchObject({ min: 145_000, max: 210_000, openEnded: true });
    expect(run.unparsed.map((note) => note.text)).toEqual(['$77,000', '$91,000', '$14,000 – $15,000']);
    for (const note of run.unparsed) {
      expect(note.reason).toMatch(/another currency/);
      expect(note.sectionId).toBe('global-salary-averages-for-ai-engineers-in-2025');
    }
  });
});

describe('extractSalaries: tables written as lines', () => {
  const markdown = [
    '## B. Comprehensive Salary & Compensation Analysis',
    '',
    'U.S. AI Engineer Compensation Breakdown',
    '',
    'Level / Specialization Base Salary Range Total Compensation Range\\',
    'Entry-Level (0-2 years) 70,000–150,000 dollars 100,000–140,000 dollars\\',
    'Senior-Level (5+ years) 190,000–250,000 dollars 190,000–350,000+ dollars\\',
    'Senior ML Engineer – 212,928 dollars (median)\\',
    'LLM Engineer – 25–40% premium over general ML Engineers\\',
    'Computer Vision Engineer (Entry) 140,043 dollars (median) –',
  ].join('\n');

  it('reads each row’s values into the pay columns the header names', () => {
    const run = extract(markdown, 'The 2025 AI Engineer Career Report');
    expectWellFormed(run);
    expect(quotes(run)).toEqual([
      '70,000–150,000 dollars',
      '100,000–140,000 dollars',
      '190,000–250,000 dollars',
      '190,000–350,000+ dollars',
      '212,928 dollars',
      '140,043 dollars',
    ]);
    expect(figure(run, '70,000–150,000 dollars')).toMatchObject({
      role: { slug: 'ai-engineer' },
      level: { level: 'entry', asWritten: 'Entry-Level (0-2 years)' },
      currency: 'USD',
      min: 70_000,
      max: 150_000,
      kind: 'base',
      period: 'year',
      periodAssumed: true,
      provenance: {
        sectionId: 'b-comprehensive-salary--compensation-analysis',
        table: { index: 1, rowLabel: 'Entry-Level (0-2 years)', columnHeader: 'Base Salary Range' },
        context: 'Entry-Level (0-2 years) 70,000–150,000 dollars 100,000–140,000 dollars',
      },
    });
    expect(figure(run, '100,000–140,000 dollars')).toMatchObject({
      kind: 'total-compensation',
      provenance: { table: { columnHeader: 'Total Compensation Range' } },
    });
    expect(figure(run, '190,000–350,000+ dollars')).toMatchObject({
      level: { level: 'senior' },
      min: 190_000,
      max: 350_000,
      openEnded: true,
    });
  });

  it('lets a "–" placeholder hold a column, shifting the value into the next one', () => {
    const run = extract(markdown, 'The 2025 AI Engineer Career Report');
    expect(figure(run, '212,928 dollars')).toMatchObject({
      role: { slug: 'ml-engineer', asWritten: 'ML Engineer', from: 'row' },
      level: { level: 'senior' },
      min: 212_928,
      max: 212_928,
      provenance: { table: { rowLabel: 'Senior ML Engineer', columnHeader: 'Total Compensation Range' } },
    });
    // A trailing "–" holds the second column; the value stays in the first.
    expect(figure(run, '140,043 dollars')).toMatchObject({
      role: { slug: 'computer-vision-engineer', from: 'row' },
      level: { level: 'entry' },
      min: 140_043,
      provenance: { table: { columnHeader: 'Base Salary Range' } },
    });
    // A premium in percent is not pay.
    expect(run.figures.some((item) => item.provenance.context.startsWith('LLM Engineer'))).toBe(false);
  });
});

describe('extractSalaries: prose', () => {
  it('reads the level each clause names', () => {
    const run = extract(
      [
        '#### What is the salary difference between entry-level and senior AI Engineers?',
        '',
        'Entry-level salaries start around $70,000-$100,000, mid-level roles range $130,000-$200,000, and senior specialists can exceed $250,000, with high-demand niches earning more.',
      ].join('\n'),
    );
    expectWellFormed(run);
    expect(quotes(run)).toEqual(['$70,000-$100,000', '$130,000-$200,000', '$250,000']);
    expect(figure(run, '$70,000-$100,000')).toMatchObject({
      role: { slug: 'ai-engineer', from: 'heading' },
      level: { level: 'entry' },
      min: 70_000,
      max: 100_000,
      approximate: true,
      period: 'year',
      periodAssumed: true,
      provenance: {
        section: 'What is the salary difference between entry-level and senior AI Engineers?',
        sectionId: 'what-is-the-salary-difference-between-entry-level-and-senior-ai-engineers',
        table: null,
      },
    });
    expect(figure(run, '$130,000-$200,000')).toMatchObject({ level: { level: 'mid' }, approximate: false });
    expect(figure(run, '$250,000')).toMatchObject({
      level: { level: 'senior' },
      min: 250_000,
      max: null,
      openEnded: true,
    });
  });

  it('reads list items under a role heading, with the level each item names', () => {
    const run = extract(
      [
        '#### Data Scientist Compensation Trends',
        '',
        '- **Experience-Based Growth**',
        '',
        '  - Entry: **$95K–130K**',
        '  - Mid-level: **$140K–160K**',
        '  - Senior (10–15+ years): **$160K–190K**',
      ].join('\n'),
    );
    expectWellFormed(run);
    expect(
      run.figures.map((item) => [item.provenance.quote, item.role.slug, item.level.level, item.min, item.max]),
    ).toEqual([
      ['$95K–130K', 'data-scientist', 'entry', 95_000, 130_000],
      ['$140K–160K', 'data-scientist', 'mid', 140_000, 160_000],
      ['$160K–190K', 'data-scientist', 'senior', 160_000, 190_000],
    ]);
    expect(figure(run, '$95K–130K').provenance.context).toBe('Entry: $95K–130K');
  });

  it('credits the source a list introduction names', () => {
    const run = extract(
      [
        '## How much does an AI engineer make',
        '',
        'By experience (data by Glassdoor):',
        '',
        '- Junior AI engineer: $124,000/yr',
        '- Middle AI engineer: $138,000/yr',
        '',
        'By location:',
        '',
        '- UK: £60,646/yr',
      ].join('\n'),
    );
    expectWellFormed(run);
    expect(figure(run, '$124,000/yr')).toMatchObject({
      role: { slug: 'ai-engineer', asWritten: 'AI engineer', from: 'sentence' },
      level: { level: 'entry', asWritten: 'Junior' },
      credited: 'Glassdoor',
      min: 124_000,
      period: 'year',
      periodAssumed: false,
    });
    expect(figure(run, '$138,000/yr')).toMatchObject({ level: { level: 'mid' }, credited: 'Glassdoor' });
    expect(figure(run, '£60,646/yr')).toMatchObject({ currency: 'GBP', location: 'UK', credited: null });
  });

  it('reads hourly and monthly rates', () => {
    const run = extract(
      [
        '#### 1. Average Salary for AI Trainers in the US',
        '',
        '- **Average Hourly Wage**:',
        '  - $31.24 per hour, reflecting the potential for hourly compensation.',
        '',
        'In the United States, AI Engineers earn 7,500–9,583 dollars/month at the start of their careers.',
      ].join('\n'),
    );
    expectWellFormed(run);
    expect(figure(run, '$31.24 per hour')).toMatchObject({
      role: { slug: 'ai-trainer', from: 'heading' },
      min: 31.24,
      max: 31.24,
      period: 'hour',
      periodAssumed: false,
      kind: 'average',
    });
    expect(figure(run, '7,500–9,583 dollars/month')).toMatchObject({
      role: { slug: 'ai-engineer', from: 'sentence' },
      location: 'United States',
      currency: 'USD',
      min: 7_500,
      max: 9_583,
      period: 'month',
      periodAssumed: false,
    });
  });

  it('marks approximate figures and keeps a total next to a bonus', () => {
    const run = extract(
      [
        '#### AI Engineer Compensation Trends',
        '',
        '- Built In reports average base of **$175,262**, plus $35,333 in bonus, totaling **\\~$210,595**',
        '- Entry-level AI Engineers can expect to earn around $50,000 annually.',
      ].join('\n'),
    );
    expectWellFormed(run);
    expect(quotes(run)).toEqual(['$175,262', '$35,333', '$210,595', '$50,000 annually']);
    expect(figure(run, '$175,262')).toMatchObject({ kind: 'base', credited: 'Built In', approximate: false });
    expect(figure(run, '$210,595')).toMatchObject({
      kind: 'total-compensation',
      credited: 'Built In',
      approximate: true,
      min: 210_595,
      max: 210_595,
    });
    expect(figure(run, '$50,000 annually')).toMatchObject({
      level: { level: 'entry' },
      approximate: true,
      period: 'year',
      periodAssumed: false,
    });
    // The bonus is a figure of its own kind beside the base and the total, never added to either.
    expect(run.unparsed).toEqual([]);
    expect(figure(run, '$35,333')).toMatchObject({ kind: 'bonus', min: 35_333, max: 35_333, credited: 'Built In' });
  });

  it('splits sentences without breaking on "U.S." or decimal points', () => {
    const run = extract(
      [
        '## Pay',
        '',
        'In the U.S., the average salary for an AI Engineer ranges from $106,000 to $175,000 annually. Data Scientists earn $31.50 per hour.',
      ].join('\n'),
    );
    expectWellFormed(run);
    expect(figure(run, '$106,000 to $175,000 annually')).toMatchObject({
      role: { slug: 'ai-engineer' },
      location: 'U.S.',
      min: 106_000,
      max: 175_000,
      provenance: {
        context: 'In the U.S., the average salary for an AI Engineer ranges from $106,000 to $175,000 annually.',
      },
    });
    expect(figure(run, '$31.50 per hour')).toMatchObject({
      role: { slug: 'data-scientist' },
      min: 31.5,
      period: 'hour',
      provenance: { context: 'Data Scientists earn $31.50 per hour.' },
    });
  });

  it('gives a repeated heading the id the page gives it', () => {
    const markdown = [
      '## Salary',
      '',
      'AI Engineers earn $150,000 a year.',
      '',
      '## Salary',
      '',
      'Data Scientists earn $130,000 a year.',
    ].join('\n');
    const run = extract(markdown);
    expectWellFormed(run);
    expect(figure(run, '$150,000 a year').provenance.sectionId).toBe('salary');
    expect(figure(run, '$130,000 a year').provenance.sectionId).toBe('salary-1');
  });
});

describe('extractSalaries: traps', () => {
  const unparsedOnly = (markdown: string): Run => {
    const run = extract(markdown);
    expectWellFormed(run);
    expect(run.figures, quotes(run).join(' | ')).toEqual([]);
    return run;
  };

  it.each([
    [
      'a market size',
      '## AI Engineer Demand\n\n- By **2025**, the AI market is forecasted to be valued at **$1.84 trillion**, highlighting how businesses prioritise AI.',
      '$1.84 trillion',
      /market/,
    ],
    [
      'a market size in a table',
      '## AI Engineer Demand\n\n| Category | Projected Figures (by 2025) |\n| - | - |\n| Global AI Market Value | $1.84 trillion |',
      '$1.84 trillion',
      /market/,
    ],
    [
      'an exam fee',
      '## AI Engineer Certification\n\n- **Exam Fee**: $165 USD (subject to region-based pricing)',
      '$165 USD',
      /fee/,
    ],
    [
      'a course cost',
      '## Becoming an AI Engineer\n\nThe bootcamp course costs $12,000, and graduates often earn higher salaries.',
      '$12,000',
      /fee|price/,
    ],
    [
      'a conference budget',
      '## AI Engineer Perks\n\n- Annual conference budgets, ranging from 5,000 to 15,000 dollars, support continuous learning for every engineer paid by the company.',
      '5,000 to 15,000 dollars',
      /budget/,
    ],
    [
      'a difference between pay levels',
      '## AI Trainer Pay\n\n- The average hourly rate for AI Trainers can differ by as much as $15 across different locations.',
      '$15',
      /difference/,
    ],
    [
      'a gap stated after the amount',
      '## ML Engineer vs Data Scientist Salary\n\nOn Glassdoor, data scientists earn about $11,000 less than ML engineers.',
      '$11,000',
      /difference/,
    ],
    [
      'what a skill adds',
      '## What affects an ML engineer salary?\n\nKnowing PyTorch, Kubernetes and AWS adds about $8,000 to $15,000.',
      '$8,000 to $15,000',
      /difference/,
    ],
  ])('reports %s as unparsed', (_name, markdown, text, reason) => {
    const run = unparsedOnly(markdown);
    expect(run.unparsed.map((note) => note.text)).toEqual([text]);
    expect(run.unparsed[0]?.reason).toMatch(reason);
  });

  it.each<[string, string, string, 'bonus' | 'equity']>([
    [
      'a bonus',
      '## AI Engineer Pay\n\nThe average additional cash compensation is approximately $35,333 in bonus each year.',
      '$35,333',
      'bonus',
    ],
    [
      'sign-on equity',
      '## AI Engineer Pay\n\n- Big Tech sign-on equity can total **$1M+ annually** for AI engineers.',
      '$1M+ annually',
      'equity',
    ],
    [
      'RSUs',
      '## AI Engineer Pay\n\n- AI engineers at large firms receive $40,000 in RSUs each year on top of base pay.',
      '$40,000',
      'equity',
    ],
  ])('records %s as its own kind of pay, not as salary', (_name, markdown, quote, kind) => {
    const run = extract(markdown);
    expectWellFormed(run);
    expect(run.unparsed).toEqual([]);
    expect(quotes(run)).toEqual([quote]);
    expect(figure(run, quote).kind).toBe(kind);
  });

  it('ignores chart axis ticks inside code blocks', () => {
    const run = unparsedOnly(
      [
        '## AI Engineer Salary Charts',
        '',
        '```',
        'Total Compensation ($K)',
        '$300K ┼',
        '$250K ┼            DS Senior         ●',
        '$200K ┼  AI Mid        ●',
        '```',
      ].join('\n'),
    );
    expect(run.unparsed).toEqual([]);
  });

  it('does not read "six-figure" salaries, job openings or a premium in percent as figures', () => {
    const run = unparsedOnly(
      [
        '## AI Engineer Salaries',
        '',
        'Many AI certifications lead to six-figure salaries and more.',
        '',
        'AI Engineer job openings 12,000 in 2024, with pay rising every year.',
        '',
        'AI Engineers enjoy a 28% premium in salary over software engineers, and 25–40% more in LLM roles.',
      ].join('\n'),
    );
    expect(run.unparsed).toEqual([]);
  });

  it('keeps the salary and drops the premium in the same sentence', () => {
    const run = extract(
      '## B. Salary\n\n- In the United States, AI Engineers command a median annual salary of 160,000 dollars, reflecting a 28% premium over traditional software engineering roles.',
    );
    expectWellFormed(run);
    expect(run.figures).toHaveLength(1);
    expect(figure(run, '160,000 dollars')).toMatchObject({
      role: { slug: 'ai-engineer' },
      location: 'United States',
      kind: 'median',
      min: 160_000,
      max: 160_000,
      period: 'year',
      periodAssumed: false,
    });
    expect(run.unparsed).toEqual([]);
  });

  it('leaves out money that no passage about pay surrounds', () => {
    const run = extract('## Tools\n\nThe GPU cluster was bought for $40,000 by the AI Engineer team.');
    expect(run.figures).toEqual([]);
  });
});

describe('words between two figures in one sentence', () => {
  it('belong to the figure before them, not the next one', () => {
    const run = extract(
      [
        '## AI Trainer pay',
        '',
        'Some AI Trainers reach up to $93,500 annually in base salary or $44 per hour in compensation.',
        '',
        '- Palo Alto: $155K base, Seattle: $141K',
        '',
        'Data Scientists earn $95K, with leadership or specialized roles reaching $250K or more.',
      ].join('\n'),
    );
    expectWellFormed(run);
    expect(figure(run, '$93,500 annually')).toMatchObject({ kind: 'base', min: null, max: 93500 });
    expect(figure(run, '$44 per hour')).toMatchObject({ kind: 'unspecified', period: 'hour', min: 44, max: 44 });
    expect(figure(run, '$155K')).toMatchObject({ kind: 'base', location: 'Palo Alto' });
    expect(figure(run, '$141K')).toMatchObject({ kind: 'unspecified', location: 'Seattle' });
    // The clause after the comma still describes its own figure.
    expect(figure(run, '$250K or more')).toMatchObject({
      role: { slug: 'data-scientist' },
      level: { level: 'lead' },
      min: 250000,
      max: null,
      openEnded: true,
    });
  });

  it('leave the kind the sentence opens with to its first figure when a later one is a bound', () => {
    const run = extract(
      [
        '## AI Engineer salary',
        '',
        'In the United States, AI engineers earn a median salary of $126,000 per year, and senior AI engineers at top labs earn up to $335,000.',
        '',
        'The average salary is $120,000 for juniors and $150,000 for seniors.',
      ].join('\n'),
    );
    expectWellFormed(run);
    expect(figure(run, '$126,000 per year')).toMatchObject({ kind: 'median', location: 'United States' });
    expect(figure(run, '$335,000')).toMatchObject({
      kind: 'unspecified',
      level: { level: 'senior' },
      location: 'United States',
      min: null,
      max: 335000,
    });
    // Two amounts under one opening are both of its kind.
    expect(figure(run, '$150,000')).toMatchObject({ kind: 'average', min: 150000 });
  });
});
