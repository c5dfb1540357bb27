/**
 * Salary figures as CSV (RFC 4180) for spreadsheets and analysis tools. Every
 * field of a figure becomes one column, provenance included, so a row can be
 * traced back to its article without the JSON. Values are written exactly as
 * validated: no rounding, no formatting, and no escaping beyond CSV quoting.
 */
import type { SalaryFigure } from '@/lib/content/schema';

/** A value as it goes into one CSV field. */
export type CsvValue = string | number | boolean | null;

// One entry per column, in output order. The data dictionary lists the same
// columns (`salaryCsvColumns`); a unit test keeps the two in step.
const SALARY_COLUMNS: readonly (readonly [name: string, read: (figure: SalaryFigure) => CsvValue])[] = [
  ['id', (figure) => figure.id],
  ['role', (figure) => figure.role.slug],
  ['role_as_written', (figure) => figure.role.asWritten],
  ['role_from', (figure) => figure.role.from],
  ['level', (figure) => figure.level.level],
  ['level_as_written', (figure) => figure.level.asWritten],
  ['location', (figure) => figure.location],
  ['currency', (figure) => figure.currency],
  ['min', (figure) => figure.min],
  ['max', (figure) => figure.max],
  ['open_ended', (figure) => figure.openEnded],
  ['period', (figure) => figure.period],
  ['period_assumed', (figure) => figure.periodAssumed],
  ['kind', (figure) => figure.kind],
  ['percentile', (figure) => figure.percentile],
  ['approximate', (figure) => figure.approximate],
  ['credited', (figure) => figure.credited],
  ['article', (figure) => figure.provenance.article],
  ['section', (figure) => figure.provenance.section],
  ['section_id', (figure) => figure.provenance.sectionId],
  ['table_index', (figure) => figure.provenance.table?.index ?? null],
  ['table_row_label', (figure) => figure.provenance.table?.rowLabel ?? null],
  ['table_column_header', (figure) => figure.provenance.table?.columnHeader ?? null],
  ['context', (figure) => figure.provenance.context],
  ['quote', (figure) => figure.provenance.quote],
];

/** The header row of `toSalariesCsv`, in column order. */
export const SALARY_CSV_HEADER: readonly string[] = SALARY_COLUMNS.map(([name]) => name);

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
 * Salary figures as an RFC 4180 CSV document: a header row, then one row per
 * figure in the order given, every line ending in CRLF. Pure.
 */
export function toSalariesCsv(figures: readonly SalaryFigure[]): string {
  const rows = figures.map((figure) => toCsvLine(SALARY_COLUMNS.map(([, read]) => read(figure))));
  return toCsvLine(SALARY_CSV_HEADER).concat(...rows);
}
