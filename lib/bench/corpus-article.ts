/**
 * One generated career article: the fields of an RSS item and its body as
 * WordPress HTML, with the parts the site extracts records from (pay tables
 * and prose, skills tables, responsibilities, career path, interview
 * questions, FAQs, a side-by-side comparison and a hiring table).
 */
import { drawBasePay, formatMoney, formatRange, levelRows, locationRows } from './corpus-pay';
import { heading, image, joinBlocks, list, paragraph, separator, table } from './corpus-html';
import {
  a,
  AUTHORS,
  CAREER_STEPS,
  COMPARISON_CRITERIA,
  FAQ_ANSWERS,
  FILLER_SENTENCES,
  HIRING_NEEDS,
  INDUSTRIES,
  INDUSTRY_PREMIUMS,
  INTERVIEW_QUESTIONS,
  INTRO_SENTENCES,
  PAY_SOURCES,
  RESPONSIBILITIES,
  TAKEAWAYS,
} from './corpus-words';
import type { Random } from './random';

export interface CorpusRole {
  slug: string;
  name: string;
}

export interface CorpusSkill {
  name: string;
  category: string;
}

export interface ArticleSpec {
  /** 0-based position in the corpus; makes the link unique. */
  index: number;
  title: string;
  role: CorpusRole;
  /** The role it is compared with. */
  other: CorpusRole;
  year: number;
}

export interface GeneratedItem {
  title: string;
  link: string;
  guid: string;
  pubDate: string;
  creator: string;
  categories: string[];
  html: string;
}

export const CORPUS_ORIGIN = 'https://careers.example.com';

const CATEGORY_LABELS: Record<string, string> = {
  programming: 'Programming Languages',
  'ml-frameworks': 'ML Frameworks',
  'mlops-cloud': 'MLOps & Cloud Platforms',
  data: 'Data Engineering',
  'math-statistics': 'Math & Statistics',
  'soft-skills': 'Soft Skills',
  domain: 'Domain Knowledge',
};

/** Lowercase ASCII words joined by hyphens, as WordPress makes post slugs. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** RFC 822 date as WordPress writes it: "Fri, 29 Aug 2025 14:11:35 +0000". */
function rssDate(random: Random, year: number): string {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year, 11, 31, 23, 59, 59);
  return new Date(start + Math.floor(random.next() * (end - start))).toUTCString().replace('GMT', '+0000');
}

function prose(random: Random, role: string, industry: string, count: number): string {
  return random
    .sample(FILLER_SENTENCES, count)
    .map((sentence) => sentence(role, industry))
    .join(' ');
}

function skillsTable(random: Random, skills: readonly CorpusSkill[]): string {
  const byCategory = new Map<string, string[]>();
  for (const skill of skills) byCategory.set(skill.category, [...(byCategory.get(skill.category) ?? []), skill.name]);
  const categories = random.sample([...byCategory.keys()].sort(), 4);
  const rows = categories.map((category) => [
    CATEGORY_LABELS[category] ?? category,
    random.sample(byCategory.get(category) ?? [], 4).join(', '),
  ]);
  return table(['Skill Category', 'Tools & Technologies'], rows);
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Builds one article; everything variable comes from `random`, so a seed fixes the corpus. */
export function generateArticle(
  spec: ArticleSpec,
  random: Random,
  skills: readonly CorpusSkill[],
  certifications: readonly string[],
): GeneratedItem {
  const { role, other, year } = spec;
  const name = role.name;
  const industry = random.pick(INDUSTRIES);
  const base = drawBasePay(random);
  const source = random.pick(PAY_SOURCES);
  const slug = `${slugify(spec.title).slice(0, 70).replace(/-+$/, '')}-${spec.index + 1}`;
  const link = `${CORPUS_ORIGIN}/${slug}/`;
  const levels = levelRows(base, random);
  const locations = locationRows(base, random, random.int(3, 5));

  const blocks = [
    '<div id="bsf_rt_marker"></div>',
    heading(2, 'Key Takeaways'),
    list(random.sample(TAKEAWAYS, 3).map((takeaway) => takeaway(name))),
    separator,
    ...random.sample(INTRO_SENTENCES, 6).map((sentence) => paragraph(sentence(name, industry))),
    image(`${CORPUS_ORIGIN}/wp-content/uploads/${year}/06/${slug}-1024x683.png`, spec.title),
    heading(2, `1. What Does ${a(name)} Do?`),
    paragraph(
      `${capitalize(a(name))} turns business problems into working AI systems. ${prose(random, name, industry, 3)}`,
    ),
    paragraph(`Key responsibilities of ${a(name)} include:`),
    list(random.sample(RESPONSIBILITIES, random.int(4, 6))),
    paragraph(prose(random, name, industry, 5)),
    heading(2, `2. Essential Skills and Tools for ${a(name)}`),
    paragraph(
      `Job postings for ${a(name)} ask for a mix of programming, modelling and engineering skills. ${prose(random, name, industry, 2)}`,
    ),
    skillsTable(random, skills),
    paragraph(prose(random, name, industry, 4)),
    paragraph(prose(random, name, industry, 5)),
    heading(2, `3. ${name} Salary by Experience Level`),
    paragraph(
      `According to ${source}, the average ${name} salary in the United States is ${formatMoney('$', base)} per year in ${year}. ` +
        `${prose(random, name, industry, 2)}`,
    ),
    table(
      ['Experience Level', 'Years of Experience', `${name} Salary (USD)`],
      levels.map((row) => [row.level, row.years, formatRange('$', row.min, row.max)]),
    ),
    heading(3, `${name} Salary by Location`),
    paragraph(`Pay for ${a(name)} varies widely between countries. Typical annual salaries in local currency:`),
    table(
      ['Country', 'Average Annual Salary'],
      locations.map((row) => [row.country, row.amount]),
    ),
    paragraph(prose(random, name, industry, 3)),
    heading(3, `${name} Salary by Industry`),
    paragraph(
      `The industry an employer is in moves pay as much as experience does. ${prose(random, name, industry, 3)}`,
    ),
    table(
      ['Industry', 'Salary Range (USD)', 'Why It Pays More'],
      random.sample(INDUSTRY_PREMIUMS, 4).map(([sector, factor, reason]) => {
        const mid = Math.round((base * factor) / 1000) * 1000;
        return [sector, formatRange('$', mid - 15_000, mid + 25_000), reason];
      }),
    ),
    heading(2, `${name} Job Outlook`),
    paragraph(prose(random, name, industry, 5)),
    paragraph(prose(random, name, industry, 5)),
    heading(2, `4. ${name} Career Path`),
    paragraph(
      `Most careers follow a similar ladder, although titles differ between companies. ${prose(random, name, industry, 2)}`,
    ),
    list(CAREER_STEPS.slice(0, random.int(3, 5)), true),
    heading(2, 'Certifications Worth Considering'),
    list(random.sample(certifications, 3)),
    heading(2, `5. ${name} vs ${other.name}`),
    paragraph(`The two roles overlap, but they are judged on different results. ${prose(random, name, industry, 2)}`),
    table(
      ['Criteria', name, other.name],
      random.sample(COMPARISON_CRITERIA, 3).map(([criterion, a, b]) => [criterion, a, b]),
    ),
    heading(3, 'Which Role Should You Hire?'),
    table(
      ['Business Need', 'Recommended Role', 'Justification'],
      random
        .sample(HIRING_NEEDS, 2)
        .map((need, i) => [
          need,
          i === 0 ? name : other.name,
          `Matches the core strengths of the ${i === 0 ? name : other.name}.`,
        ]),
    ),
    heading(2, `6. ${name} Interview Questions`),
    list(random.sample(INTERVIEW_QUESTIONS, 4), true),
    heading(2, 'Frequently Asked Questions'),
    heading(3, `Do you need a degree to become ${a(name)}?`),
    paragraph(FAQ_ANSWERS[0] ?? ''),
    heading(3, `Is ${name} a good career in ${year}?`),
    paragraph(FAQ_ANSWERS[2] ?? ''),
    heading(3, `Which programming language should ${a(name)} learn first?`),
    paragraph(FAQ_ANSWERS[3] ?? ''),
    heading(2, 'Conclusion'),
    paragraph(
      `The ${name} role rewards people who combine engineering discipline with curiosity. ${prose(random, name, industry, 4)}`,
    ),
  ];

  return {
    title: spec.title,
    link,
    guid: `${CORPUS_ORIGIN}/?p=${100_000 + spec.index}`,
    pubDate: rssDate(random, year),
    creator: random.pick(AUTHORS),
    categories: [name, `${name} salary`, 'AI Careers', `${year}`, random.pick(['Career Advice', 'Hiring', 'Salaries'])],
    html: joinBlocks(blocks),
  };
}
