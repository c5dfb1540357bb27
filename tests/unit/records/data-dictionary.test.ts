import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  certificationSchema,
  roleSchema,
  salaryFigureSchema,
  skillSchema,
  type UnparsedMoney,
} from '@/lib/content/schema';
import { SALARY_CSV_HEADER } from '@/lib/records/csv';
import {
  countUnparsedReasons,
  dataExports,
  salaryCsvColumns,
  salaryFields,
  type DataExportId,
  type FieldDefinition,
} from '@/lib/records/data-dictionary';

// The schema each export publishes. The published JSON is exactly the
// validated records, so the schema's fields are the file's fields.
const schemas: Record<DataExportId, z.ZodType> = {
  salaries: salaryFigureSchema,
  roles: roleSchema,
  skills: skillSchema,
  certifications: certificationSchema,
};

/** The part of JSON Schema that `z.toJSONSchema` produces for these schemas. */
interface JsonSchemaNode {
  type?: string;
  anyOf?: JsonSchemaNode[];
  enum?: unknown[];
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
}

/** What the schema says about one field, in the dictionary's terms. */
interface SchemaField {
  name: string;
  type: string;
  values: string[] | undefined;
}

// Walks the JSON Schema rather than zod internals: it is zod's public
// description of the output, and it spells out integers, enums and nullables.
// Anything it does not recognise fails the test instead of being skipped.
function schemaFields(node: JsonSchemaNode, prefix = ''): SchemaField[] {
  const fields: SchemaField[] = [];
  for (const [key, property] of Object.entries(node.properties ?? {})) {
    const name = `${prefix}${key}`;
    const alternatives = property.anyOf ?? [property];
    const inner = alternatives.filter((alternative) => alternative.type !== 'null');
    const nullable = inner.length < alternatives.length;
    const [value] = inner;
    if (value === undefined || inner.length !== 1)
      throw new Error(`${name}: unexpected schema ${JSON.stringify(property)}`);
    let base: string;
    if (value.type === 'array') {
      const itemType = value.items?.type;
      if (itemType !== 'string' && itemType !== 'object') throw new Error(`${name}: unexpected array items`);
      base = `array of ${itemType}s`;
    } else if (value.type === undefined) {
      throw new Error(`${name}: no type in ${JSON.stringify(value)}`);
    } else {
      base = value.type;
    }
    fields.push({ name, type: nullable ? `${base} or null` : base, values: value.enum?.map(String) });
    if (value.type === 'object') fields.push(...schemaFields(value, `${name}.`));
    if (value.type === 'array' && value.items?.type === 'object')
      fields.push(...schemaFields(value.items, `${name}[].`));
  }
  return fields;
}

function fieldsOf(id: DataExportId): SchemaField[] {
  return schemaFields(z.toJSONSchema(schemas[id], { io: 'output' }) as JsonSchemaNode);
}

/** Whether `example` (parsed JSON) has the JSON type the dictionary states. */
function matchesType(example: unknown, type: string): boolean {
  if (example === null) return type.endsWith(' or null');
  const base = type.replace(/ or null$/, '');
  switch (base) {
    case 'string':
      return typeof example === 'string';
    case 'number':
      return typeof example === 'number';
    case 'integer':
      return Number.isInteger(example);
    case 'boolean':
      return typeof example === 'boolean';
    case 'object':
      return typeof example === 'object' && !Array.isArray(example);
    case 'array of strings':
      return Array.isArray(example) && example.every((item) => typeof item === 'string');
    case 'array of objects':
      return Array.isArray(example) && example.every((item) => typeof item === 'object' && item !== null);
    default:
      return false;
  }
}

describe('data dictionary', () => {
  it('documents exactly the four exports', () => {
    expect(dataExports.map((entry) => entry.id).sort()).toEqual(Object.keys(schemas).sort());
  });

  describe.each(dataExports.map((entry) => [entry.id, entry] as const))('%s', (id, entry) => {
    const fromSchema = fieldsOf(id);

    it('has one entry per field, nested fields included, in schema order', () => {
      // Fails both for a field without an entry and for an entry without a field.
      expect(entry.fields.map((field) => field.name)).toEqual(fromSchema.map((field) => field.name));
    });

    it('states each field’s type as the schema has it', () => {
      const types = (fields: readonly { name: string; type: string }[]) =>
        fields.map((field) => `${field.name}: ${field.type}`);
      expect(types(entry.fields)).toEqual(types(fromSchema));
    });

    it('lists and explains every value of each enumeration', () => {
      const values = (fields: readonly (SchemaField | FieldDefinition)[]) =>
        fields.map((field) => {
          const list = field.values?.map((value) => (typeof value === 'string' ? value : value.value));
          return `${field.name}: ${list?.join(', ') ?? '(any)'}`;
        });
      expect(values(entry.fields)).toEqual(values(fromSchema));
      for (const field of entry.fields) {
        for (const value of field.values ?? [])
          expect(value.meaning.trim(), `${field.name} = ${value.value}`).not.toBe('');
      }
    });

    it('describes every field and gives an example of its type', () => {
      for (const field of entry.fields) {
        expect(field.description.trim(), field.name).not.toBe('');
        const example: unknown = JSON.parse(field.example);
        expect(matchesType(example, field.type), `${field.name} example ${field.example}`).toBe(true);
        if (field.values)
          expect(
            field.values.map((value) => value.value),
            field.name,
          ).toContain(example);
      }
    });

    it('serves JSON, and CSV only for salaries', () => {
      expect(entry.files.map((file) => file.href)).toEqual(
        id === 'salaries' ? ['/data/salaries.json', '/data/salaries.csv'] : [`/data/${id}.json`],
      );
    });
  });

  it('names the CSV columns exactly as the CSV header, in order', () => {
    expect(salaryCsvColumns).toEqual(SALARY_CSV_HEADER);
  });

  it('gives a CSV column to every salary field that holds a value, and none to objects', () => {
    for (const field of salaryFields) {
      const isObject = field.type.startsWith('object');
      expect(field.csvColumn === undefined, field.name).toBe(isObject);
    }
  });
});

describe('countUnparsedReasons', () => {
  const item = (reason: string): UnparsedMoney => ({
    article: 'a',
    section: null,
    sectionId: null,
    text: '$1B',
    context: 'A $1B market',
    reason,
  });

  it('counts each reason, most frequent first and ties by name', () => {
    const reasons = ['fee, price or budget', 'market size', 'bonus', 'market size', 'fee, price or budget'];
    expect(countUnparsedReasons(reasons.map(item))).toEqual([
      { reason: 'fee, price or budget', count: 2 },
      { reason: 'market size', count: 2 },
      { reason: 'bonus', count: 1 },
    ]);
  });

  it('is empty when nothing was left out', () => {
    expect(countUnparsedReasons([])).toEqual([]);
  });
});
