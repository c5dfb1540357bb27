/**
 * The JSON Schema of one published JSON file, made by zod's own
 * `toJSONSchema` from the record schema in `lib/content/schema.ts`: the
 * descriptions and examples there become `description` and `examples`, and
 * the meanings of enumerated values become a `oneOf` of documented constants.
 */
import { z } from 'zod';

/** A JSON Schema as a plain JSON object. */
export type JsonSchema = Record<string, unknown>;

/** The JSON Schema dialect of every published schema. */
export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/**
 * JSON Schema has no keyword for what an enumerated value means, so the
 * `values` metadata is written the way the JSON Schema documentation suggests
 * for documented enumerations: `oneOf` a `const` with its `description`.
 * `enum` stays beside it for tools that only read `enum`.
 */
function documentValues({ jsonSchema }: { jsonSchema: JsonSchema }): void {
  const values = jsonSchema.values;
  if (values === undefined) return;
  delete jsonSchema.values;
  if (typeof values !== 'object' || values === null) throw new Error('values metadata must be an object');
  jsonSchema.oneOf = Object.entries(values).map(([value, description]) => ({ const: value, description }));
}

export interface JsonSchemaInput {
  /** The schema of one record; the file is an array of them. */
  record: z.ZodType;
  /** Where the schema is published, as its `$id`. */
  id: URL;
  title: string;
  description: string;
}

/**
 * The JSON Schema (draft 2020-12) of a file holding an array of `record`s,
 * exactly as validated for publishing (`io: 'output'`). Pure.
 */
export function toJsonSchema({ record, id, title, description }: JsonSchemaInput): JsonSchema {
  const schema = z.toJSONSchema(z.array(record), {
    target: 'draft-2020-12',
    io: 'output',
    override: documentValues,
  });
  // `$id` first after `$schema`, so a reader sees what the document is before its body.
  return { $schema: schema.$schema, $id: id.href, title, description, ...schema };
}
