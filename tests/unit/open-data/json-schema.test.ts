import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { JSON_SCHEMA_DIALECT, toJsonSchema, type JsonSchema } from '@/lib/open-data/json-schema';
import { ajvErrors, jsonSchemaAjv } from '../../helpers/validators';
import { openData } from './open-data-fixture';

const ID = new URL('https://careers.example.org/data/schemas/sample.schema.json');

describe('toJsonSchema', () => {
  const level = z.enum(['entry', 'mid']).meta({ values: { entry: 'Starting out.', mid: 'A few years in.' } });
  const schema = toJsonSchema({
    record: z.strictObject({ level: level.meta({ description: 'The level.', examples: ['mid'] }) }),
    id: ID,
    title: 'Sample',
    description: 'One sample.',
  });

  it('describes a file as an array of records, with its address, title and description', () => {
    expect(schema).toMatchObject({
      $schema: JSON_SCHEMA_DIALECT,
      $id: ID.href,
      title: 'Sample',
      description: 'One sample.',
      type: 'array',
      items: { type: 'object', required: ['level'], additionalProperties: false },
    });
  });

  it('writes what each enumerated value means as a documented oneOf, keeping enum', () => {
    expect((schema.items as JsonSchema).properties).toEqual({
      level: {
        type: 'string',
        enum: ['entry', 'mid'],
        description: 'The level.',
        examples: ['mid'],
        oneOf: [
          { const: 'entry', description: 'Starting out.' },
          { const: 'mid', description: 'A few years in.' },
        ],
      },
    });
  });
});

/** Every subschema of `node` that states examples, with its place. */
function withExamples(node: unknown, at = ''): { at: string; schema: JsonSchema }[] {
  if (typeof node !== 'object' || node === null) return [];
  const found: { at: string; schema: JsonSchema }[] = [];
  const schema = node as JsonSchema;
  if (Array.isArray(schema.examples)) found.push({ at, schema });
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'examples') continue;
    if (Array.isArray(value))
      value.forEach((item, index) => found.push(...withExamples(item, `${at}/${key}/${index}`)));
    else found.push(...withExamples(value, `${at}/${key}`));
  }
  return found;
}

describe.each(openData.files.filter((file) => file.format === 'json').map((file) => [file.name, file] as const))(
  'the published %s',
  (_name, file) => {
    const schema = JSON.parse(file.schema.body) as JsonSchema;

    it('has a schema that compiles under Ajv’s strict mode', () => {
      expect(() => jsonSchemaAjv().compile(schema)).not.toThrow();
    });

    it('validates against its JSON Schema, record by record', () => {
      const validate = jsonSchemaAjv().compile(schema);
      const valid = validate(JSON.parse(file.body));
      expect(ajvErrors(validate)).toEqual([]);
      expect(valid).toBe(true);
    });

    it('gives examples that are valid values of their own fields', () => {
      const ajv = jsonSchemaAjv();
      const documented = withExamples(schema);
      expect(documented.length).toBeGreaterThan(0);
      for (const { at, schema: field } of documented) {
        const { examples, ...rest } = field;
        const validate = ajv.compile(rest);
        for (const example of examples as unknown[])
          expect(validate(example), `${at}: ${JSON.stringify(example)}`).toBe(true);
      }
    });

    it('fails a record that breaks it, so the check can fail', () => {
      const validate = jsonSchemaAjv().compile(schema);
      const [first] = JSON.parse(file.body) as Record<string, unknown>[];
      expect(first).toBeDefined();
      expect(validate([{ ...first, unexpected: true }])).toBe(false);
      expect(ajvErrors(validate).join('\n')).toContain('must NOT have additional properties');
    });
  },
);
