import type { SalaryFigure } from '@/lib/content/schema';

let next = 1;

/** A valid salary figure with the fields a test cares about overridden. */
export function makeFigure(
  overrides: Partial<Omit<SalaryFigure, 'role' | 'level' | 'provenance'>> & {
    role?: string | null;
    level?: SalaryFigure['level']['level'];
    article?: string;
    provenance?: Partial<SalaryFigure['provenance']>;
  } = {},
): SalaryFigure {
  const { role = 'ai-engineer', level = 'unspecified', article = 'article-a', provenance, ...rest } = overrides;
  const min = rest.min === undefined ? 100_000 : rest.min;
  const max = rest.max === undefined ? 150_000 : rest.max;
  return {
    id: `${article}/${next++}`,
    role: { slug: role, asWritten: null, from: role === null ? null : 'article' },
    level: { level, asWritten: null },
    location: null,
    currency: 'USD',
    openEnded: false,
    period: 'year',
    periodAssumed: false,
    kind: 'range',
    percentile: null,
    approximate: false,
    credited: null,
    ...rest,
    min,
    max,
    provenance: {
      article,
      section: 'Salary',
      sectionId: 'salary',
      table: null,
      context: 'Pay is $100,000-$150,000.',
      quote: '$100,000-$150,000',
      ...provenance,
    },
  };
}
