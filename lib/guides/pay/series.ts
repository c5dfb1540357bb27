/**
 * Salary figures as rows for charts and tables. Figures are grouped, never
 * averaged: where sources disagree, the spread between them is the answer.
 * A chart only ever shares an axis between figures of one currency and one
 * pay period, so each (currency, period) pair becomes its own series.
 */
import {
  careerLevels,
  isSalaryKind,
  type CareerLevel,
  type CurrencyCode,
  type PayPeriod,
  type SalaryFigure,
} from '@/lib/content/schema';
import { groupBy } from '@/lib/group-by';

/** How one figure is drawn: a span, a single amount, a start with no top, or a top with no start. */
export type FigureShape = 'range' | 'point' | 'open-ended' | 'up-to';

/** One source figure as a mark: the amounts it spans (an "up to" figure spans only its top). */
export interface FigureMark {
  figure: SalaryFigure;
  shape: FigureShape;
  /** The lowest amount the figure states (`max` for "up to" figures). */
  low: number;
  /** The highest amount the figure states (`min` for open-ended ones). */
  high: number;
}

/** A row of a chart or table: one level, role or location, with every figure for it. */
export interface SalaryRow {
  /** Stable key: the level, role slug or location as written. */
  key: string;
  label: string;
  marks: FigureMark[];
  /** The lowest and highest amounts any figure in the row states. */
  low: number;
  high: number;
  /** Distinct articles the row's figures come from. */
  sourceCount: number;
}

/** Every row for one currency and pay period: what one chart axis can honestly show. */
export interface SalarySeries {
  /** `USD-year`: unique within one summary, usable in element ids. */
  key: string;
  currency: CurrencyCode;
  period: PayPeriod;
  rows: SalaryRow[];
  low: number;
  high: number;
  figureCount: number;
  sourceCount: number;
}

/** Labels for levels as rows; the order of `careerLevels` is the order of rows. */
export const LEVEL_LABELS: Record<CareerLevel, string> = {
  entry: 'Entry level',
  mid: 'Mid level',
  senior: 'Senior',
  lead: 'Lead',
  executive: 'Executive',
  unspecified: 'Level not stated',
};

/** The row label for figures whose article does not say whose pay it is. */
export const ROLE_NOT_STATED = 'Role not stated';

/** A figure's shape and the amounts it spans. Pure. */
export function toMark(figure: SalaryFigure): FigureMark {
  const { min, max } = figure;
  if (min === null) {
    // The schema rules out both being null; `max` is the only amount an "up to" figure has.
    const top = max ?? 0;
    return { figure, shape: 'up-to', low: top, high: top };
  }
  const high = max ?? min;
  if (figure.openEnded) return { figure, shape: 'open-ended', low: min, high };
  return { figure, shape: high === min ? 'point' : 'range', low: min, high };
}

function countSources(figures: readonly SalaryFigure[]): number {
  return new Set(figures.map((figure) => figure.provenance.article)).size;
}

function toRow(key: string, label: string, figures: readonly SalaryFigure[]): SalaryRow {
  const marks = figures.map(toMark);
  return {
    key,
    label,
    marks,
    low: Math.min(...marks.map((mark) => mark.low)),
    high: Math.max(...marks.map((mark) => mark.high)),
    sourceCount: countSources(figures),
  };
}

/** How figures become rows within one series. */
export type RowGrouping =
  | { by: 'level' }
  /** `roleNames` maps a role slug to its name; figures with no role get a "Role not stated" row last. */
  | { by: 'role'; roleNames: ReadonlyMap<string, string> }
  | { by: 'location' };

function toRows(figures: readonly SalaryFigure[], grouping: RowGrouping): SalaryRow[] {
  if (grouping.by === 'level') {
    const groups = groupBy(figures, (figure) => figure.level.level);
    return careerLevels.flatMap((level) => {
      const group = groups.get(level);
      return group ? [toRow(level, LEVEL_LABELS[level], group)] : [];
    });
  }
  if (grouping.by === 'role') {
    const groups = groupBy(figures, (figure) => figure.role.slug ?? '');
    const rows = [...groups].map(([slug, group]) =>
      toRow(slug, slug === '' ? ROLE_NOT_STATED : (grouping.roleNames.get(slug) ?? slug), group),
    );
    // Named roles alphabetically, then the figures no role claims.
    return rows.sort((a, b) => Number(a.key === '') - Number(b.key === '') || a.label.localeCompare(b.label));
  }
  const groups = groupBy(
    figures.filter((figure) => figure.location !== null),
    (figure) => figure.location ?? '',
  );
  // Places with the most figures first; the spelling is the article's ("U.S." and "US" stay apart).
  return [...groups]
    .map(([location, group]) => toRow(location, location, group))
    .sort((a, b) => b.marks.length - a.marks.length || a.label.localeCompare(b.label));
}

/**
 * Splits figures into one series per (currency, period) and each series into
 * rows. Series with yearly US dollars come first (the usual main chart), then
 * by number of figures. With `{ by: 'location' }` only figures that state a
 * location are kept, in their own currency. Pure.
 */
export function summarizeSalaries(figures: readonly SalaryFigure[], grouping: RowGrouping): SalarySeries[] {
  // Bonus and equity amounts are pay on top of a salary: a span of salaries never includes them.
  const salaries = figures.filter((figure) => isSalaryKind(figure.kind));
  const kept = grouping.by === 'location' ? salaries.filter((figure) => figure.location !== null) : salaries;
  const series = [...groupBy(kept, (figure) => `${figure.currency}-${figure.period}`)].map(([key, group]) => {
    const rows = toRows(group, grouping);
    const first = group[0];
    return {
      key,
      currency: first?.currency ?? 'USD',
      period: first?.period ?? 'year',
      rows,
      low: Math.min(...rows.map((row) => row.low)),
      high: Math.max(...rows.map((row) => row.high)),
      figureCount: group.length,
      sourceCount: countSources(group),
    } satisfies SalarySeries;
  });
  const isMain = (entry: SalarySeries) => entry.currency === 'USD' && entry.period === 'year';
  return series.sort(
    (a, b) => Number(isMain(b)) - Number(isMain(a)) || b.figureCount - a.figureCount || a.key.localeCompare(b.key),
  );
}

/**
 * The yearly US dollar series of a summary, or `null`: what "pay at a glance"
 * shows (role cards, social images), the one unit every role can be compared in.
 */
export function yearlyUsdSeries(series: readonly SalarySeries[]): SalarySeries | null {
  return series.find((entry) => entry.currency === 'USD' && entry.period === 'year') ?? null;
}
