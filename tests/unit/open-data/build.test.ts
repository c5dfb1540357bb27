import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildOpenDataFiles, type OpenDataExport } from '@/lib/open-data/build';
import { EXPORTS } from '@/lib/open-data/exports';
import { readCsvTable, type Cell } from '../../helpers/validators';
import { SITE } from '../seo/site-url';
import { openData, paySummaries, records } from './open-data-fixture';

/**
 * Field paths read straight from the zod schema's shape (objects, nullables,
 * arrays), independently of the JSON Schema the dictionary is built from: the
 * dictionary is compared with the schema module itself.
 */
function zodFieldNames(schema: z.ZodType, prefix = ''): string[] {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType;
  if (!(inner instanceof z.ZodObject)) throw new Error(`${prefix || '(record)'}: not an object`);
  return Object.entries(inner.shape as Record<string, z.ZodType>).flatMap(([key, value]) => {
    const name = `${prefix}${key}`;
    let field: z.ZodType = value;
    while (field instanceof z.ZodNullable) field = field.unwrap() as z.ZodType;
    if (field instanceof z.ZodObject) return [name, ...zodFieldNames(field, `${name}.`)];
    if (field instanceof z.ZodArray && field.element instanceof z.ZodObject)
      return [name, ...zodFieldNames(field.element as z.ZodType, `${name}[].`)];
    return [name];
  });
}

/** Every field path that occurs in the records, nested objects and list items included. */
function dataFieldNames(values: readonly unknown[], prefix = ''): Set<string> {
  const names = new Set<string>();
  for (const value of values) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    for (const [key, child] of Object.entries(value)) {
      const name = `${prefix}${key}`;
      names.add(name);
      const nested = Array.isArray(child) ? dataFieldNames(child, `${name}[].`) : dataFieldNames([child], `${name}.`);
      for (const entry of nested) names.add(entry);
    }
  }
  return names;
}

const exportsById = new Map(openData.exports.map((entry) => [entry.id, entry]));
const definitionOf = (entry: OpenDataExport) => EXPORTS.find((definition) => definition.id === entry.id);

describe('buildOpenDataFiles', () => {
  it('exports every record type the site shows, each with as many records as the site has', () => {
    expect(openData.exports.map((entry) => [entry.id, entry.records])).toEqual([
      ['salaries', records.salaries.length],
      ['pay-summaries', paySummaries.length],
      ['roles', records.roles.length],
      ['skills', records.skills.length],
      ['certifications', records.certifications.length],
      ['guide-facts', records.guideFacts.length],
      ['hiring-scenarios', records.hiringScenarios.length],
      ['comparison-rows', records.comparisonRows.length],
      ['unparsed-money', records.unparsed.length],
    ]);
    for (const entry of openData.exports) expect(entry.records, entry.id).toBeGreaterThan(0);
  });

  it('writes a CSV exactly for the exports whose records fit one row, and says why the others have none', () => {
    const withoutCsv = openData.exports.filter((entry) => entry.files.length === 1);
    expect(withoutCsv.map((entry) => entry.id)).toEqual(['skills', 'comparison-rows']);
    expect(exportsById.get('skills')?.notes).toContain(
      'JSON only: roles holds a list of objects, which does not fit one table row.',
    );
    expect(exportsById.get('comparison-rows')?.notes).toContain(
      'JSON only: values holds a list of objects, which does not fit one table row.',
    );
  });

  it('refuses to publish a record its schema rejects', () => {
    const broken = { ...records, salaries: [{ ...records.salaries[0], currency: 'XYZ' }] };
    expect(() => buildOpenDataFiles({ records: broken as typeof records, paySummaries }, SITE)).toThrow(
      'salaries.json record 1',
    );
  });

  it('serves every schema under /data/schemas/, named after its file', () => {
    expect(openData.schemas.map((schema) => schema.href)).toEqual(
      openData.files.map((file) =>
        file.format === 'json'
          ? `/data/schemas/${file.name.replace(/\.json$/, '.schema.json')}`
          : `/data/schemas/${file.name.replace(/\.csv$/, '.tableschema.json')}`,
      ),
    );
  });
});

describe.each(openData.exports.map((entry) => [entry.id, entry] as const))('the %s dictionary', (_id, entry) => {
  const definition = definitionOf(entry);
  const json = entry.files[0];

  it('lists exactly the fields of the schema module, in its order', () => {
    expect(definition).toBeDefined();
    expect(entry.fields.map((field) => field.name)).toEqual(zodFieldNames(definition!.record));
  });

  it('lists exactly the fields the published records use', () => {
    const used = dataFieldNames(JSON.parse(json?.body ?? '[]') as unknown[]);
    const documented = new Set(entry.fields.map((field) => field.name));
    expect(
      [...used].filter((name) => !documented.has(name)),
      'in the data, not the dictionary',
    ).toEqual([]);
    expect(
      [...documented].filter((name) => !used.has(name)),
      'in the dictionary, never in the data',
    ).toEqual([]);
  });

  it('describes every field, explains every enumerated value and gives an example of every value', () => {
    for (const field of entry.fields) {
      expect(field.description.trim(), field.name).not.toBe('');
      for (const { value, meaning } of field.values ?? [])
        expect(meaning.trim(), `${field.name} = ${value}`).not.toBe('');
      const holdsObjects = field.type.startsWith('object') || field.type.startsWith('array of objects');
      expect(field.example === undefined, `${field.name} example`).toBe(holdsObjects);
    }
  });
});

const tabular = openData.exports.filter((entry) => entry.files.length === 2);

describe.each(tabular.map((entry) => [entry.id, entry] as const))('%s.csv', (_id, entry) => {
  const [json, csv] = entry.files;
  const tableSchema = csv?.tableSchema;

  it('has a column for every dictionary field that holds a value, named as the Table Schema names it', () => {
    const columns = entry.fields.flatMap((field) => (field.csvColumn === undefined ? [] : [field.csvColumn]));
    expect(tableSchema?.fields.map((field) => field.name)).toEqual(columns);
    const objects = entry.fields.filter((field) => field.csvColumn === undefined).map((field) => field.type);
    expect(objects.every((type) => type.startsWith('object'))).toBe(true);
  });

  it('is valid under its Table Schema: header, types, required values, enumerations, patterns and keys', () => {
    const { rows, errors } = readCsvTable(csv?.body ?? '', tableSchema!);
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(entry.records);
  });

  it('holds the same values as the JSON file, record by record, once typed by its Table Schema', () => {
    const { rows } = readCsvTable(csv?.body ?? '', tableSchema!);
    const items = JSON.parse(json?.body ?? '[]') as Record<string, unknown>[];
    const columns = entry.fields.filter((field) => field.csvColumn !== undefined);
    const valueAt = (item: unknown, name: string): Cell =>
      name
        .split('.')
        .reduce<unknown>(
          (value, key) => (value === null ? null : (value as Record<string, unknown>)[key]),
          item,
        ) as Cell;
    items.forEach((item, index) => {
      const expected = Object.fromEntries(columns.map((field) => [field.csvColumn, valueAt(item, field.name)]));
      expect(rows[index], `record ${index + 1}`).toEqual(expected);
    });
  });

  it('fails its Table Schema when a row breaks it, so the check can fail', () => {
    const body = csv?.body ?? '';
    const emptyRow = `${','.repeat((tableSchema?.fields.length ?? 1) - 1)}\r\n`;
    expect(readCsvTable(body + emptyRow, tableSchema!).errors.join('\n')).toContain('required but empty');
    const [header, ...rest] = body.split('\r\n');
    const reordered = [header?.split(',').reverse().join(','), ...rest].join('\r\n');
    expect(readCsvTable(reordered, tableSchema!).errors[0]).toContain("is not the schema's fields");
  });
});
