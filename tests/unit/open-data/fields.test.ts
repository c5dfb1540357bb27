import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isTabular, schemaFields, typeLabel, type SchemaField } from '@/lib/open-data/fields';
import { toJsonSchema } from '@/lib/open-data/json-schema';

const fieldsOf = (record: z.ZodType) =>
  schemaFields(toJsonSchema({ record, id: new URL('https://example.org/s.json'), title: 't', description: 'd' }));

const colour = z.enum(['red', 'green']).meta({ values: { red: 'Stop.', green: 'Go.' } });

const sample = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z]+$/)
    .meta({ description: 'The id.', examples: ['abc'] }),
  light: colour.nullable().meta({ description: 'The light, if any.', examples: ['red'] }),
  count: z
    .number()
    .int()
    .positive()
    .meta({ description: 'How many.', examples: [3] }),
  place: z
    .strictObject({
      index: z
        .number()
        .int()
        .min(1)
        .max(9)
        .meta({ description: 'Which one.', examples: [2] }),
      label: z
        .string()
        .min(1)
        .max(20)
        .nullable()
        .meta({ description: 'Its label.', examples: ['A'] }),
    })
    .nullable()
    .meta({ description: 'Where it was.' }),
  tags: z.array(z.string()).meta({ description: 'Tags.', examples: [['x']] }),
  // A nullable plain type, which zod writes as `type: ['number', 'null']`.
  score: z
    .number()
    .nullable()
    .meta({ description: 'A score.', examples: [0.5] }),
  parts: z
    .array(z.strictObject({ name: z.string().meta({ description: 'A part.', examples: ['wheel'] }) }))
    .meta({ description: 'Its parts.' }),
});

const byName = (fields: SchemaField[]) => new Map(fields.map((field) => [field.name, field]));

describe('schemaFields', () => {
  const fields = fieldsOf(sample);
  const field = byName(fields);

  it('lists every field in schema order, nested ones after their object, list items as []', () => {
    expect(fields.map((entry) => entry.name)).toEqual([
      'id',
      'light',
      'count',
      'place',
      'place.index',
      'place.label',
      'tags',
      'score',
      'parts',
      'parts[].name',
    ]);
    expect(field.get('parts[].name')?.path).toEqual(['parts', '[]', 'name']);
  });

  it('reads descriptions, examples and the meaning of every enumerated value', () => {
    expect(field.get('light')).toMatchObject({
      kind: 'string',
      nullable: true,
      description: 'The light, if any.',
      examples: ['red'],
      values: [
        { value: 'red', meaning: 'Stop.' },
        { value: 'green', meaning: 'Go.' },
      ],
    });
  });

  it('marks fields inside a nullable object, and fields repeated inside lists', () => {
    expect(field.get('place.index')).toMatchObject({ nullable: false, parentNullable: true, repeated: false });
    expect(field.get('parts[].name')).toMatchObject({ parentNullable: false, repeated: true });
    expect(field.get('id')).toMatchObject({ parentNullable: false, repeated: false });
  });

  it('keeps the constraints a table can state, without JavaScript’s integer limits', () => {
    expect(field.get('id')?.pattern).toBe('^[a-z]+$');
    // `positive()` on an integer is "at least 1".
    expect(field.get('count')).toMatchObject({ kind: 'integer', minimum: 1 });
    expect(field.get('count')?.maximum).toBeUndefined();
    expect(field.get('place.index')).toMatchObject({ minimum: 1, maximum: 9 });
    expect(field.get('place.label')).toMatchObject({ minLength: 1, maxLength: 20 });
  });

  it('refuses a field without a description', () => {
    expect(() => fieldsOf(z.strictObject({ bare: z.string() }))).toThrow('bare: no description');
  });

  it('refuses an enumerated value without a meaning', () => {
    const half = z.enum(['a', 'b']).meta({ values: { a: 'A.' }, description: 'Half documented.' });
    expect(() => fieldsOf(z.strictObject({ half }))).toThrow('half: the value "b" has no meaning');
  });

  it('refuses unions it cannot describe as one type', () => {
    const either = z.union([z.string(), z.number()]).meta({ description: 'Either.' });
    expect(() => fieldsOf(z.strictObject({ either }))).toThrow('either: unexpected type ["string","number"]');
    const loose = z.union([z.string().min(1), z.number().min(1)]).meta({ description: 'Loose.' });
    expect(() => fieldsOf(z.strictObject({ loose }))).toThrow('loose: unexpected anyOf');
  });
});

describe('typeLabel', () => {
  const field = byName(fieldsOf(sample));
  it('names types as the dictionary states them', () => {
    const names = ['id', 'light', 'count', 'place', 'tags', 'score', 'parts'];
    expect(names.map((name) => typeLabel(field.get(name)!))).toEqual([
      'string',
      'string or null',
      'integer',
      'object or null',
      'array of strings',
      'number or null',
      'array of objects',
    ]);
  });
});

describe('isTabular', () => {
  it('is false when a field holds a list of objects, true for scalars and lists of scalars', () => {
    expect(isTabular(fieldsOf(sample))).toBe(false);
    expect(isTabular(fieldsOf(sample.omit({ parts: true })))).toBe(true);
  });
});
