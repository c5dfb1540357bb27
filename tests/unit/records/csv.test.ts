import { describe, expect, it } from 'vitest';
import { salaryFigureSchema, type SalaryFigure } from '@/lib/content/schema';
import { SALARY_CSV_HEADER, toCsvField, toSalariesCsv } from '@/lib/records/csv';
import { parseCsv } from '../../helpers/parse-csv';

/** A valid figure (checked against the schema below) that tests vary field by field. */
function makeFigure(overrides: Partial<SalaryFigure> = {}): SalaryFigure {
  return {
    id: 'ai-engineer-pay/1',
    role: { slug: 'ai-engineer', asWritten: 'AI Engineer', from: 'sentence' },
    level: { level: 'entry', asWritten: 'Entry Level' },
    location: null,
    currency: 'USD',
    min: 120000,
    max: 150000,
    openEnded: false,
    period: 'year',
    periodAssumed: false,
    kind: 'range',
    percentile: null,
    approximate: false,
    credited: null,
    provenance: {
      article: 'ai-engineer-pay',
      section: 'Salary',
      sectionId: 'salary',
      table: null,
      context: 'Entry Level AI Engineer: $120,000-$150,000 per year',
      quote: '$120,000-$150,000 per year',
    },
    ...overrides,
  };
}

/** The figure's CSV row as a record keyed by column name. */
function rowOf(figure: SalaryFigure): Record<string, string> {
  const [header, row, ...rest] = parseCsv(toSalariesCsv([figure]));
  expect(rest).toEqual([]);
  expect(header).toEqual(SALARY_CSV_HEADER);
  return Object.fromEntries((header ?? []).map((name, index) => [name, row?.[index] ?? '<missing>']));
}

describe('toCsvField', () => {
  it('writes null as an empty field, booleans as words and numbers as plain digits', () => {
    expect(toCsvField(null)).toBe('');
    expect(toCsvField(true)).toBe('true');
    expect(toCsvField(false)).toBe('false');
    expect(toCsvField(1250000)).toBe('1250000');
    expect(toCsvField(45.5)).toBe('45.5');
    expect(toCsvField(25)).toBe('25');
  });

  it('quotes only text with a comma, a quote or a line break, doubling quotes', () => {
    expect(toCsvField('plain text')).toBe('plain text');
    expect(toCsvField('$120,000')).toBe('"$120,000"');
    expect(toCsvField('the "base" pay')).toBe('"the ""base"" pay"');
    expect(toCsvField('line one\nline two')).toBe('"line one\nline two"');
    expect(toCsvField('a\r\nb')).toBe('"a\r\nb"');
    expect(toCsvField('"')).toBe('""""');
  });

  it('keeps leading +, -, = and @ as they are: the data stays exact', () => {
    expect(toCsvField('+20%')).toBe('+20%');
    expect(toCsvField('-5')).toBe('-5');
    expect(toCsvField('=SUM(A1)')).toBe('=SUM(A1)');
    expect(toCsvField('@home')).toBe('@home');
  });
});

describe('toSalariesCsv', () => {
  it('fixture is a valid salary figure', () => {
    expect(salaryFigureSchema.safeParse(makeFigure()).success).toBe(true);
  });

  it('writes only the header row, ending in CRLF, when there are no figures', () => {
    expect(toSalariesCsv([])).toBe(`${SALARY_CSV_HEADER.join(',')}\r\n`);
  });

  it('has one column per field, provenance included, in the documented order', () => {
    expect(SALARY_CSV_HEADER).toEqual([
      'id',
      'role',
      'role_as_written',
      'role_from',
      'level',
      'level_as_written',
      'location',
      'currency',
      'min',
      'max',
      'open_ended',
      'period',
      'period_assumed',
      'kind',
      'percentile',
      'approximate',
      'credited',
      'article',
      'section',
      'section_id',
      'table_index',
      'table_row_label',
      'table_column_header',
      'context',
      'quote',
    ]);
  });

  it('ends every record in CRLF and has no other line breaks outside quotes', () => {
    const csv = toSalariesCsv([makeFigure(), makeFigure({ id: 'ai-engineer-pay/2' })]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('flattens every field of a figure from a table', () => {
    const figure = makeFigure({
      role: { slug: null, asWritten: null, from: null },
      level: { level: 'unspecified', asWritten: null },
      location: 'United States',
      min: 162280,
      max: 162280,
      periodAssumed: true,
      kind: 'unspecified',
      percentile: 25,
      approximate: true,
      credited: 'Salary.com',
      provenance: {
        article: 'ai-architect-pay',
        section: null,
        sectionId: null,
        table: { index: 7, rowLabel: '25th Percentile', columnHeader: 'Salary.com (2025)' },
        context: '$162,280',
        quote: '$162,280',
      },
    });
    expect(salaryFigureSchema.safeParse(figure).success).toBe(true);
    expect(rowOf(figure)).toEqual({
      id: 'ai-engineer-pay/1',
      role: '',
      role_as_written: '',
      role_from: '',
      level: 'unspecified',
      level_as_written: '',
      location: 'United States',
      currency: 'USD',
      min: '162280',
      max: '162280',
      open_ended: 'false',
      period: 'year',
      period_assumed: 'true',
      kind: 'unspecified',
      percentile: '25',
      approximate: 'true',
      credited: 'Salary.com',
      article: 'ai-architect-pay',
      section: '',
      section_id: '',
      table_index: '7',
      table_row_label: '25th Percentile',
      table_column_header: 'Salary.com (2025)',
      context: '$162,280',
      quote: '$162,280',
    });
  });

  it('leaves the table columns and null amounts empty for a figure from prose', () => {
    const row = rowOf(makeFigure({ min: 200000, max: null, openEnded: true, kind: 'unspecified' }));
    expect(row).toMatchObject({
      min: '200000',
      max: '',
      open_ended: 'true',
      table_index: '',
      table_row_label: '',
      table_column_header: '',
    });
  });

  it('round-trips a context with commas, quotes and a line break through a CSV reader', () => {
    const context = 'Seniors earn "up to $210,595", per Built In,\nwhile juniors earn less';
    const figure = makeFigure({
      min: null,
      max: 210595,
      kind: 'unspecified',
      credited: 'Built In',
      provenance: { ...makeFigure().provenance, context, quote: '$210,595' },
    });
    expect(salaryFigureSchema.safeParse(figure).success).toBe(true);
    const row = rowOf(figure);
    expect(row.context).toBe(context);
    expect(row.quote).toBe('$210,595');
    expect(row.min).toBe('');
    expect(row.max).toBe('210595');
  });

  it('writes the figures in the order given', () => {
    const ids = ['b/2', 'a/1', 'b/1'];
    const [, ...rows] = parseCsv(toSalariesCsv(ids.map((id) => makeFigure({ id }))));
    expect(rows.map((row) => row[0])).toEqual(ids);
  });
});
