/**
 * The fields of a published file, read from its JSON Schema: every property,
 * nested ones included, with its type, meaning, allowed values and example.
 * The data dictionary on /data, the CSV columns and the Table Schemas are all
 * built from this list, so they describe exactly what the JSON Schema does.
 *
 * The walk reads JSON Schema (zod's public description of its output), not
 * zod internals, and throws on any shape it does not know instead of
 * skipping it: a field that cannot be described must not be published.
 */
import type { JsonSchema } from '@/lib/open-data/json-schema';

export type ScalarType = 'string' | 'number' | 'integer' | 'boolean';
export type FieldKind = ScalarType | 'object' | 'array';

/** One allowed value of an enumerated field and what it means. */
export interface FieldValue {
  value: string;
  meaning: string;
}

export interface SchemaField {
  /** Dotted path as in the JSON (`provenance.table.index`); `[]` stands for each item of an array (`roles[].role`). */
  name: string;
  /** The property names from the record down to this field; `[]` for array items. */
  path: readonly string[];
  kind: FieldKind;
  /** For arrays, the type of their items. */
  items?: ScalarType | 'object';
  /** The field itself may be null. */
  nullable: boolean;
  /** An enclosing object may be null, so in a flat table this field can be empty even when it is not nullable. */
  parentNullable: boolean;
  /** Inside an array of objects: a list of values per record, never one table column. */
  repeated: boolean;
  description: string;
  examples: readonly unknown[];
  values?: readonly FieldValue[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
}

const SCALARS: readonly string[] = ['string', 'number', 'integer', 'boolean'];

function isObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asSchemas(value: unknown, where: string): JsonSchema[] {
  if (!Array.isArray(value) || !value.every(isObject)) throw new Error(`${where}: expected a list of schemas`);
  return value;
}

/**
 * `{ anyOf: [X, { type: 'null' }] }`, or `{ type: [T, 'null'] }` as zod
 * compacts a nullable plain type, -> X and nullable. Any other union is not a
 * shape we publish.
 */
function unwrapNullable(node: JsonSchema, where: string): { inner: JsonSchema; nullable: boolean } {
  if (Array.isArray(node.type)) {
    const types: unknown[] = node.type;
    const [only, ...rest] = types.filter((type) => type !== 'null');
    if (only === undefined || rest.length > 0 || types.length !== 2)
      throw new Error(`${where}: unexpected type ${JSON.stringify(node.type)}`);
    return { inner: { ...node, type: only }, nullable: true };
  }
  if (node.anyOf === undefined) return { inner: node, nullable: false };
  const alternatives = asSchemas(node.anyOf, where);
  const inner = alternatives.filter((alternative) => alternative.type !== 'null');
  const [only] = inner;
  if (only === undefined || inner.length !== 1 || alternatives.length !== 2)
    throw new Error(`${where}: unexpected anyOf ${JSON.stringify(node.anyOf)}`);
  return { inner: only, nullable: true };
}

function kindOf(node: JsonSchema, where: string): FieldKind {
  const type = node.type;
  if (typeof type === 'string' && (SCALARS.includes(type) || type === 'object' || type === 'array'))
    return type as FieldKind;
  throw new Error(`${where}: unexpected type ${JSON.stringify(type)}`);
}

/** Zod writes JavaScript's safe-integer limits on every integer; they say nothing about the data. */
function meaningfulBound(value: unknown): number | undefined {
  return typeof value === 'number' && Math.abs(value) < Number.MAX_SAFE_INTEGER ? value : undefined;
}

function valuesOf(node: JsonSchema, where: string): FieldValue[] | undefined {
  if (node.enum === undefined) return undefined;
  const listed = node.enum;
  const documented = node.oneOf === undefined ? [] : asSchemas(node.oneOf, where);
  if (!Array.isArray(listed)) throw new Error(`${where}: enum is not a list`);
  return listed.map((value) => {
    const entry = documented.find((item) => item.const === value);
    if (typeof value !== 'string' || typeof entry?.description !== 'string')
      throw new Error(`${where}: the value ${JSON.stringify(value)} has no meaning`);
    return { value, meaning: entry.description };
  });
}

interface Context {
  prefix: string;
  path: readonly string[];
  parentNullable: boolean;
  repeated: boolean;
}

function walkObject(node: JsonSchema, context: Context): SchemaField[] {
  if (!isObject(node.properties)) throw new Error(`${context.prefix || '(record)'}: an object without properties`);
  const fields: SchemaField[] = [];
  for (const [key, property] of Object.entries(node.properties)) {
    const name = `${context.prefix}${key}`;
    if (!isObject(property)) throw new Error(`${name}: not a schema`);
    const { inner, nullable } = unwrapNullable(property, name);
    const kind = kindOf(inner, name);
    const description = property.description ?? inner.description;
    if (typeof description !== 'string' || description.trim() === '') throw new Error(`${name}: no description`);
    const examples = property.examples ?? inner.examples ?? [];
    if (!Array.isArray(examples)) throw new Error(`${name}: examples is not a list`);
    const path = [...context.path, key];
    const field: SchemaField = {
      name,
      path,
      kind,
      nullable,
      parentNullable: context.parentNullable,
      repeated: context.repeated,
      description,
      examples,
    };
    const values = valuesOf(inner, name);
    if (values) field.values = values;
    if (typeof inner.pattern === 'string') field.pattern = inner.pattern;
    const minimum = meaningfulBound(inner.minimum);
    // An integer above 0 is at least 1: the one exclusive bound a table can state inclusively.
    const exclusive = kind === 'integer' && inner.exclusiveMinimum === 0 ? 1 : undefined;
    if (minimum !== undefined || exclusive !== undefined) field.minimum = minimum ?? exclusive;
    const maximum = meaningfulBound(inner.maximum);
    if (maximum !== undefined) field.maximum = maximum;
    if (typeof inner.minLength === 'number') field.minLength = inner.minLength;
    if (typeof inner.maxLength === 'number') field.maxLength = inner.maxLength;
    fields.push(field);

    const below = { parentNullable: context.parentNullable || nullable, repeated: context.repeated };
    if (kind === 'object') {
      fields.push(...walkObject(inner, { ...below, prefix: `${name}.`, path }));
    } else if (kind === 'array') {
      if (!isObject(inner.items)) throw new Error(`${name}: an array without items`);
      const items = unwrapNullable(inner.items, `${name}[]`);
      if (items.nullable) throw new Error(`${name}[]: nullable array items`);
      const itemKind = kindOf(items.inner, `${name}[]`);
      if (itemKind === 'array') throw new Error(`${name}[]: arrays of arrays`);
      field.items = itemKind;
      if (itemKind === 'object')
        fields.push(
          ...walkObject(items.inner, { ...below, prefix: `${name}[].`, path: [...path, '[]'], repeated: true }),
        );
    }
  }
  return fields;
}

/**
 * Every field of the records a file holds, nested fields after their parent,
 * in schema order. `schema` is the file's JSON Schema: an array of objects.
 * Throws on a field without a description or an enumerated value without a
 * meaning. Pure.
 */
export function schemaFields(schema: JsonSchema): SchemaField[] {
  if (schema.type !== 'array' || !isObject(schema.items) || schema.items.type !== 'object')
    throw new Error('a published file is an array of records');
  return walkObject(schema.items, { prefix: '', path: [], parentNullable: false, repeated: false });
}

/** Whether every field fits one table cell: no list of objects, so one record is one CSV row. */
export function isTabular(fields: readonly SchemaField[]): boolean {
  return fields.every((field) => !(field.kind === 'array' && field.items === 'object'));
}

/** "string", "integer or null", "array of strings", "object or null": the type as the dictionary states it. */
export function typeLabel(field: SchemaField): string {
  const base =
    field.kind === 'array' ? `array of ${field.items === 'object' ? 'objects' : `${field.items}s`}` : field.kind;
  return field.nullable ? `${base} or null` : base;
}
