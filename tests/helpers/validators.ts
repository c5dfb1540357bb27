/**
 * Test helper: the validators the open data is checked with. JSON against
 * JSON Schema with Ajv (strict, formats checked); the Data Package descriptor
 * and Table Schemas against the official Frictionless profiles (vendored in
 * tests/fixtures/frictionless); CSV against Table Schema with `readCsvTable`.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { z } from 'zod';
import { parseCsv } from './parse-csv';

/** Ajv for the published JSON Schemas (draft 2020-12): strict, so a schema with an unknown keyword fails too. */
export function jsonSchemaAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

/** One readable line per Ajv error, or none. */
export function ajvErrors(validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map((error) => `${error.instancePath || '(root)'} ${error.message ?? ''}`);
}

const PROFILES = path.join(process.cwd(), 'tests', 'fixtures', 'frictionless');

/**
 * A validator for an official Frictionless profile (`datapackage`,
 * `tableschema`). The profiles are draft-07 with annotation keywords of their
 * own, so strict mode is off for them; formats are checked.
 */
export function frictionlessProfile(name: 'datapackage' | 'tableschema'): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // An editor hint in the profiles ("show a text area"), not a constraint on the value.
  ajv.addFormat('textarea', true);
  const profile: unknown = JSON.parse(fs.readFileSync(path.join(PROFILES, `${name}-2.0.json`), 'utf8'));
  if (typeof profile !== 'object' || profile === null) throw new Error(`${name} profile is not a JSON object`);
  return ajv.compile(profile);
}

/** The parts of a Table Schema this helper understands, for parsing a schema read from the server. */
export const tableSchemaLike = z.object({
  fields: z.array(
    z.object({
      name: z.string(),
      type: z.string(),
      constraints: z
        .object({
          required: z.boolean().optional(),
          unique: z.boolean().optional(),
          enum: z.array(z.string()).optional(),
          pattern: z.string().optional(),
          minimum: z.number().optional(),
          maximum: z.number().optional(),
          minLength: z.number().optional(),
          maxLength: z.number().optional(),
        })
        .optional(),
    }),
  ),
  missingValues: z.array(z.string()).optional(),
  primaryKey: z.array(z.string()).optional(),
});
type TableSchemaLike = z.input<typeof tableSchemaLike>;
type TableField = TableSchemaLike['fields'][number];

export type Cell = string | number | boolean | unknown[] | null;

const TRUE_VALUES = ['true', 'True', 'TRUE', '1'];
const FALSE_VALUES = ['false', 'False', 'FALSE', '0'];

/** A cell as the Table Schema types it (string, number, integer, boolean, array), or an error message. */
function castCell(text: string, field: TableField): { value: Cell } | { error: string } {
  switch (field.type) {
    case 'string':
      return { value: text };
    case 'number':
      return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text) ? { value: Number(text) } : { error: 'not a number' };
    case 'integer':
      return /^-?\d+$/.test(text) ? { value: Number(text) } : { error: 'not an integer' };
    case 'boolean':
      if (TRUE_VALUES.includes(text)) return { value: true };
      if (FALSE_VALUES.includes(text)) return { value: false };
      return { error: 'not a boolean' };
    case 'array':
      try {
        const value: unknown = JSON.parse(text);
        return Array.isArray(value) ? { value } : { error: 'not a JSON array' };
      } catch {
        return { error: 'not a JSON array' };
      }
    default:
      return { error: `type ${field.type} is not one this helper reads` };
  }
}

/** The constraints a present value breaks. */
function broken(value: Cell, text: string, field: TableField): string[] {
  const c = field.constraints ?? {};
  const problems: string[] = [];
  if (c.enum && !c.enum.includes(text)) problems.push(`not one of ${c.enum.join(', ')}`);
  // Table Schema patterns match the whole value.
  if (c.pattern !== undefined && !new RegExp(`^(?:${c.pattern})$`, 'u').test(text))
    problems.push(`does not match ${c.pattern}`);
  if (typeof value === 'number' && c.minimum !== undefined && value < c.minimum) problems.push(`below ${c.minimum}`);
  if (typeof value === 'number' && c.maximum !== undefined && value > c.maximum) problems.push(`above ${c.maximum}`);
  const length =
    typeof value === 'string' || Array.isArray(value) ? [...(Array.isArray(value) ? value : text)].length : null;
  if (length !== null && c.minLength !== undefined && length < c.minLength)
    problems.push(`shorter than ${c.minLength}`);
  if (length !== null && c.maxLength !== undefined && length > c.maxLength) problems.push(`longer than ${c.maxLength}`);
  return problems;
}

/**
 * Reads an RFC 4180 CSV against its Table Schema, as a Frictionless validator
 * does for the types and constraints the published schemas use: the header
 * must be the schema's field names in order; every cell is typed by its field
 * (an empty cell is missing), and `required`, `unique`, `enum`, `pattern`,
 * `minimum`, `maximum`, `minLength`, `maxLength` and the primary key are
 * checked. Returns the typed rows and every problem as `row N, column: ...`.
 */
export function readCsvTable(csv: string, schema: TableSchemaLike): { rows: Record<string, Cell>[]; errors: string[] } {
  const [header, ...lines] = parseCsv(csv);
  const names = schema.fields.map((field) => field.name);
  const errors: string[] = [];
  if (JSON.stringify(header) !== JSON.stringify(names))
    errors.push(`header ${JSON.stringify(header)} is not the schema's fields ${JSON.stringify(names)}`);
  const missing = schema.missingValues ?? [''];
  const seen = new Map<string, Set<string>>();
  const keys = new Set<string>();
  const rows = lines.map((cells, index) => {
    const at = `row ${index + 2}`;
    if (cells.length !== names.length) errors.push(`${at}: ${cells.length} cells for ${names.length} fields`);
    const row: Record<string, Cell> = {};
    schema.fields.forEach((field, column) => {
      const text = cells[column] ?? '';
      const where = `${at}, ${field.name}`;
      if (missing.includes(text)) {
        row[field.name] = null;
        if (field.constraints?.required) errors.push(`${where}: required but empty`);
        return;
      }
      const cast = castCell(text, field);
      if ('error' in cast) {
        errors.push(`${where}: ${JSON.stringify(text)} is ${cast.error}`);
        row[field.name] = null;
        return;
      }
      row[field.name] = cast.value;
      for (const problem of broken(cast.value, text, field))
        errors.push(`${where}: ${JSON.stringify(text)} ${problem}`);
      if (field.constraints?.unique) {
        const values = seen.get(field.name) ?? new Set<string>();
        if (values.has(text)) errors.push(`${where}: ${JSON.stringify(text)} is not unique`);
        values.add(text);
        seen.set(field.name, values);
      }
    });
    if (schema.primaryKey) {
      const key = JSON.stringify(schema.primaryKey.map((name) => row[name]));
      if (keys.has(key)) errors.push(`${at}: primary key ${key} repeats`);
      keys.add(key);
    }
    return row;
  });
  return { rows, errors };
}
