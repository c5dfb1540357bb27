import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { csvColumns } from '@/lib/open-data/csv';
import { schemaFields } from '@/lib/open-data/fields';
import { toJsonSchema } from '@/lib/open-data/json-schema';
import { toTablePattern, toTableSchema } from '@/lib/open-data/table-schema';
import { ajvErrors, frictionlessProfile } from '../../helpers/validators';
import { openData } from './open-data-fixture';

const columnsOf = (record: z.ZodType) =>
  csvColumns(
    schemaFields(toJsonSchema({ record, id: new URL('https://example.org/s.json'), title: 't', description: 'd' })),
  );

describe('toTablePattern', () => {
  it('drops the anchors a Table Schema pattern never has, and the \\/ escape XML Schema lacks', () => {
    expect(toTablePattern('^[a-z0-9][a-z0-9-]{0,79}$')).toBe('[a-z0-9][a-z0-9-]{0,79}');
    expect(toTablePattern('^[a-z0-9-]+\\/\\d+$')).toBe('[a-z0-9-]+/\\d+');
  });

  it('leaves a pattern that is not anchored at both ends to the JSON Schema', () => {
    expect(toTablePattern('[a-z]+')).toBeUndefined();
    expect(toTablePattern('^[a-z]+')).toBeUndefined();
    expect(toTablePattern('^[a-z]+\\$')).toBeUndefined();
  });
});

describe('toTableSchema', () => {
  const record = z.strictObject({
    id: z
      .string()
      .regex(/^[a-z]+\/\d+$/)
      .meta({ description: 'The id.', examples: ['a/1'] }),
    kind: z
      .enum(['x', 'y'])
      .meta({ values: { x: 'Ex.', y: 'Why.' } })
      .meta({ description: 'The kind.', examples: ['x'] }),
    note: z
      .string()
      .min(1)
      .nullable()
      .meta({ description: 'A note.', examples: ['hi'] }),
    place: z
      .strictObject({
        index: z
          .number()
          .int()
          .positive()
          .meta({ description: 'Which.', examples: [2] }),
      })
      .nullable()
      .meta({ description: 'Where.' }),
    tags: z.array(z.string()).meta({ description: 'Tags.', examples: [['a', 'b']] }),
    amount: z.number().meta({ description: 'How much.', examples: [1.5] }),
    flag: z.boolean().meta({ description: 'Whether.', examples: [false] }),
  });
  const schema = toTableSchema(columnsOf(record), ['id']);
  const field = (name: string) => schema.fields.find((entry) => entry.name === name);

  it('types each column and writes its example as the CSV does', () => {
    expect(schema.fields.map(({ name, type, example }) => [name, type, example])).toEqual([
      ['id', 'string', 'a/1'],
      ['kind', 'string', 'x'],
      ['note', 'string', 'hi'],
      ['place_index', 'integer', '2'],
      ['tags', 'array', '["a","b"]'],
      ['amount', 'number', '1.5'],
      ['flag', 'boolean', 'false'],
    ]);
  });

  it('requires a value only where neither the field nor an object around it can be null', () => {
    expect(field('id')?.constraints).toMatchObject({ required: true });
    expect(field('note')?.constraints?.required).toBeUndefined();
    expect(field('place_index')?.constraints?.required).toBeUndefined();
    expect(field('place_index')?.description).toContain('Empty when its enclosing object is null');
    expect(field('place_index')?.description).toContain('In the JSON: `place.index`.');
    expect(field('note')?.description).toBe('A note.');
  });

  it('states enumerations with their meanings, patterns, bounds and the primary key', () => {
    expect(field('kind')?.constraints?.enum).toEqual(['x', 'y']);
    expect(field('kind')?.description).toBe('The kind.\n\n- `x`: Ex.\n- `y`: Why.');
    expect(field('id')?.constraints).toEqual({ required: true, unique: true, pattern: '[a-z]+/\\d+' });
    expect(field('place_index')?.constraints).toEqual({ minimum: 1 });
    expect(schema.primaryKey).toEqual(['id']);
    expect(schema.missingValues).toEqual(['']);
  });

  it('refuses a primary key that is not a column', () => {
    expect(() => toTableSchema(columnsOf(record), ['nope'])).toThrow('primary key nope is not a column');
  });
});

const csvFiles = openData.files.filter((file) => file.format === 'csv');

describe('the published Table Schemas', () => {
  it('are served for every CSV', () => {
    expect(csvFiles.map((file) => file.name)).toEqual([
      'salaries.csv',
      'pay-summaries.csv',
      'roles.csv',
      'certifications.csv',
      'guide-facts.csv',
      'hiring-scenarios.csv',
      'unparsed-money.csv',
    ]);
  });

  it.each(csvFiles.map((file) => [file.schema.name, file] as const))(
    '%s is valid under the Table Schema profile',
    (_name, file) => {
      const validate = frictionlessProfile('tableschema');
      const valid = validate(JSON.parse(file.schema.body));
      expect(ajvErrors(validate)).toEqual([]);
      expect(valid).toBe(true);
    },
  );

  it('fail the profile when a field has no type the standard knows, so the check can fail', () => {
    const validate = frictionlessProfile('tableschema');
    expect(validate({ fields: [{ name: 'a', type: 'text' }] })).toBe(false);
  });
});
