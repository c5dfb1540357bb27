import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { certificationCatalogEntrySchema, skillCatalogEntrySchema, type SkillCatalogEntry } from '@/lib/content/schema';
import { termKey, type TermEntry } from '@/lib/records/document/term-matcher';
import { loadYamlList } from '@/lib/records/load-catalog';
import { createTermMatcher } from '@/lib/records/skills/extract-skills';

function entry(slug: string, name: string, aliases: string[], type: 'skill' | 'tool' = 'tool'): SkillCatalogEntry {
  return { slug, name, aliases, category: 'programming', type };
}

const CATALOG: SkillCatalogEntry[] = [
  entry('python', 'Python', []),
  entry('r', 'R', []),
  entry('go', 'Go', ['Golang']),
  entry('sql', 'SQL', []),
  entry('java', 'Java', []),
  entry('javascript', 'JavaScript', []),
  entry('cpp', 'C++', []),
  entry('csharp', 'C#', []),
  entry('dotnet', '.NET', []),
  entry('nodejs', 'Node.js', []),
  entry('scala', 'Scala', []),
  entry('pytorch', 'PyTorch', ['pytorch']),
  entry('scikit-learn', 'scikit-learn', ['sklearn']),
  entry('kubernetes', 'Kubernetes', ['K8s']),
  entry('docker', 'Docker', []),
  entry('excel', 'Microsoft Excel', ['Excel']),
  entry('aws', 'Amazon Web Services', ['AWS']),
  entry('sagemaker', 'Amazon SageMaker', ['AWS SageMaker', 'SageMaker']),
  entry('machine-learning', 'Machine learning', ['ML'], 'skill'),
  entry('nlp', 'Natural language processing (NLP)', ['natural language processing', 'NLP'], 'skill'),
  entry('data-pipelines', 'Data pipelines', ['data pipeline'], 'skill'),
];

const skillsIn = (text: string, catalog: SkillCatalogEntry[] = CATALOG): string[] =>
  createTermMatcher(catalog)(text).map((mention) => mention.slug);

describe('createTermMatcher', () => {
  it('matches names and aliases as written, with their position', () => {
    const text = 'Deploy on K8s with Docker and sklearn';
    const mentions = createTermMatcher(CATALOG)(text);
    expect(mentions.map(({ slug, asWritten }) => [slug, asWritten])).toEqual([
      ['kubernetes', 'K8s'],
      ['docker', 'Docker'],
      ['scikit-learn', 'sklearn'],
    ]);
    expect(mentions.every(({ index, asWritten }) => text.slice(index, index + asWritten.length) === asWritten)).toBe(
      true,
    );
  });

  it('ignores case, hyphens and spaces in ordinary terms', () => {
    expect(skillsIn('Scikit-Learn, scikit learn, PYTORCH, pytorch and Natural Language Processing')).toEqual([
      'scikit-learn',
      'scikit-learn',
      'pytorch',
      'pytorch',
      'nlp',
    ]);
  });

  it('matches short and all-capital terms only as catalogued', () => {
    expect(skillsIn('Python, R and SQL')).toEqual(['python', 'r', 'sql']);
    expect(skillsIn('we use r for it, then write some sql and nlp')).toEqual([]);
    expect(skillsIn('Proficiency in Java, C++, or Go')).toEqual(['java', 'cpp', 'go']);
    expect(skillsIn('You can go further with ml if you want to')).toEqual([]);
  });

  it('needs the capital of a named tool, so verbs are not tools', () => {
    expect(skillsIn('Tools: Excel, SQL')).toEqual(['excel', 'sql']);
    expect(skillsIn('the skills required to excel in this role')).toEqual([]);
  });

  it('matches whole words only, including terms with punctuation', () => {
    expect(skillsIn('C++, C#, .NET and Node.js services')).toEqual(['cpp', 'csharp', 'dotnet', 'nodejs']);
    expect(skillsIn('Rust, JavaScript, scalable Pythonic code')).toEqual(['javascript']);
    expect(skillsIn('Investment in AI R&D and the TensorFlow.org site')).toEqual([]);
  });

  it('treats letters and digits outside ASCII as part of the word, and other characters as boundaries', () => {
    // Joined to a word: accented, Greek, CJK and astral letters, and digits of other scripts.
    expect(skillsIn('éPython ΩDocker 日本SQL 𝐀Java ٣Scala')).toEqual([]);
    // Not joined: dashes, curly quotes, no-break spaces and the like.
    expect(skillsIn('—Python “Docker” \u00a0SQL ‘Java’ …Scala')).toEqual(['python', 'docker', 'sql', 'java', 'scala']);
  });

  it('tries a term only where its second character can follow the first, and still finds one-letter words', () => {
    expect(skillsIn('Pyramids, Pythons, Docks and Dockers')).toEqual(['python', 'docker']);
    expect(skillsIn('R, R-based and C# code; Ruby is not R')).toEqual(['r', 'r', 'csharp', 'r']);
    expect(skillsIn('SCIKIT LEARN and sCikit-learn')).toEqual(['scikit-learn', 'scikit-learn']);
  });

  it('prefers the longest term where terms overlap', () => {
    const catalog = [
      ...CATALOG,
      entry('gcp-ml-engineer', 'Google Cloud Professional Machine Learning Engineer', [
        'Professional Machine Learning Engineer',
      ]),
    ];
    expect(skillsIn('Earn the Google Cloud Professional Machine Learning Engineer badge', catalog)).toEqual([
      'gcp-ml-engineer',
    ]);
    expect(skillsIn('Use AWS SageMaker on AWS', catalog)).toEqual(['sagemaker', 'aws']);
  });

  it('treats dashes like spaces and accepts plurals of ordinary terms', () => {
    const catalog = [entry('aws-ml', 'AWS Certified Machine Learning – Specialty', [])];
    expect(skillsIn('the AWS Certified Machine Learning Specialty exam', catalog)).toEqual(['aws-ml']);
    expect(skillsIn('AWS Certified Machine Learning - Specialty', catalog)).toEqual(['aws-ml']);
    expect(skillsIn('Robust data pipelines')).toEqual(['data-pipelines']);
  });
});

/**
 * The matcher as one regular expression over every term, longest first: what
 * the matcher did before it walked a tree of the terms, and what it must still
 * find. Each term becomes a pattern (both cases of a letter where case is
 * loose, any run of spaces with at most one dash between words, a plural on
 * terms of loose case), tried only where a word starts and kept only where no
 * letter, digit or joining dot follows.
 */
function regexMatcher(entries: readonly TermEntry[]): (text: string) => Array<[string, number, number]> {
  const terms = entries.flatMap((e) =>
    [e.name, ...e.aliases].map((term) => ({ slug: e.slug, term: term.trim(), type: e.type })),
  );
  const bySpelling = new Map<string, string>();
  for (const { slug, term } of terms) if (!bySpelling.has(termKey(term))) bySpelling.set(termKey(term), slug);
  const rule = (term: string, type: TermEntry['type']) =>
    term.length <= 3 || !/\p{Ll}/u.test(term) ? 'exact' : type === 'tool' && /^\p{Lu}/u.test(term) ? 'capital' : 'any';
  const char = (c: string, anyCase: boolean) => {
    if (c === "'" || c === '’') return "['’]";
    const [lower, upper] = [c.toLowerCase(), c.toUpperCase()];
    return anyCase && lower !== upper && lower.length === 1 && upper.length === 1
      ? `[${lower}${upper}]`
      : c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  };
  const pattern = (term: string, r: string) => {
    const body = term
      .split(/\s*[\u2010-\u2015-]\s*|\s+/)
      .filter(Boolean)
      .map((word, w) =>
        Array.from(word)
          .map((c, i) => char(c, r === 'any' || (r === 'capital' && (w > 0 || i > 0))))
          .join(''),
      )
      .join('(?:[^\\S\\n]*[\\u2010-\\u2015-][^\\S\\n]*|[^\\S\\n]+)');
    return r !== 'exact' && /\p{L}$/u.test(term) ? `${body}(?:e?s)?` : body;
  };
  const alternatives = terms
    .filter(({ term }) => term.length > 0)
    .sort((a, b) => b.term.length - a.term.length || a.term.localeCompare(b.term))
    .map(({ term, type }) => pattern(term, rule(term, type)))
    .filter(Boolean);
  const all = new RegExp(
    `(?<![\\p{L}\\p{N}&]|[\\p{L}\\p{N}]\\.)(?:${alternatives.join('|')})(?![\\p{L}\\p{N}&]|\\.[\\p{L}\\p{N}])`,
    'gu',
  );
  return (text) =>
    [...text.matchAll(all)].flatMap((match) => {
      const key = termKey(match[0]);
      const slug =
        bySpelling.get(key) ?? bySpelling.get(key.replace(/s$/, '')) ?? bySpelling.get(key.replace(/es$/, ''));
      return slug ? [[slug, match.index, match.index + match[0].length] as [string, number, number]] : [];
    });
}

describe('createTermMatcher against one pattern of all the terms', () => {
  const skills = loadYamlList(path.join(process.cwd(), 'content/catalog/skills.yaml'), skillCatalogEntrySchema).items;
  const certifications = loadYamlList(
    path.join(process.cwd(), 'content/catalog/certifications.yaml'),
    certificationCatalogEntrySchema,
  ).items;
  const tricky: TermEntry[] = [
    ...CATALOG,
    { slug: 'ai-ml', name: 'AI/ML', aliases: ['AI ML engineer'] },
    { slug: 'oreilly', name: "O'Reilly Media", aliases: ['’Twas tool'] },
    { slug: 'strasse', name: 'Straße data', aliases: ['Äpfel', 'ÄPFEL-KUNDE'] },
    { slug: 'astral', name: '𝐀stral analysis', aliases: ['𐐀eseret', 'data 𝐁'] },
    { slug: 'dotted', name: 'Data.World', aliases: ['A.I.', 'data', 'data science', 'data sciences'] },
  ];
  const catalogs: Array<[string, TermEntry[]]> = [
    ['skills', skills],
    ['certifications', certifications.map(({ slug, name, aliases }) => ({ slug, name, aliases }))],
    ['tricky terms', tricky],
  ];

  // Texts made of the catalogue's own terms, changed in the ways that decide a match:
  // case, what stands between words, what comes before and after.
  const random = (() => {
    let state = 20261207;
    return () => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state / 0x7fffffff;
    };
  })();
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const BETWEEN = [
    ' ',
    ' ',
    '  ',
    '-',
    ' - ',
    ' – ',
    '—',
    '\u00a0',
    '\t',
    '\n',
    '\u2010',
    '\u2015 ',
    ' \u2011',
    '\u2016',
    '\r\n',
    // The rest of the white space \s stands for, and two characters it leaves out (U+0085, U+200B).
    '\v\f\u1680\u2000\u2005\u200a',
    '\u2029\u202f\u205f\ufeff',
    '\u0085',
    '\u200b',
    '',
    ' \u2028 ',
    '\u3000',
    '/',
    '_',
  ];
  const BEFORE = ['', '', ' ', 'x', '.', 'a.', 'é', '(', '“', '&', '1', '٣', '\n', '𝐀', '-'];
  const AFTER = [
    '',
    '',
    ' ',
    's',
    'es',
    'ess',
    'x',
    '.org',
    '. ',
    '&',
    'é',
    ')',
    '”',
    ',',
    '’s',
    'S',
    '1',
    '𝐀',
    '-ish',
  ];
  const spelled = (term: string): string => {
    const words = term.split(/\s+|-/).filter(Boolean);
    const cased = pick(['as is', 'as is', 'lower', 'upper', 'first lower'] as const);
    return words
      .map((word) =>
        cased === 'lower'
          ? word.toLowerCase()
          : cased === 'upper'
            ? word.toUpperCase()
            : cased === 'first lower'
              ? word.charAt(0).toLowerCase() + word.slice(1)
              : word,
      )
      .map((word, i) => (i === 0 ? word : pick(BETWEEN) + word))
      .join('')
      .slice(0, random() < 0.1 ? Math.floor(random() * term.length) : undefined);
  };
  const textOf = (entries: readonly TermEntry[]): string =>
    Array.from({ length: 1 + Math.floor(random() * 6) }, () => {
      const entry = pick(entries);
      return pick(BEFORE) + spelled(pick([entry.name, ...entry.aliases])) + pick(AFTER);
    }).join(pick([' ', '', ', ', ' and ', '\n']));

  for (const [name, entries] of catalogs)
    it(`finds what the pattern finds in 3,000 texts of the ${name}`, () => {
      const matcher = createTermMatcher(entries);
      const expected = regexMatcher(entries);
      let mentions = 0;
      for (let i = 0; i < 3_000; i += 1) {
        const text = textOf(entries);
        const found = matcher(text).map(({ slug, index, end }) => [slug, index, end]);
        expect(found, JSON.stringify(text)).toEqual(expected(text));
        mentions += found.length;
      }
      // Most texts are changed so that some of their terms no longer match; enough must still, or the comparison says little.
      expect(mentions).toBeGreaterThan(1_500);
    });
});
