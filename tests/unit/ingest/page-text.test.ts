import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { List } from 'mdast';
import { describe, expect, it } from 'vitest';
import { convertPageText } from '@/lib/ingest/page-text';
import { expectNothingLost, outline, parseMarkdown } from './text-helpers';

/** The blocks a flattened body turns into (no header chrome in these fixtures). */
const blocksOf = (text: string) => outline(convertPageText(text).markdown);

describe('convertPageText header', () => {
  const header = 'Home › Blog › AI Roles: A Guide AI Roles: A Guide Posted';

  it('takes the repeated title and the Posted date, and strips the chrome', () => {
    for (const posted of [
      `${header}January 22, 2024 7 min read Body starts.`,
      `${header} January 22, 2024 7 min read Body starts.`,
    ]) {
      expect(convertPageText(posted)).toEqual({
        title: 'AI Roles: A Guide',
        publishedAt: '2024-01-22T00:00:00Z',
        markdown: 'Body starts.\n',
      });
    }
  });

  it('keeps an impossible date as text and states none', () => {
    const result = convertPageText(`${header}February 30, 2024 Body.`);
    expect(result).toMatchObject({ title: 'AI Roles: A Guide', publishedAt: null });
    expect(result.markdown).toBe('PostedFebruary 30, 2024 Body.\n');
  });

  it('takes the title before "Posted" when it is printed once', () => {
    expect(convertPageText('Home › Blog › Hiring AI Engineers Posted March 3, 2025 Text.')).toEqual({
      title: 'Hiring AI Engineers',
      publishedAt: '2025-03-03T00:00:00Z',
      markdown: 'Text.\n',
    });
  });

  it('invents nothing when there is no header', () => {
    expect(convertPageText('Plain text. Posted January 22, 2024 in the body.')).toEqual({
      title: null,
      publishedAt: null,
      markdown: 'Plain text. Posted January 22, 2024 in the body.\n',
    });
  });

  it('removes control characters and normalizes to NFC', () => {
    expect(convertPageText('Cafe\u0301\u0000 time.').markdown).toBe('Café time.\n');
  });
});

describe('convertPageText glue cutting', () => {
  it('cuts where a sentence end meets a capital or digit', () => {
    expect(blocksOf('One idea.Product teams grow.2024 was busy.Is it?Yes it is.')).toEqual([
      'paragraph:One idea.',
      'paragraph:Product teams grow.',
      'paragraph:2024 was busy.',
      'h2:Is it?',
      'paragraph:Yes it is.',
    ]);
  });

  it('cuts where a lowercase word, a number or a bracket meets a capital', () => {
    expect(blocksOf('AI engineer responsibilitiesWe group them.')).toEqual([
      'h2:AI engineer responsibilities',
      'paragraph:We group them.',
    ]);
    expect(blocksOf('Pay:Junior: $124,000/yrMiddle: $138,000Senior: $151,000')).toEqual([
      'paragraph:Pay:',
      'ul:Junior: $124,000/yr | Middle: $138,000 | Senior: $151,000',
    ]);
    expect(blocksOf('Skills:Python (and others)Non-technical work')).toEqual([
      'paragraph:Skills:',
      'ul:Python (and others) | Non-technical work',
    ]);
  });

  it('cuts an acronym or a long capitalized word glued to the next word', () => {
    expect(blocksOf('Skills:Applying NLPUsing toolsBuilding apps')).toEqual([
      'paragraph:Skills:',
      'ul:Applying NLP | Using tools | Building apps',
    ]);
    expect(blocksOf('Intel Edge CertificationIntel Edge is a way in.')).toEqual([
      'h2:Intel Edge Certification',
      'paragraph:Intel Edge is a way in.',
    ]);
  });

  it('keeps CamelCase names, decimals, abbreviations, units and URLs whole', () => {
    const text =
      'PyTorch, TensorFlow, MarTech, AdTech, NoSQL, AzureAI, LinkedIn, GitHub, DevOps, MLOps, iPhone, ChatGPT, OpenAI, macOS, XGBoost, SQLite and HRTech, ' +
      'version 3.5, the U.S.A, e.g.Python, Mr.Smith, 12:30, 3D, B2B, 5G, 10Gbps, python3 and https://example.com/FooBar.Baz?a=B all stay.';
    expect(blocksOf(text)).toEqual([`paragraph:${text}`]);
  });
});

describe('convertPageText grouping', () => {
  it('makes short fragments before prose headings, longer ones captions', () => {
    expect(
      blocksOf(
        'Final thoughtsAs AI spreads, teams grow.Sergii Kovalenko, Data Scientist at Xenoss, is sharing his take on skills for AI engineersFor example, this.',
      ),
    ).toEqual([
      'h2:Final thoughts',
      'paragraph:As AI spreads, teams grow.',
      'paragraph:Sergii Kovalenko, Data Scientist at Xenoss, is sharing his take on skills for AI engineers',
      'paragraph:For example, this.',
    ]);
  });

  it('lists the fragments after a colon, ending at a Title Case heading', () => {
    expect(
      blocksOf(
        'Skills measured:Develop vision modelsDesign deep learning appsThe exam needs PyTorch.Skills measured:Applying NLPImplementing AI solutionsIBM Machine Learning CertificateThe credential helps.',
      ),
    ).toEqual([
      'paragraph:Skills measured:',
      'ul:Develop vision models | Design deep learning apps',
      'paragraph:The exam needs PyTorch.',
      'paragraph:Skills measured:',
      'ul:Applying NLP | Implementing AI solutions',
      'h2:IBM Machine Learning Certificate',
      'paragraph:The credential helps.',
    ]);
  });

  it('nests "Label:" groups of label-value pairs, one figure per item', () => {
    expect(
      blocksOf(
        'By location:US:Boston, MA: $166,500New York: $153,600Europe:UK: £60,646/yrReap the benefits of AI for your product with our talentLearn more.',
      ),
    ).toEqual([
      'paragraph:By location:',
      'ul:US: [Boston, MA: $166,500 | New York: $153,600] | Europe: [UK: £60,646/yr]',
      'paragraph:Reap the benefits of AI for your product with our talent',
      'paragraph:Learn more.',
    ]);
  });

  it('lists items under short labels, starting a new group at each sibling label', () => {
    expect(
      blocksOf(
        'A recap follows.Technical skills2+ years of experience in building AI modelsExperience with NoSQL and REST APIsSoft skillsAbility to align business goals with outcomesCreative thinking and problem-solving for complex tasksTeams value these.',
      ),
    ).toEqual([
      'paragraph:A recap follows.',
      'h3:Technical skills',
      'ul:2+ years of experience in building AI models | Experience with NoSQL and REST APIs',
      'h3:Soft skills',
      'ul:Ability to align business goals with outcomes | Creative thinking and problem-solving for complex tasks',
      'paragraph:Teams value these.',
    ]);
  });

  it('loses, adds and reorders no letter of a glued body', () => {
    const body =
      'Who is it?An engineer.Skills:Python (and others)Non-technical workBy location:US:Boston: $1,000New York: $2,000';
    expectNothingLost(body, convertPageText(body).markdown, 'letters');
    expect(() => expectNothingLost('one two three', 'one three', 'letters')).toThrow();
  });
});

describe('convertPageText on content/sources/xenoss-ai-engineer-role-for-businesses.page.txt', () => {
  const source = readFileSync(
    path.join(process.cwd(), 'content/sources/xenoss-ai-engineer-role-for-businesses.page.txt'),
    'utf8',
  );
  const result = convertPageText(source);
  const blocks = outline(result.markdown);
  const title =
    'What businesses should know about the AI engineer role: Skills, responsibilities, salaries [Free CV Sample]';

  it('reads the title and the posted date from the header', () => {
    expect(result.title).toBe(title);
    expect(result.publishedAt).toBe('2024-01-22T00:00:00Z');
  });

  it('strips exactly the chrome and loses no other letter', () => {
    const chrome = `Home › Blog › ${title} ${title} PostedJanuary 22, 2024 7 min read `;
    expect(source.startsWith(chrome)).toBe(true);
    expectNothingLost(source.slice(chrome.length), result.markdown, 'letters');
    expect(result.markdown.startsWith('Download CV Sample Recently, there has been an explosion')).toBe(true);
  });

  it('restores the section headings', () => {
    expect(blocks.filter((block) => /^h\d:/.test(block))).toEqual([
      'h2:Who is an AI engineer?',
      'h2:AI engineer responsibilities',
      'h2:Data engineer vs. Data Scientist vs. AI software engineer',
      'h2:AI engineer skills to look for in job candidates',
      'h3:Technical skills',
      'h3:Non-technical skills',
      'h3:Domain expertise',
      'h2:How much does an AI engineer make',
      'h2:Top certifications for AI engineers',
      'h2:Intel Edge AI Certification',
      'h2:Microsoft Certified: Azure AI Engineer Associate',
      'h2:IBM Machine Learning Professional Certificate',
      'h2:Google AI engineer certification',
      'h2:Final thoughts',
    ]);
  });

  it('puts every salary figure on its own list item', () => {
    expect(result.markdown).toContain(
      [
        'By experience (data by Glassdoor):',
        '',
        '- Junior AI engineer: $124,000/yr',
        '- Middle AI engineer: $138,000/yr',
        '- Senior AI engineer: $151,000/yr',
        '',
        'By location:',
        '',
        '- US:',
        '  - San Francisco Bay area: $138,000',
        '  - Bellevue, WA: $173,200',
        '  - Boston, MA: $166,500',
        '  - New York: $153,600',
        '- Europe:',
        '  - UK: £60,646/yr',
        '  - Germany: €71,400',
        '  - France: €58,100',
        '  - Italy: €36,600',
      ].join('\n'),
    );
  });

  it('lists the skills and the certification skills', () => {
    const lists = parseMarkdown(result.markdown).children.filter((node): node is List => node.type === 'list');
    expect(lists.map((list) => list.children.length)).toEqual([5, 4, 4, 3, 2, 3, 5, 5, 5]);
    expect(blocks).toContain(
      'ul:Building a design for an AzureAI solution | Implementing computer vision tools | Applying NLP | Using document intelligence and knowledge mining tools | Implementing generative AI solutions',
    );
  });

  it('keeps CamelCase names whole and leaves no lowercase word glued to a capital', () => {
    for (const name of [
      'MarTech and AdTech',
      'PyTorch, TensorFlow, and ONMX',
      'NoSQL, RDBMS',
      'AzureAI solution',
      'FAANG',
    ]) {
      expect(result.markdown).toContain(name);
    }
    expect(result.markdown.match(/(?<!\p{L})\p{Ll}{2,}\p{Lu}/gu)).toBeNull();
    expect(result.markdown).not.toMatch(/[.?!]\p{Lu}/u);
  });
});
