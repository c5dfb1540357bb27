import type { z } from 'zod';
import type { ingestWarningSchema } from '@/lib/content/schema';
/**
 * A problem that rejects a whole source. `location` carries the line and
 * column for XML errors so an editor can jump straight to the fault.
 */
export class IngestError extends Error {
  readonly file: string;

  constructor(file: string, problem: string, location?: { line: number; column: number }) {
    const where = location ? `:${location.line}:${location.column}` : '';
    super(`${file}${where}: ${problem}`);
    this.name = 'IngestError';
    this.file = file;
  }
}

/** A skipped item or a resolved conflict: reported, but the source still counts as ingested. */
export type IngestWarning = z.infer<typeof ingestWarningSchema>;

/** One warning as a single log line, with control characters from feed data neutralised. */
export function formatWarning(warning: IngestWarning): string {
  const parts = [warning.file];
  if (warning.item) parts.push(`item ${warning.item}`);
  if (warning.field) parts.push(warning.field);
  return `${parts.join(': ')}: ${warning.message}`.replace(
    /[\u0000-\u001f\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
