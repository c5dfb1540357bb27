import { describe, expect, it } from 'vitest';
import type { Role, SalaryFigure } from '@/lib/content/schema';
import type { CareerRecords } from '@/lib/records/build-records';
import { validateRecords } from '@/lib/records/validation/validate-records';

const role = (slug: string, extra: Partial<Role> = {}): Role => ({
  name: slug.replace('-', ' '),
  slug,
  tagline: 'A role.',
  aliases: [],
  related: [],
  occupation: { system: 'SOC 2018', code: '15-2051', title: 'Data Scientists', fit: 'close', caveat: null },
  summary: 'Summary.',
  ...extra,
});

const TEXT = 'Entry-level: $80K–110K\nAI Engineer\n$110K–$145K';

function figure(id: number, changes: Partial<SalaryFigure> = {}): SalaryFigure {
  return {
    id: `pay/${id}`,
    role: { slug: 'ai-engineer', asWritten: 'AI Engineer', from: 'row' },
    level: { level: 'entry', asWritten: 'Entry-level' },
    location: null,
    currency: 'USD',
    min: 80000,
    max: 110000,
    openEnded: false,
    period: 'year',
    periodAssumed: true,
    kind: 'range',
    percentile: null,
    approximate: false,
    credited: null,
    provenance: {
      article: 'pay',
      section: 'Salaries',
      sectionId: 'salaries',
      table: { index: 1, rowLabel: 'AI Engineer', columnHeader: 'Entry-Level (Avg)' },
      context: 'Entry-level: $80K–110K',
      quote: '$80K–110K',
    },
    ...changes,
  } as SalaryFigure;
}

function records(salaries: SalaryFigure[], roles = [role('ai-engineer')]): CareerRecords {
  return {
    roles,
    articleRoles: [],
    salaries,
    unparsed: [],
    skills: [],
    certifications: [],
    guideFacts: [],
    hiringScenarios: [],
    comparisonRows: [],
  };
}

const texts = new Map([['pay', TEXT]]);

describe('validateRecords', () => {
  it('accepts valid records', () => {
    expect(validateRecords(records([figure(1)]), texts)).toEqual([]);
  });

  it('rejects impossible figures, naming the article, the place in it and the raw text', () => {
    const errors = validateRecords(
      records([
        figure(1, { min: -5 }),
        figure(2, { min: 200000 }),
        figure(3, { max: Number.NaN }),
        figure(4, { min: 5, max: 9 }),
        figure(5, { currency: 'XYZ' as SalaryFigure['currency'] }),
        figure(6, { min: null, max: null }),
      ]),
      texts,
    );
    const place = 'section "Salaries", table 1, row "AI Engineer", column "Entry-Level (Avg)"';
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/articles\/pay\.md: salaries\[pay\/1\]\.min: .*\(section "Salaries", table 1/),
        `content/articles/pay.md: salaries[pay/2].min: min 200000 is greater than max 110000 (${place}: "$80K–110K")`,
        expect.stringMatching(/^content\/articles\/pay\.md: salaries\[pay\/3\]\.max: /),
        expect.stringMatching(/^content\/articles\/pay\.md: salaries\[pay\/4\]\.min: 5 per year is outside/),
        expect.stringMatching(/^content\/articles\/pay\.md: salaries\[pay\/5\]\.currency: /),
        expect.stringMatching(/^content\/articles\/pay\.md: salaries\[pay\/6\]\.min: min and max are both null/),
      ]),
    );
    // Every bad figure is listed, not just the first.
    for (let id = 1; id <= 6; id += 1) expect(errors.some((error) => error.includes(`salaries[pay/${id}]`))).toBe(true);
  });

  it('checks cross-references: unknown roles and articles, related roles, shared aliases', () => {
    const errors = validateRecords(
      records(
        [
          figure(1, { role: { slug: 'astronaut', asWritten: 'Astronaut', from: 'row' } }),
          figure(2, { provenance: { ...figure(2).provenance, article: 'missing' } }),
        ],
        [
          role('ai-engineer', { related: ['ghost'], aliases: ['AI Dev'] }),
          role('ai-developer', { aliases: ['ai dev'] }),
        ],
      ),
      texts,
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        'content/articles/pay.md: salaries[pay/1].role.slug: unknown role "astronaut"',
        'content/articles/missing.md: salaries[pay/2].provenance.article: unknown article "missing"',
        'content/roles/ai-engineer.md: related: unknown role "ghost"',
        'content/roles/ai-developer.md: aliases: "ai dev" is also a name of ai-engineer',
      ]),
    );
  });

  it('rejects a quote that is not in its context, or a context that is not in the article', () => {
    const errors = validateRecords(
      records([
        figure(1, { provenance: { ...figure(1).provenance, quote: '$90K' } }),
        figure(2, { provenance: { ...figure(2).provenance, context: 'Entry-level: $80K–110K per year' } }),
      ]),
      texts,
    );
    expect(errors).toEqual([
      expect.stringMatching(/salaries\[pay\/1\]\.provenance\.quote: quote does not occur in context/),
      expect.stringMatching(/salaries\[pay\/2\]\.provenance\.context: not found in the article/),
    ]);
  });
});
