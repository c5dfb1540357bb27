/**
 * Records as CSV (RFC 4180) for spreadsheets and analysis tools. Every field
 * of a record becomes one column, nested objects flattened into their fields'
 * columns (provenance included), so a row can be traced back to its article
 * without the JSON. Values are written exactly as validated: no rounding, no
 * formatting, and no escaping beyond CSV quoting.
 */
import type { SchemaField } from '@/lib/open-data/fields';

/** A value as it goes into one CSV field. */
export type CsvValue = string | number | boolean | null;

/** One CSV column: its name and the JSON field it holds. */
export interface CsvColumn {
  name: string;
  field: SchemaField;
}

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/**
 * The column name of a field, from its JSON path: provenance is where every
 * record comes from, so its fields need no prefix (`provenance.sectionId` ->
 * `section_id`); a nested field named like its object, or a slug, is the
 * object itself (`level.level` -> `level`, `role.slug` -> `role`); the rest
 * joins the path in snake case (`role.asWritten` -> `role_as_written`).
 */
export function csvColumnName(path: readonly string[]): string {
  const parts = path[0] === 'provenance' && path.length > 1 ? path.slice(1) : [...path];
  const last = parts.at(-1);
  const parent = parts.at(-2);
  if (parts.length > 1 && (last === parent || last === 'slug')) parts.pop();
  return parts.map(snakeCase).join('_');
}

/**
 * The columns of a tabular file: every field that holds a value (objects are
 * spread over their fields' columns), in schema order. Throws when two fields
 * would share a column name or a field cannot fit one cell. Pure.
 */
export function csvColumns(fields: readonly SchemaField[]): CsvColumn[] {
  const columns: CsvColumn[] = [];
  const owners = new Map<string, string>();
  for (const field of fields) {
    if (field.kind === 'object') continue;
    if (field.repeated || (field.kind === 'array' && field.items === 'object'))
      throw new Error(`${field.name}: a list of objects does not fit a CSV cell`);
    const name = csvColumnName(field.path);
    const owner = owners.get(name);
    if (owner !== undefined) throw new Error(`${field.name} and ${owner} would both be the CSV column ${name}`);
    owners.set(name, field.name);
    columns.push({ name, field });
  }
  return columns;
}

/** The value at `path` in `record`; `null` when the path passes through a null object. */
function valueAt(record: unknown, path: readonly string[]): unknown {
  let value = record;
  for (const key of path) {
    if (value === null) return null;
    if (typeof value !== 'object' || Array.isArray(value) || !(key in value))
      throw new Error(`record has no ${path.join('.')}`);
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** One cell: scalars as they are, lists as JSON arrays (the Table Schema `array` type). */
function cellValue(record: unknown, column: CsvColumn): CsvValue {
  const value = valueAt(record, column.field.path);
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (Array.isArray(value)) return JSON.stringify(value);
  throw new Error(`${column.field.name}: ${typeof value} does not fit a CSV cell`);
}

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field: `null` is empty, booleans are `true`/`false`, numbers are
 * plain digits (`String` never groups digits, and validated pay amounts are
 * far below the 1e21 where it would switch to exponent notation). Text that
 * holds a comma, a quote or a line break is quoted, with quotes doubled.
 *
 * Text is never prefixed to defuse spreadsheet formulas: a leading "+" or "-"
 * is real data here ("+" marks open-ended pay), so the data dictionary says
 * the fields are raw text instead.
 */
export function toCsvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV record, ending in CRLF as RFC 4180 asks. */
function toCsvLine(values: readonly CsvValue[]): string {
  return `${values.map(toCsvField).join(',')}\r\n`;
}

/**
 * Records as an RFC 4180 CSV document: a header row of column names, then one
 * row per record in the order given, every line ending in CRLF. Pure.
 */
export function toCsv(columns: readonly CsvColumn[], records: readonly unknown[]): string {
  const rows = records.map((record) => toCsvLine(columns.map((column) => cellValue(record, column))));
  return toCsvLine(columns.map((column) => column.name)).concat(...rows);
}
