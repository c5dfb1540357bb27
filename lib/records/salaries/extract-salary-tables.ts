/**
 * Pay figures in tables. In a Markdown table every cell is read with its row
 * label and column header, so both orientations work (rows are roles and
 * columns levels, or the reverse) and a column per data source credits that
 * source. A table flattened into lines ("Level Base Salary Range Total
 * Compensation Range" then one row per line) is read by naming its pay
 * columns from the header and taking a row's values in order, where "–",
 * "N/A" and "Varies" hold a column's place.
 */
import { currencyCodeSchema, currencyCodes, type CurrencyCode } from '@/lib/content/schema';
import type { ArticleDocument, TableBlock } from '@/lib/records/document/article-document';
import { findMoney, type MoneyMatch } from '@/lib/records/salaries/money';
import type { RoleMatcher } from '@/lib/records/document/role-matcher';
import type { Located } from '@/lib/records/salaries/extract-salary-prose';
import { toFigure, type Layer } from '@/lib/records/salaries/salary-figure';
import { nearAfter, readExclusion, readPayComponent } from '@/lib/records/salaries/salary-traps';
import { PAY_CONTEXT, namesPlace, readPlace } from '@/lib/records/salaries/salary-vocabulary';

// Any code the schema knows, as a word: "Average Salary (USD)", a Currency cell's "EUR".
const CURRENCY_CODE = new RegExp(String.raw`\b(${currencyCodes.join('|')})\b`);
// A column that restates another column's figures in another currency.
const CONVERSION = /\bequivalent\b|\bconverted\b|\bin USD \(approx/i;
const NO_VALUE = /(?<=^|\s)(?:[–—-]|N\/A|n\/a|Varies)(?=\s|$)/g;

/** Every money expression in the document's tables, read as a figure or an unparsed note. */
export function readTableFigures(doc: ArticleDocument, matchRoles: RoleMatcher, articleRole: string | null): Located[] {
  return doc.tables.flatMap((table) =>
    table.fromLines
      ? readLineTable(doc, table, matchRoles, articleRole)
      : readGrid(doc, table, matchRoles, articleRole),
  );
}

function readGrid(
  doc: ArticleDocument,
  table: TableBlock,
  matchRoles: RoleMatcher,
  articleRole: string | null,
): Located[] {
  const out: Located[] = [];
  const headings = headingLayers(table);
  const caption: Layer[] = table.caption ? [{ text: table.caption, origin: 'caption' }] : [];
  const note: Layer[] = table.note ? [{ text: table.note, origin: 'caption' }] : [];
  const tableIsAboutPay = [table.caption ?? '', ...table.header, ...table.section.trail].some((text) =>
    PAY_CONTEXT.test(text),
  );
  // Read once per column: every cell of the column reads its header the same way.
  const columns = table.header.map((header) => ({
    currency: currencyCodeIn(header),
    layers: header ? [{ text: header, origin: 'column' } as const] : [],
    restates: CONVERSION.test(header),
  }));
  const noColumn = { currency: null, layers: [], restates: false };
  // A "Currency" column says what each row's bare amounts are in ("Germany | 72,000 | EUR").
  const currencyColumn = table.header.findIndex((header) => CURRENCY_COLUMN.test(header));
  table.rows.forEach((row, r) => {
    // Each cell's money, read once: the row label, the description and the figures all need it.
    const money = row.map((cell) => findMoney(cell));
    const rowCurrency = currencyColumn === -1 ? null : currencyCodeIn(row[currencyColumn] ?? '');
    const first = row[0] ?? '';
    const rowLabel = (money[0] ?? []).some((match) => match.currency !== null) ? null : first || null;
    const rowLayer: Layer[] = rowLabel ? [{ text: rowLabel, origin: 'row' }] : [];
    // Text cells of the row describe its figures ("Median base salary").
    const description = row.flatMap((text, c): Layer[] =>
      c > 0 && text && money[c]?.length === 0 ? [{ text, origin: 'row' }] : [],
    );
    row.forEach((cell, c) => {
      if (c === 0 && rowLabel !== null) return;
      const header = table.header[c] ?? '';
      const { currency: columnCurrency, layers: column, restates } = columns[c] ?? noColumn;
      const headerCurrency = columnCurrency ?? rowCurrency;
      const matches = (money[c] ?? []).filter(
        (match) => match.currency !== null || headerCurrency !== null || match.indianNumbering,
      );
      matches.forEach((match, i) => {
        const before = cell.slice(i > 0 ? (matches[i - 1]?.end ?? 0) : 0, match.start);
        const after = nearAfter(cell.slice(match.end, matches[i + 1]?.start ?? cell.length));
        const exclusion = restates
          ? 'restates another column in another currency'
          : (readExclusion(match, `${rowLabel ?? ''}: ${before}`, after) ??
            (tableIsAboutPay || PAY_CONTEXT.test(rowLabel ?? '') ? null : 'not in a table about pay'));
        const result = toFigure({
          match,
          currency: headerCurrency,
          article: doc.slug,
          section: table.section,
          near: { text: `${before} ${after}`, origin: 'row' },
          role: [...rowLayer, ...column, ...caption, ...headings],
          level: [...rowLayer, ...column],
          location: [...cellPlace(cell, match), ...rowLayer, ...column, ...caption, ...headings],
          kind: [...description, ...rowLayer, ...column, ...caption],
          credited: [{ text: cell, origin: 'row' }, ...rowLayer, ...column, ...caption, ...note],
          period: [...rowLayer, ...column, ...caption],
          percentile: [...rowLayer, ...column],
          boundsHeader: header,
          table: { index: table.index, rowLabel, columnHeader: header || null },
          context: cell,
          articleRole,
          exclusion,
          component: readPayComponent(`${rowLabel ?? ''}: ${before}`, after),
          matchRoles,
        });
        out.push({ result, order: [table.offset, r * 1000 + c * 10 + i] });
      });
    });
  });
  return out;
}

// "Base Salary Range", "Total Compensation Range", "Median Salary",
// "Entry-Level Salary", "Annual Salary Range (USD)": the pay columns of a line table.
const PAY_COLUMN =
  /(?:(?:Base|Total|Median|Average|Annual|Monthly|Entry-Level|Mid-Level|Senior-Level)\s)*(?:Salary|Compensation|Pay)(?:\sRange)?(?:\s\((?:USD|EUR|GBP)\))?(?!\s(?:Premium|Growth))/g;

function readLineTable(
  doc: ArticleDocument,
  table: TableBlock,
  matchRoles: RoleMatcher,
  articleRole: string | null,
): Located[] {
  const header = table.header[0] ?? '';
  const columns = [...header.matchAll(PAY_COLUMN)].map((match) => match[0]);
  const headerCurrency = currencyCodeIn(header);
  const caption: Layer[] = table.caption ? [{ text: table.caption, origin: 'caption' }] : [];
  const headings = headingLayers(table);
  const out: Located[] = [];
  table.rows.forEach(([line = ''], r) => {
    const matches = findMoney(line).filter(
      (match) => match.currency !== null || headerCurrency !== null || match.indianNumbering,
    );
    if (matches.length === 0) return;
    // Values and placeholders in order; each takes the next pay column.
    const slots = [
      ...matches.map((match) => ({ start: match.start, match })),
      ...[...line.matchAll(NO_VALUE)]
        .filter((gap) => !matches.some((match) => gap.index >= match.start && gap.index < match.end))
        .map((gap) => ({ start: gap.index, match: null })),
    ].sort((a, b) => a.start - b.start);
    const labelEnd = slots[0]?.start ?? 0;
    const fullLabel = line.slice(0, labelEnd).trim();
    const rowLabel = shortLabel(fullLabel, matchRoles) || null;
    const rowLayer: Layer[] = rowLabel ? [{ text: fullLabel, origin: 'row' }] : [];
    slots.forEach((slot, position) => {
      const { match } = slot;
      if (!match) return;
      const columnHeader = columns[position] ?? null;
      const column: Layer[] = columnHeader ? [{ text: columnHeader, origin: 'column' }] : [];
      const after = nearAfter(line.slice(match.end, slots[position + 1]?.start ?? line.length));
      const ownPlace = /^\s*\(([^)]+)\)/.exec(line.slice(match.end));
      const placeInCell = ownPlace?.[1] && namesPlace(ownPlace[1]) ? ownPlace[1] : null;
      const exclusion =
        readExclusion(match, fullLabel, after) ??
        (columnHeader === null ? 'value with no pay column in its table' : null);
      const result = toFigure({
        match,
        currency: headerCurrency,
        article: doc.slug,
        section: table.section,
        near: { text: after, origin: 'row' },
        role: [...rowLayer, ...caption, ...headings],
        // A figure tagged with its own place ("17,323 dollars/year (India)") is
        // that place's figure, not the column's level.
        level: placeInCell ? [] : [...rowLayer, ...column],
        location: placeInCell ? [{ text: placeInCell, origin: 'row' }] : [...rowLayer, ...caption, ...headings],
        kind: [...rowLayer, ...column, ...caption],
        credited: [{ text: line, origin: 'row' }, ...rowLayer, ...caption],
        period: [...column, ...caption],
        percentile: [...rowLayer, ...column],
        table: { index: table.index, rowLabel, columnHeader },
        context: line,
        articleRole,
        exclusion,
        component: readPayComponent(fullLabel, after),
        matchRoles,
      });
      out.push({ result, order: [table.offset, r * 1000 + position] });
    });
  });
  return out;
}

/** A line table's row label can run into a description; keep it up to the role it names. */
function shortLabel(label: string, matchRoles: RoleMatcher): string {
  if (label.length <= 60) return label;
  const role = matchRoles(label)[0];
  return role && role.index < 30 ? label.slice(0, role.end) : label.split(/\s+/).slice(0, 6).join(' ');
}

function cellPlace(cell: string, match: MoneyMatch): Layer[] {
  const own = /^\s*\(([^)]+)\)/.exec(cell.slice(match.end))?.[1];
  return own && readPlace(own) ? [{ text: own, origin: 'row' }] : [];
}

function headingLayers(table: TableBlock): Layer[] {
  return [...table.section.trail].reverse().map((text) => ({ text, origin: 'heading' }));
}

const CURRENCY_COLUMN = /^\s*currency(?:\s+code)?\s*$/i;

/** The currency a column header ("Average Salary (USD)") or a Currency cell ("EUR") names, parsed rather than assumed. */
function currencyCodeIn(text: string): CurrencyCode | null {
  const parsed = currencyCodeSchema.safeParse(CURRENCY_CODE.exec(text)?.[1]);
  return parsed.success ? parsed.data : null;
}
