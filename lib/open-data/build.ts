/**
 * Records -> the published files: for every export a JSON file, a CSV when
 * its records are tabular, and the schema of each (JSON Schema, Table
 * Schema), with the byte size and SHA-256 of every data file. Everything the
 * routes serve and the page and descriptor describe comes from one call, so
 * the sizes and hashes are those of the bytes served.
 */
import { createHash } from 'node:crypto';
import { csvColumns, toCsv, type CsvColumn } from '@/lib/open-data/csv';
import { EXPORTS, type ExportDefinition, type OpenDataSource } from '@/lib/open-data/exports';
import { isTabular, schemaFields, typeLabel, type FieldValue, type SchemaField } from '@/lib/open-data/fields';
import { toJsonSchema, type JsonSchema } from '@/lib/open-data/json-schema';
import { toTableSchema, type TableSchema } from '@/lib/open-data/table-schema';

/** Where the files are served, relative to the site. */
export const DATA_PATH = '/data';

export const JSON_MEDIA_TYPE = 'application/json';
export const CSV_MEDIA_TYPE = 'text/csv';

/** The Content-Type a file is served with: its media type, always UTF-8. */
export function contentType(mediaType: string): string {
  return `${mediaType}; charset=utf-8`;
}

/** The schema a data file is described by, served as a file of its own. */
export interface SchemaFile {
  name: string;
  href: string;
  kind: 'JSON Schema' | 'Table Schema';
  body: string;
}

export interface DataFile {
  /** The file name, also its path relative to the Data Package descriptor. */
  name: string;
  href: string;
  /** `Salary figures (CSV)`. */
  title: string;
  /** What one record is. */
  description: string;
  format: 'json' | 'csv';
  mediaType: typeof JSON_MEDIA_TYPE | typeof CSV_MEDIA_TYPE;
  body: string;
  /** Size of the UTF-8 body. */
  bytes: number;
  /** Lowercase hex SHA-256 of the UTF-8 body. */
  sha256: string;
  records: number;
  schema: SchemaFile;
  /** The Table Schema, for CSV files. */
  tableSchema?: TableSchema;
}

/** One field as the data dictionary lists it. */
export interface DictionaryField {
  /** Dotted path as in the JSON; `[]` stands for each item of an array. */
  name: string;
  /** The CSV column holding the field; absent for objects and for exports without a CSV. */
  csvColumn?: string;
  type: string;
  description: string;
  values?: readonly FieldValue[];
  /** The first example, as JSON text; absent for objects and lists of objects, whose fields have their own. */
  example?: string;
}

export interface OpenDataExport {
  id: string;
  title: string;
  summary: string;
  notes: readonly string[];
  /** For computed records, how they are computed, step by step. */
  method?: readonly string[];
  records: number;
  fields: DictionaryField[];
  /** The JSON file, then the CSV when there is one. */
  files: DataFile[];
}

export interface OpenDataFiles {
  exports: OpenDataExport[];
  /** Every data file, in page order. */
  files: DataFile[];
  /** Every schema file. */
  schemas: SchemaFile[];
}

function sha256(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

/** Pretty-printed because people open the files in a browser; a final newline like any text file. */
function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function schemaFile(name: string, kind: SchemaFile['kind'], schema: JsonSchema | TableSchema): SchemaFile {
  return { name, href: `${DATA_PATH}/schemas/${name}`, kind, body: toJsonText(schema) };
}

function dataFile(
  definition: ExportDefinition,
  format: DataFile['format'],
  body: string,
  records: number,
  schema: SchemaFile,
): DataFile {
  const name = `${definition.id}.${format}`;
  return {
    name,
    href: `${DATA_PATH}/${name}`,
    title: `${definition.title} (${format.toUpperCase()})`,
    description: describeExport(definition),
    format,
    mediaType: format === 'json' ? JSON_MEDIA_TYPE : CSV_MEDIA_TYPE,
    body,
    bytes: Buffer.byteLength(body, 'utf8'),
    sha256: sha256(body),
    records,
    schema,
  };
}

/** What one record is, and for computed records the method, as one text for schemas and the descriptor. */
function describeExport(definition: ExportDefinition): string {
  if (!definition.method) return definition.summary;
  return `${definition.summary} Method: ${definition.method.map((step, index) => `(${index + 1}) ${step}`).join(' ')}`;
}

function dictionaryField(field: SchemaField, columns: readonly CsvColumn[] | null): DictionaryField {
  const entry: DictionaryField = { name: field.name, type: typeLabel(field), description: field.description };
  const column = columns?.find((candidate) => candidate.field === field);
  if (column) entry.csvColumn = column.name;
  if (field.values) entry.values = field.values;
  const holdsObjects = field.kind === 'object' || (field.kind === 'array' && field.items === 'object');
  if (!holdsObjects && field.examples.length > 0) entry.example = JSON.stringify(field.examples[0]);
  return entry;
}

/** Why an export has no CSV, from its schema: the first field that holds a list of objects. */
function jsonOnlyNote(fields: readonly SchemaField[]): string {
  const list = fields.find((field) => field.kind === 'array' && field.items === 'object');
  return `JSON only: ${list?.name ?? 'a field'} holds a list of objects, which does not fit one table row.`;
}

function buildExport(definition: ExportDefinition, source: OpenDataSource, siteUrl: URL): OpenDataExport {
  // Published records are parsed again with their schema, so a file never holds what its schema forbids.
  const records = definition.select(source).map((record, index) => {
    const result = definition.record.safeParse(record);
    if (!result.success) throw new Error(`${definition.id}.json record ${index + 1}: ${result.error.message}`);
    return result.data;
  });
  const jsonSchemaName = `${definition.id}.schema.json`;
  const jsonSchema = toJsonSchema({
    record: definition.record,
    id: new URL(`${DATA_PATH}/schemas/${jsonSchemaName}`, siteUrl),
    title: `${definition.title} (${definition.id}.json)`,
    description: describeExport(definition),
  });
  const fields = schemaFields(jsonSchema);

  const files = [
    dataFile(
      definition,
      'json',
      toJsonText(records),
      records.length,
      schemaFile(jsonSchemaName, 'JSON Schema', jsonSchema),
    ),
  ];
  const tabular = isTabular(fields);
  const columns = tabular ? csvColumns(fields) : null;
  if (columns) {
    const tableSchema = toTableSchema(columns, definition.primaryKey);
    const csv = dataFile(
      definition,
      'csv',
      toCsv(columns, records),
      records.length,
      schemaFile(`${definition.id}.tableschema.json`, 'Table Schema', tableSchema),
    );
    files.push({ ...csv, tableSchema });
  }
  return {
    id: definition.id,
    title: definition.title,
    summary: definition.summary,
    notes: tabular ? definition.notes : [...definition.notes, jsonOnlyNote(fields)],
    ...(definition.method ? { method: definition.method } : {}),
    records: records.length,
    fields: fields.map((field) => dictionaryField(field, columns)),
    files,
  };
}

/**
 * Every export's files, schemas and dictionary. Throws when a record fails
 * its schema, a field has no description or two fields would share a CSV
 * column: such data must not be published. Pure.
 */
export function buildOpenDataFiles(source: OpenDataSource, siteUrl: URL): OpenDataFiles {
  const exports = EXPORTS.map((definition) => buildExport(definition, source, siteUrl));
  const files = exports.flatMap((entry) => entry.files);
  return { exports, files, schemas: files.map((file) => file.schema) };
}
