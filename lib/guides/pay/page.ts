/**
 * A role's pay page: every figure, grouped by currency and pay period, then
 * by the summary that counts it, and again by place. Pure: built from the
 * role's figures and its summaries.
 */
import { isSalaryKind, type CurrencyCode, type PayPeriod, type SalaryFigure } from '@/lib/content/schema';
import { isHomeMarket, type PlaceLookup } from '@/lib/guides/pay/places';
import type { PaySummary } from '@/lib/guides/pay/summary';

export interface PayUnit {
  /** `usd-year`: unique on the page, usable in ids. */
  key: string;
  currency: CurrencyCode;
  period: PayPeriod;
  /** Salary summaries by level, then total compensation by level. */
  summaries: PaySummary[];
  /** Figures in this currency for places paid in another: listed, never summarised. */
  elsewhere: SalaryFigure[];
  /** Bonus and equity amounts (`additionalPayKinds`): pay on top of a salary, listed apart, never summarised. */
  additional: SalaryFigure[];
  figureCount: number;
}

export interface PlaceRow {
  /** The catalogue's slug, or the place as written when the catalogue does not know it. */
  key: string;
  /** The catalogue's slug; `null` when the catalogue does not know the place. */
  slug: string | null;
  name: string;
  /** In the order of `PLACE_FIGURE_GROUPS`, each group in article order. */
  figures: SalaryFigure[];
  articles: number;
}

/**
 * The groups a place lists its figures in, in this order: salaries whose
 * article states a period, salaries read as yearly (the article states
 * none), then bonus and equity amounts, which are not salary.
 */
export const PLACE_FIGURE_GROUPS = ['stated', 'read-as-yearly', 'additional'] as const;
export type PlaceFigureGroup = (typeof PLACE_FIGURE_GROUPS)[number];

export function placeFigureGroup(figure: SalaryFigure): PlaceFigureGroup {
  if (!isSalaryKind(figure.kind)) return 'additional';
  return figure.periodAssumed ? 'read-as-yearly' : 'stated';
}

export interface PayPage {
  units: PayUnit[];
  places: PlaceRow[];
}

/**
 * Groups a role's figures for its pay page. Units with yearly figures in
 * `mainCurrency` come first, then by number of figures. Pure.
 */
export function buildPayPage(
  figures: readonly SalaryFigure[],
  summaries: readonly PaySummary[],
  placeOf: PlaceLookup,
  mainCurrency: CurrencyCode | null,
): PayPage {
  const units = new Map<string, PayUnit>();
  for (const figure of figures) {
    const key = `${figure.currency}-${figure.period}`.toLowerCase();
    const unit = units.get(key) ?? {
      key,
      currency: figure.currency,
      period: figure.period,
      summaries: summaries.filter((entry) => entry.currency === figure.currency && entry.period === figure.period),
      elsewhere: [],
      additional: [],
      figureCount: 0,
    };
    unit.figureCount += 1;
    if (!isSalaryKind(figure.kind)) unit.additional.push(figure);
    else if (!isHomeMarket(figure, placeOf)) unit.elsewhere.push(figure);
    units.set(key, unit);
  }
  const isMain = (unit: PayUnit) => unit.currency === mainCurrency && unit.period === 'year';
  const ordered = [...units.values()].sort(
    (a, b) => Number(isMain(b)) - Number(isMain(a)) || b.figureCount - a.figureCount || a.key.localeCompare(b.key),
  );
  for (const unit of ordered) {
    // Salary before total compensation; `summarizePay` already orders levels.
    unit.summaries.sort((a, b) => Number(a.basis !== 'salary') - Number(b.basis !== 'salary'));
  }

  const places = new Map<string, PlaceRow>();
  for (const figure of figures) {
    if (figure.location === null) continue;
    const place = placeOf(figure.location);
    const key = place?.slug ?? figure.location;
    const row = places.get(key) ?? {
      key,
      slug: place?.slug ?? null,
      name: place?.name ?? figure.location,
      figures: [],
      articles: 0,
    };
    row.figures.push(figure);
    places.set(key, row);
  }
  for (const row of places.values()) {
    const figures = row.figures;
    row.figures = PLACE_FIGURE_GROUPS.flatMap((group) =>
      figures.filter((figure) => placeFigureGroup(figure) === group),
    );
    row.articles = new Set(row.figures.map((figure) => figure.provenance.article)).size;
  }
  return {
    units: ordered,
    places: [...places.values()].sort((a, b) => b.figures.length - a.figures.length || a.name.localeCompare(b.name)),
  };
}
