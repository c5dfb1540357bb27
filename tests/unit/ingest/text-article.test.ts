import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { convertTextArticle } from '@/lib/ingest/text-article';
import { expectNothingLost, outline, parseMarkdown, textOf } from './text-helpers';

describe('convertTextArticle', () => {
  it('normalizes to NFC, removes control characters and drops trailing blank lines', () => {
    const result = convertTextArticle('Cafe\u0301 life\u0007 is good.\r\nSecond line.\n\n\n\n');
    expect(result.markdown).toBe('Café life is good.\n\nSecond line.\n');
  });

  it('keeps each non-empty line as its own paragraph, escaping Markdown syntax', () => {
    const result = convertTextArticle('# not a heading.\nPay *all* of it | now.\n1999. A year to remember.');
    expect(outline(result.markdown)).toEqual([
      'paragraph:# not a heading.',
      'paragraph:Pay *all* of it | now.',
      'paragraph:1999. A year to remember.',
    ]);
  });

  it('makes short unpunctuated lines headings when content follows', () => {
    const text = [
      'Opening paragraph.',
      'Summary',
      'Body under summary.',
      'Careers Today',
      '',
      'Body after a blank line.',
      'AI Job Descriptions: Learn detailed AI job descriptions to know what skills and tasks employers expect from applicants',
      '',
      'More body.',
      'A closing line without anything after it',
    ].join('\n');
    expect(outline(convertTextArticle(text).markdown)).toEqual([
      'paragraph:Opening paragraph.',
      'h2:Summary',
      'paragraph:Body under summary.',
      'h2:Careers Today',
      'paragraph:Body after a blank line.',
      'h2:AI Job Descriptions: Learn detailed AI job descriptions to know what skills and tasks employers expect from applicants',
      'paragraph:More body.',
      'paragraph:A closing line without anything after it',
    ]);
  });

  it('keeps a long "Heading: subtitle" line a paragraph unless a blank line follows', () => {
    const long = `Roles: ${'a very long subtitle '.repeat(7).trim()}`;
    expect(outline(convertTextArticle(`Intro.\n${long}\nBody.`).markdown)[1]).toBe(`paragraph:${long}`);
  });

  it('keeps a heading-shaped line followed by another heading-shaped line a paragraph (a related-post link)', () => {
    const text = 'Intro.\nTop AI Jobs in the USA: Careers and Salaries\nArchitect vs. Builder\nBody.';
    expect(outline(convertTextArticle(text).markdown)).toEqual([
      'paragraph:Intro.',
      'paragraph:Top AI Jobs in the USA: Careers and Salaries',
      'h2:Architect vs. Builder',
      'paragraph:Body.',
    ]);
  });

  it('takes an explicit first-line title out of the body', () => {
    const result = convertTextArticle('How to Become an AI Engineer\n\nFirst paragraph.\nTools\nSecond.');
    expect(result.title).toBe('How to Become an AI Engineer');
    expect(outline(result.markdown)).toEqual(['paragraph:First paragraph.', 'h2:Tools', 'paragraph:Second.']);
  });

  it('otherwise titles the article after its first non-generic heading, topic part only when long', () => {
    const subtitle = 'Understand the core roles and responsibilities of an AI engineer in the industry';
    const result = convertTextArticle(`Lead paragraph.\nSummary\nText.\nAI Engineer Roles: ${subtitle}\n\nBody.`);
    expect(result.title).toBe('AI Engineer Roles');
    expect(result.markdown).toContain(`## AI Engineer Roles: ${subtitle}\n`);
    expect(convertTextArticle('Lead.\nAI Roles\nBody.').title).toBe('AI Roles');
  });

  it('returns a null title when the text names none', () => {
    expect(convertTextArticle('Only prose here.\nAnd more prose.').title).toBeNull();
    expect(convertTextArticle('Lead.\nConclusion\nThe end.').title).toBeNull();
  });

  it('reads a stated date from the first lines only, strictly', () => {
    const dated = convertTextArticle('AI Careers\nPosted January 22, 2024\n\nBody text.');
    expect(dated).toMatchObject({ title: 'AI Careers', publishedAt: '2024-01-22T00:00:00Z' });
    expect(dated.markdown).toBe('Body text.\n');
    expect(convertTextArticle('Published: 29 Feb 2024\nBody.').publishedAt).toBe('2024-02-29T00:00:00Z');
    const impossible = convertTextArticle('Posted February 30, 2024\nBody.');
    expect(impossible.publishedAt).toBeNull();
    expect(impossible).toMatchObject({ title: null, markdown: 'Posted February 30, 2024\n\nBody.\n' });
    expect(convertTextArticle('One.\nTwo.\nThree.\nPosted January 22, 2024').publishedAt).toBeNull();
    expect(convertTextArticle('No date at all.').publishedAt).toBeNull();
  });

  it('turns "- ", "• ", "* " and "1. " lines into lists, keeping the text exactly', () => {
    const text = ['Intro:', '- One **x**', '• Two', '* Three', 'Steps:', '3. Gather', '4. Clean'].join('\n');
    expect(outline(convertTextArticle(text).markdown)).toEqual([
      'paragraph:Intro:',
      'ul:One **x** | Two | Three',
      'paragraph:Steps:',
      'ol:Gather | Clean',
    ]);
    expect(convertTextArticle(text).markdown).toContain('3. Gather\n4. Clean');
  });

  it('turns lines ending in ";" after a line ending in ":" into a list', () => {
    const text = 'Duties include:\nDeveloping pipelines;\nManaging risk (i.e. bias);\nAfterwards, a paragraph.';
    expect(outline(convertTextArticle(text).markdown)).toEqual([
      'paragraph:Duties include:',
      'ul:Developing pipelines; | Managing risk (i.e. bias);',
      'paragraph:Afterwards, a paragraph.',
    ]);
  });

  it('converts a captioned pipe table with every row and cell, and links the source', () => {
    const text = [
      'Intro.',
      'AI Roles Comparison',
      '| Role | Focus | Pay |',
      '|:---|:---:|---:|',
      '| AI Engineer | Build \\| Deploy | $120K-$180K |',
      '| Data Scientist | Analyze |',
      'Source: Glassdoor',
      'https://www.glassdoor.com',
    ].join('\n');
    const result = convertTextArticle(text);
    expect(outline(result.markdown)).toEqual([
      'paragraph:Intro.',
      'h3:AI Roles Comparison',
      'table:3x3',
      'paragraph:Source: Glassdoor',
    ]);
    const table = parseMarkdown(result.markdown).children[2] as Table;
    expect(table.align).toEqual(['left', 'center', 'right']);
    expect(table.children.map((row) => row.children.map(textOf))).toEqual([
      ['Role', 'Focus', 'Pay'],
      ['AI Engineer', 'Build | Deploy', '$120K-$180K'],
      ['Data Scientist', 'Analyze', ''],
    ]);
    expect(result.markdown).toContain('Source: [Glassdoor](https://www.glassdoor.com)\n');
  });

  it('keeps pipe lines without a delimiter row, and non-http URLs, as plain text', () => {
    const result = convertTextArticle('| a | b |\n| c | d |\nSource: Shady\njavascript:alert(1)');
    expect(outline(result.markdown)).toEqual([
      'paragraph:| a | b |',
      'paragraph:| c | d |',
      'paragraph:Source: Shady',
      'paragraph:javascript:alert(1)',
    ]);
    expect(result.markdown).not.toContain('](javascript');
  });

  it('makes FAQ questions h3 headings over their answers', () => {
    const text = 'Intro.\nFAQs\nWhat does an AI engineer do?\nThey ship models.\nIs it hard? Yes.\nNext?\nMaybe.';
    expect(outline(convertTextArticle(text).markdown)).toEqual([
      'paragraph:Intro.',
      'h2:FAQs',
      'h3:What does an AI engineer do?',
      'paragraph:They ship models.',
      'paragraph:Is it hard? Yes.',
      'h3:Next?',
      'paragraph:Maybe.',
    ]);
  });

  it('leaves questions outside an FAQ as paragraphs', () => {
    expect(outline(convertTextArticle('Lead.\nWhy learn Python?\nBecause.').markdown)[1]).toBe(
      'paragraph:Why learn Python?',
    );
  });
});

describe('convertTextArticle on content/sources/ai-engineer-roles-responsibilities-and-salaries.txt', () => {
  const source = readFileSync(
    path.join(process.cwd(), 'content/sources/ai-engineer-roles-responsibilities-and-salaries.txt'),
    'utf8',
  );
  const result = convertTextArticle(source);
  const blocks = outline(result.markdown);

  it('titles it after its first real section and states no date', () => {
    expect(result.title).toBe('AI Engineer Roles and Responsibilities');
    expect(result.publishedAt).toBeNull();
  });

  it('loses, adds and reorders no word', () => {
    expectNothingLost(source, result.markdown, 'words');
    expect(() => expectNothingLost('one two', 'onetwo', 'words')).toThrow();
  });

  it('keeps all five tables with their captions, rows, cells and sources', () => {
    const tables = parseMarkdown(result.markdown).children.flatMap((node, index, all) =>
      node.type === 'table' ? [{ node, caption: all[index - 1], source: all[index + 1] }] : [],
    );
    expect(tables.map(({ caption }) => caption && textOf(caption))).toEqual([
      'AI Roles Comparison',
      'AI Skills Demand & Importance',
      'AI Engineer Daily Workflow',
      'AI Learning Roadmap',
      'AI Career Salary & Growth Statistics',
    ]);
    expect(tables.map(({ node }) => [node.children.length, node.children[0]?.children.length])).toEqual([
      [5, 4],
      [6, 3],
      [6, 3],
      [6, 3],
      [6, 3],
    ]);
    expect(tables.map(({ source: credit }) => credit && textOf(credit))).toEqual([
      'Source: IBM',
      'Source: LinkedIn',
      'Source: Google AI',
      'Source: Coursera',
      'Source: Glassdoor',
    ]);
    const salaries = tables[4]?.node.children.map((row) => row.children.map(textOf));
    expect(salaries?.[1]).toEqual(['AI Engineer', '$120K-$180K', 'Very High']);
    expect(salaries?.[5]).toEqual(['AI Developer', '$90K-$150K', 'Increasing']);
    expect(result.markdown).toContain('Source: [Glassdoor](https://www.glassdoor.com)');
  });

  it('finds the sections, the related-post lines and the FAQ', () => {
    const headings = blocks.filter((block) => /^h\d:/.test(block));
    expect(headings.filter((heading) => heading.startsWith('h2:'))).toHaveLength(18);
    expect(headings.slice(0, 2)).toEqual([
      'h2:Summary',
      'h2:AI Engineer Roles and Responsibilities: Understand the core roles and responsibilities of an AI engineer in today’s fast-growing tech industry',
    ]);
    expect(blocks).toContain('paragraph:Top AI Jobs in the USA: Careers, Salaries, and Future Opportunities');
    expect(blocks).toContain('paragraph:Breaking & Progressive AI Regulation News in the United States');
    const faq = blocks.slice(blocks.indexOf('h2:FAQs') + 1);
    expect(faq.filter((block) => block.startsWith('h3:'))).toEqual([
      'h3:What does an AI engineer do day to day?',
      'h3:What’s the difference between an AI engineer and a data scientist?',
      'h3:What skills do employers look for in AI engineer job descriptions?',
      'h3:Do AI engineers need cloud and DevOps knowledge?',
      'h3:How can I start an AI engineering career without experience?',
    ]);
    expect(faq).toHaveLength(10);
  });

  it('keeps every list, one salary band per item', () => {
    expect(blocks.filter((block) => block.startsWith('ul:'))).toHaveLength(7);
    expect(blocks).toContain(
      'ul:Developing and managing training pipelines; | Evaluating models using relevant metrics (e.g., accuracy, precision, recall); | Managing risk (i.e. bias, data leakage, overfitting);',
    );
    expect(result.markdown).toContain(
      [
        '- Entry Level / Junior (0-2 years): $120,000-$150,000 per year',
        '- Middle Management / Mid-Level (3-5 years): $150,000-$200,000 per year',
        '- Executive / Senior (5+ years): $200,000+',
      ].join('\n'),
    );
    expect(result.markdown).toContain(
      '- Linear Algebra: This skill organizes vast amounts of data into nice little squares',
    );
  });
});

describe('convertTextArticle: a text that opens with its own --- block', () => {
  const text = [
    '---',
    'title: ../../etc/passwd',
    'slug: evil',
    'date: 2020-01-01',
    '---',
    '',
    'AI Engineer Salaries in 2025',
    '',
    'AI engineers earn a lot of money these days, and more every year.',
  ].join('\n');

  it('keeps the block as text above the article and takes the title and date from the text', () => {
    const result = convertTextArticle(text);
    expect(result.title).toBe('AI Engineer Salaries in 2025');
    expect(result.publishedAt).toBeNull();
    expect(outline(result.markdown)).toEqual([
      'paragraph:title: ../../etc/passwd',
      'paragraph:slug: evil',
      'paragraph:date: 2020-01-01',
      'paragraph:AI engineers earn a lot of money these days, and more every year.',
    ]);
  });

  it('treats a --- line that opens no key: value block as text, as before', () => {
    const result = convertTextArticle('---\nNot metadata at all, just a rule.\n---\n\nBody.');
    expect(result.markdown).toContain('Not metadata at all, just a rule.');
  });
});
