import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { salaryFigureSchema, type SalaryFigure } from '@/lib/content/schema';
import { csvColumnName, csvColumns, toCsv, toCsvField } from '@/lib/open-data/csv';
import { schemaFields } from '@/lib/open-data/fields';
import { toJsonSchema } from '@/lib/open-data/json-schema';
import { parseCsv } from '../../helpers/parse-csv';

const fieldsOf = (record: z.ZodType) =>
  schemaFields(toJsonSchema({ record, id: new URL('https://example.org/s.json'), title: 't', description: 'd' }));

const salaryColumns = csvColumns(fieldsOf(salaryFigureSchema));

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
  const [header, row, ...rest] = parseCsv(toCsv(salaryColumns, [figure]));
  expect(rest).toEqual([]);
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

describe('csvColumnName', () => {
  it('drops the provenance prefix, a repeated or slug last segment, and writes snake case', () => {
    expect(csvColumnName(['id'])).toBe('id');
    expect(csvColumnName(['role', 'slug'])).toBe('role');
    expect(csvColumnName(['role', 'asWritten'])).toBe('role_as_written');
    expect(csvColumnName(['level', 'level'])).toBe('level');
    expect(csvColumnName(['provenance', 'sectionId'])).toBe('section_id');
    expect(csvColumnName(['provenance', 'table', 'columnHeader'])).toBe('table_column_header');
    expect(csvColumnName(['occupation', 'code'])).toBe('occupation_code');
    // A top-level slug is the record's own identifier, not an object's.
    expect(csvColumnName(['slug'])).toBe('slug');
  });
});

describe('csvColumns', () => {
  it('keeps the salaries CSV header that earlier downloads had, column for column', () => {
    expect(salaryColumns.map((column) => column.name)).toEqual([
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

  it('refuses two fields that would share a column', () => {
    const clash = z.strictObject({
      roleFrom: z.string().meta({ description: 'a' }),
      role: z.strictObject({ from: z.string().meta({ description: 'b' }) }).meta({ description: 'c' }),
    });
    expect(() => csvColumns(fieldsOf(clash))).toThrow('role.from and roleFrom would both be the CSV column role_from');
  });

  it('refuses a list of objects, which has no single cell', () => {
    const nested = z.strictObject({
      items: z.array(z.strictObject({ a: z.string().meta({ description: 'a' }) })).meta({ description: 'b' }),
    });
    expect(() => csvColumns(fieldsOf(nested))).toThrow('a list of objects does not fit a CSV cell');
  });
});

describe('toCsv', () => {
  it('fixture is a valid salary figure', () => {
    expect(salaryFigureSchema.safeParse(makeFigure()).success).toBe(true);
  });

  it('writes only the header row, ending in CRLF, when there are no records', () => {
    expect(toCsv(salaryColumns, [])).toBe(`${salaryColumns.map((column) => column.name).join(',')}\r\n`);
  });

  it('ends every record in CRLF and has no other line breaks outside quotes', () => {
    const csv = toCsv(salaryColumns, [makeFigure(), makeFigure({ id: 'ai-engineer-pay/2' })]);
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

  it('leaves the columns of a null object and null amounts empty', () => {
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

  it('writes a list as a JSON array, an empty one as []', () => {
    const schema = z.strictObject({ tags: z.array(z.string()).meta({ description: 'tags' }) });
    const csv = toCsv(csvColumns(fieldsOf(schema)), [{ tags: ['a, "b"', 'c'] }, { tags: [] }]);
    const [, first, second] = parseCsv(csv);
    expect(JSON.parse(first?.[0] ?? '')).toEqual(['a, "b"', 'c']);
    expect(second).toEqual(['[]']);
  });

  it('writes the records in the order given', () => {
    const ids = ['b/2', 'a/1', 'b/1'];
    const [, ...rows] = parseCsv(
      toCsv(
        salaryColumns,
        ids.map((id) => makeFigure({ id })),
      ),
    );
    expect(rows.map((row) => row[0])).toEqual(ids);
  });
});
