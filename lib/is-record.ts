/**
 * Whether a parsed JSON value is an object whose fields can be read: the
 * first check when reading other programs' output, which is checked field by
 * field rather than cast.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
