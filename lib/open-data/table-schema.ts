/**
 * The Frictionless Table Schema of a published CSV, derived from the same
 * fields as its columns: a type, the field's meaning (with what each allowed
 * value means), an example as it appears in the CSV, and the constraints the
 * JSON Schema states, so a Table Schema validator checks what the JSON Schema
 * validator checks.
 */
import type { CsvColumn } from '@/lib/open-data/csv';
import type { SchemaField } from '@/lib/open-data/fields';

export interface TableSchemaField {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean' | 'array';
  description: string;
  /** An example value as it is written in the CSV. */
  example?: string;
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: string[];
    pattern?: string;
    minimum?: number;
    maximum?: number;
    minLength?: number;
    maxLength?: number;
  };
}

export interface TableSchema {
  fields: TableSchemaField[];
  /** An empty cell is a null value; no other cell is. */
  missingValues: [''];
  primaryKey?: string[];
}

/**
 * A JSON Schema `pattern` as a Table Schema one. Table Schema patterns are
 * XML Schema regular expressions, which always match the whole value and have
 * no anchors and no `\/` escape; a pattern not anchored at both ends cannot be
 * stated that way, so it is left to the JSON Schema.
 */
export function toTablePattern(pattern: string): string | undefined {
  if (!pattern.startsWith('^') || !pattern.endsWith('$') || pattern.endsWith('\\$')) return undefined;
  return pattern.slice(1, -1).replaceAll('\\/', '/');
}

/** A value as the CSV writes it (lists as JSON arrays), for `example`. */
function asCell(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return JSON.stringify(value);
  return undefined;
}

/** The field's meaning, where it is in the JSON, and a Markdown list of its values when it is an enumeration. */
function describe(column: string, field: SchemaField): string {
  const parts = [field.description];
  if (field.parentNullable) parts.push('Empty when its enclosing object is null in the JSON.');
  // The descriptions name fields by their JSON path; a renamed column says which field it holds.
  if (column !== field.name) parts.push(`In the JSON: \`${field.name}\`.`);
  const text = parts.join(' ');
  if (!field.values) return text;
  return `${text}\n\n${field.values.map(({ value, meaning }) => `- \`${value}\`: ${meaning}`).join('\n')}`;
}

function toField({ name, field }: CsvColumn, unique: boolean): TableSchemaField {
  if (field.kind === 'object') throw new Error(`${field.name}: an object is not a column`);
  const constraints: NonNullable<TableSchemaField['constraints']> = {};
  // A value is required unless the field or an object around it can be null.
  if (!field.nullable && !field.parentNullable) constraints.required = true;
  if (unique) constraints.unique = true;
  if (field.values) constraints.enum = field.values.map(({ value }) => value);
  const pattern = field.pattern === undefined ? undefined : toTablePattern(field.pattern);
  if (pattern !== undefined) constraints.pattern = pattern;
  if (field.minimum !== undefined) constraints.minimum = field.minimum;
  if (field.maximum !== undefined) constraints.maximum = field.maximum;
  if (field.minLength !== undefined) constraints.minLength = field.minLength;
  if (field.maxLength !== undefined) constraints.maxLength = field.maxLength;
  const example = asCell(field.examples[0]);
  return {
    name,
    type: field.kind,
    description: describe(name, field),
    ...(example === undefined ? {} : { example }),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

/**
 * The Table Schema of a CSV with these columns. `primaryKey` names columns
 * whose values identify a row; they are also marked unique. Pure.
 */
export function toTableSchema(columns: readonly CsvColumn[], primaryKey: readonly string[] = []): TableSchema {
  for (const key of primaryKey) {
    if (!columns.some((column) => column.name === key)) throw new Error(`primary key ${key} is not a column`);
  }
  return {
    fields: columns.map((column) => toField(column, primaryKey.length === 1 && primaryKey[0] === column.name)),
    missingValues: [''],
    ...(primaryKey.length > 0 ? { primaryKey: [...primaryKey] } : {}),
  };
}
