/**
 * The /salaries explorer's state: which figures to show and in what order,
 * read from query parameters. The server renders every state from the
 * address, so filters and sorting work without JavaScript, and with it the
 * same addresses are fetched without a page reload.
 */
import {
  careerLevels,
  currencyCodes,
  payKinds,
  type CareerLevel,
  type CurrencyCode,
  type PayKind,
  type SalaryFigure,
} from '@/lib/content/schema';
import { formatCount } from '@/lib/format';
import { firstParam, type QueryParams } from '@/lib/guides/article-filter';
import type { PlaceLookup } from '@/lib/guides/pay/places';
import { toMark } from '@/lib/guides/pay/series';

/** The `role` value for figures whose article does not say whose pay it is. */
export const NO_ROLE = 'not-stated';

export const sortKeys = ['role', 'level', 'pay', 'source'] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortDirection = 'asc' | 'desc';

export interface SalaryQuery {
  role: string | null;
  level: CareerLevel | null;
  currency: CurrencyCode | null;
  kind: PayKind | null;
  /** A place's catalogue slug: figures that name that place, however they spell it. */
  place: string | null;
  sort: SortKey;
  dir: SortDirection;
  /** The page of the figures table, from 1; the chart always shows every selected figure. */
  page: number;
}

export const DEFAULT_SORT: Pick<SalaryQuery, 'sort' | 'dir'> = { sort: 'pay', dir: 'desc' };

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | null {
  return values.find((candidate) => candidate === value) ?? null;
}

/**
 * Reads the explorer's query. Anything unknown (a typo, an old link, a role
 * that was renamed) is dropped rather than answered with an error or an
 * empty table.
 */
export function readSalaryQuery(
  params: QueryParams,
  roleSlugs: readonly string[],
  placeSlugs: readonly string[] = [],
): SalaryQuery {
  return {
    role: oneOf([...roleSlugs, NO_ROLE], firstParam(params, 'role')),
    level: oneOf(careerLevels, firstParam(params, 'level')),
    currency: oneOf(currencyCodes, firstParam(params, 'currency')),
    kind: oneOf(payKinds, firstParam(params, 'kind')),
    place: oneOf(placeSlugs, firstParam(params, 'place')),
    sort: oneOf(sortKeys, firstParam(params, 'sort')) ?? DEFAULT_SORT.sort,
    dir: oneOf(['asc', 'desc'] as const, firstParam(params, 'dir')) ?? DEFAULT_SORT.dir,
    page: readPage(firstParam(params, 'page')),
  };
}

// A page number is a plain positive whole number; anything else is the first page.
function readPage(value: string | undefined): number {
  return value !== undefined && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : 1;
}

/** The address of an explorer state; defaults are left out so addresses stay short. */
export function salaryQueryHref(query: SalaryQuery): string {
  const params = new URLSearchParams();
  for (const key of ['role', 'level', 'currency', 'kind', 'place'] as const) {
    const value = query[key];
    if (value !== null) params.set(key, value);
  }
  if (query.sort !== DEFAULT_SORT.sort || query.dir !== DEFAULT_SORT.dir) {
    params.set('sort', query.sort);
    params.set('dir', query.dir);
  }
  if (query.page > 1) params.set('page', String(query.page));
  const text = params.toString();
  return text === '' ? '/salaries' : `/salaries?${text}`;
}

/**
 * Rows per page of the figures table. The whole selection stays in the chart
 * and the downloads; a page of 50 rows keeps the page light on a phone
 * (the full table of 257 figures was 3,100 elements).
 */
export const FIGURES_PER_PAGE = 50;

export interface FiguresPage<T> {
  /** The rows of this page. */
  rows: T[];
  /** The page shown, from 1: a page past the end shows the last one. */
  page: number;
  pages: number;
  /** Positions of the first and last row shown, from 1 (0 and 0 when there are none). */
  first: number;
  last: number;
  total: number;
}

/** One page of an already sorted selection. */
export function pageOfFigures<T>(items: readonly T[], page: number, perPage = FIGURES_PER_PAGE): FiguresPage<T> {
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const shown = Math.min(Math.max(1, page), pages);
  const start = (shown - 1) * perPage;
  const rows = items.slice(start, start + perPage);
  return {
    rows,
    page: shown,
    pages,
    first: rows.length === 0 ? 0 : start + 1,
    last: start + rows.length,
    total: items.length,
  };
}

/** The catalogue slug of the place a figure names; `null` when it names none the catalogue knows. */
function placeSlug(figure: SalaryFigure, placeOf: PlaceLookup): string | null {
  return figure.location === null ? null : (placeOf(figure.location)?.slug ?? null);
}

/** Figures matching every set filter; a place filter reads each figure's place through the catalogue. */
export function filterFigures(
  figures: readonly SalaryFigure[],
  query: SalaryQuery,
  placeOf: PlaceLookup,
): SalaryFigure[] {
  return figures.filter(
    (figure) =>
      (query.role === null || (figure.role.slug ?? NO_ROLE) === query.role) &&
      (query.level === null || figure.level.level === query.level) &&
      (query.currency === null || figure.currency === query.currency) &&
      (query.kind === null || figure.kind === query.kind) &&
      (query.place === null || placeSlug(figure, placeOf) === query.place),
  );
}

// Yearly US dollars, most of the data, first; then the other currencies and periods.
function compareUnits(a: SalaryFigure, b: SalaryFigure): number {
  const unit = (figure: SalaryFigure) =>
    figure.currency === 'USD' && figure.period === 'year' ? '' : `${figure.currency}-${figure.period}`;
  return unit(a).localeCompare(unit(b));
}

/** What sorting needs to know about a figure beyond the figure itself. */
export interface SortContext {
  roleName: (slug: string | null) => string;
  articleTitle: (slug: string) => string;
}

/**
 * Sorts a copy. Pay sorts by the lowest amount a figure states, then the
 * highest; amounts in different currencies or periods are grouped apart
 * (currency, then period) rather than compared, since they are not
 * comparable without conversion. Ties keep the articles' reading order.
 */
export function sortFigures(
  figures: readonly SalaryFigure[],
  query: SalaryQuery,
  context: SortContext,
): SalaryFigure[] {
  const sign = query.dir === 'asc' ? 1 : -1;
  const levelRank = (figure: SalaryFigure) => careerLevels.indexOf(figure.level.level);
  const compare: Record<SortKey, (a: SalaryFigure, b: SalaryFigure) => number> = {
    role: (a, b) => context.roleName(a.role.slug).localeCompare(context.roleName(b.role.slug), 'en'),
    level: (a, b) => levelRank(a) - levelRank(b),
    pay: (a, b) => {
      const markA = toMark(a);
      const markB = toMark(b);
      return markA.low - markB.low || markA.high - markB.high;
    },
    source: (a, b) =>
      context.articleTitle(a.provenance.article).localeCompare(context.articleTitle(b.provenance.article), 'en'),
  };
  return figures
    .map((figure, index) => ({ figure, index }))
    .sort((a, b) => {
      const byUnit = query.sort === 'pay' ? compareUnits(a.figure, b.figure) : 0;
      return byUnit || sign * compare[query.sort](a.figure, b.figure) || a.index - b.index;
    })
    .map((entry) => entry.figure);
}

/** The explorer's five filters, in the form's order, with the words the form and the status use. */
export const SALARY_FILTERS = [
  { name: 'role', label: 'Role', all: 'All roles' },
  { name: 'level', label: 'Level', all: 'All levels' },
  { name: 'currency', label: 'Currency', all: 'All currencies' },
  { name: 'kind', label: 'Kind of pay', all: 'Any kind' },
  { name: 'place', label: 'Place', all: 'All places' },
] as const;

/**
 * The sentence the explorer announces after filtering: how many figures of
 * how many, and each filter applied with the choice's own label ("Showing 5
 * figures of 264: role AI Engineer, level Senior."), so a reader whose select
 * is too narrow to show its whole choice, or who hears the page, knows what
 * is selected.
 */
export function describeSalarySelection(
  shown: number,
  total: number,
  query: SalaryQuery,
  options: SalaryFilterOptions,
): string {
  const count = formatCount(shown, { one: 'figure', other: 'figures' });
  const head = shown === total ? `Showing all ${count}` : `Showing ${count} of ${total}`;
  const applied = SALARY_FILTERS.flatMap((filter) => {
    const value = query[filter.name];
    const option = value === null ? undefined : options[filter.name].find((choice) => choice.value === value);
    return option ? [`${filter.label.toLowerCase()} ${option.label}`] : [];
  });
  return applied.length === 0 ? `${head}.` : `${head}: ${applied.join(', ')}.`;
}

/** A choice in one of the explorer's filters, with how many figures it would show on its own. */
export interface SalaryFilterOption {
  value: string;
  label: string;
  count: number;
}

export interface SalaryFilterOptions {
  role: SalaryFilterOption[];
  level: SalaryFilterOption[];
  currency: SalaryFilterOption[];
  kind: SalaryFilterOption[];
  place: SalaryFilterOption[];
}

/** Labels for every filter value; only values some figure has are offered. */
export interface SalaryOptionLabels {
  roleName: (slug: string | null) => string;
  level: Record<CareerLevel, string>;
  kind: Record<PayKind, string>;
  currency: (code: CurrencyCode) => string;
  placeOf: PlaceLookup;
}

/**
 * The values worth offering in each filter: those at least one figure has,
 * in a natural order (roles by name with "Role not stated" last, levels from
 * entry to executive, currencies, kinds and places by how many figures they
 * have; places by their catalogue name, every spelling of one place counted together).
 */
export function salaryFilterOptions(figures: readonly SalaryFigure[], labels: SalaryOptionLabels): SalaryFilterOptions {
  const tally = <T extends string>(valueOf: (figure: SalaryFigure) => T) => {
    const counts = new Map<T, number>();
    for (const figure of figures) counts.set(valueOf(figure), (counts.get(valueOf(figure)) ?? 0) + 1);
    return counts;
  };
  const byCount = (a: SalaryFilterOption, b: SalaryFilterOption) => b.count - a.count || a.label.localeCompare(b.label);
  const roles = [...tally((figure) => figure.role.slug ?? NO_ROLE)].map(([value, count]) => ({
    value,
    label: labels.roleName(value === NO_ROLE ? null : value),
    count,
  }));
  const levels = tally((figure) => figure.level.level);
  const places = new Map<string, SalaryFilterOption>();
  for (const figure of figures) {
    const place = figure.location === null ? null : labels.placeOf(figure.location);
    if (!place) continue;
    const option = places.get(place.slug) ?? { value: place.slug, label: place.name, count: 0 };
    option.count += 1;
    places.set(place.slug, option);
  }
  return {
    role: roles.sort(
      (a, b) => Number(a.value === NO_ROLE) - Number(b.value === NO_ROLE) || a.label.localeCompare(b.label, 'en'),
    ),
    level: careerLevels
      .filter((level) => levels.has(level))
      .map((level) => ({ value: level, label: labels.level[level], count: levels.get(level) ?? 0 })),
    currency: [...tally((figure) => figure.currency)]
      .map(([value, count]) => ({ value, label: labels.currency(value), count }))
      .sort(byCount),
    kind: [...tally((figure) => figure.kind)]
      .map(([value, count]) => ({ value, label: labels.kind[value], count }))
      .sort(byCount),
    place: [...places.values()].sort(byCount),
  };
}
