import { describe, expect, it } from 'vitest';
import {
  filterFigures,
  NO_ROLE,
  describeSalarySelection,
  pageOfFigures,
  readSalaryQuery,
  salaryFilterOptions,
  salaryQueryHref,
  sortFigures,
} from '@/lib/guides/pay/explorer';
import { createPlaceLookup } from '@/lib/guides/pay/places';
import { LEVEL_LABELS } from '@/lib/guides/pay/series';
import { KIND_LABELS } from '@/lib/guides/pay/text';
import { makeFigure } from '../salary-figure-fixture';

const ROLES = ['ai-engineer', 'data-scientist'];
const names: Record<string, string> = { 'ai-engineer': 'AI Engineer', 'data-scientist': 'Data Scientist' };
const context = {
  roleName: (slug: string | null) => (slug === null ? 'Role not stated' : (names[slug] ?? slug)),
  articleTitle: (slug: string) => slug,
};

const senior = makeFigure({
  role: 'ai-engineer',
  level: 'senior',
  min: 150_000,
  max: 200_000,
  kind: 'base',
  article: 'b',
});
const entry = makeFigure({ role: 'data-scientist', level: 'entry', min: 80_000, max: 95_000, article: 'a' });
const pounds = makeFigure({
  role: 'ai-engineer',
  level: 'entry',
  min: 60_000,
  max: 70_000,
  currency: 'GBP',
  location: 'UK',
  article: 'c',
});
const unknown = makeFigure({
  role: null,
  min: null,
  max: 300_000,
  kind: 'total-compensation',
  location: 'United Kingdom',
  article: 'a',
});
const london = makeFigure({ role: 'ai-engineer', min: 90_000, max: 90_000, location: 'London', article: 'd' });
const figures = [senior, entry, pounds, unknown];
const placeOf = createPlaceLookup([
  { slug: 'united-kingdom', name: 'United Kingdom', aliases: ['UK', 'U.K.'], kind: 'country', currency: 'GBP' },
  { slug: 'london', name: 'London', aliases: [], kind: 'city', currency: 'GBP' },
]);
const ids = (list: { id: string }[]) => list.map((figure) => figure.id);

describe('readSalaryQuery', () => {
  it('reads known filters and a sort, and drops anything unknown', () => {
    const query = readSalaryQuery(
      { role: 'ai-engineer', level: 'senior', currency: 'GBP', kind: 'base', sort: 'level', dir: 'asc' },
      ROLES,
    );
    expect(query).toEqual({
      role: 'ai-engineer',
      level: 'senior',
      currency: 'GBP',
      kind: 'base',
      place: null,
      sort: 'level',
      dir: 'asc',
      page: 1,
    });
    expect(
      readSalaryQuery(
        { role: 'astronaut', level: 'guru', currency: 'XYZ', kind: 'x', sort: 'x', dir: 'up', page: '2.5' },
        ROLES,
      ),
    ).toEqual({ role: null, level: null, currency: null, kind: null, place: null, sort: 'pay', dir: 'desc', page: 1 });
    expect(readSalaryQuery({ role: NO_ROLE }, ROLES).role).toBe(NO_ROLE);
  });

  it('reads a page number, and takes anything that is not one as the first page', () => {
    expect(readSalaryQuery({ page: '3' }, ROLES).page).toBe(3);
    for (const page of ['0', '-1', 'two', '', '1e3', '03']) expect(readSalaryQuery({ page }, ROLES).page).toBe(1);
  });

  it('round-trips through the address it builds, leaving defaults out', () => {
    expect(salaryQueryHref(readSalaryQuery({}, ROLES))).toBe('/salaries');
    const href = salaryQueryHref(
      readSalaryQuery({ role: 'data-scientist', kind: 'base', sort: 'role', dir: 'asc' }, ROLES),
    );
    expect(href).toBe('/salaries?role=data-scientist&kind=base&sort=role&dir=asc');
    expect(salaryQueryHref(readSalaryQuery({ role: 'ai-engineer', page: '2' }, ROLES))).toBe(
      '/salaries?role=ai-engineer&page=2',
    );
    expect(salaryQueryHref(readSalaryQuery({ page: '1' }, ROLES))).toBe('/salaries');
    const params = Object.fromEntries(new URL(href, 'http://x').searchParams);
    expect(salaryQueryHref(readSalaryQuery(params, ROLES))).toBe(href);
  });
});

describe('pageOfFigures', () => {
  const items = Array.from({ length: 7 }, (_, index) => index + 1);

  it('cuts the sorted selection into pages and says which rows are shown', () => {
    expect(pageOfFigures(items, 1, 3)).toEqual({ rows: [1, 2, 3], page: 1, pages: 3, first: 1, last: 3, total: 7 });
    expect(pageOfFigures(items, 3, 3)).toEqual({ rows: [7], page: 3, pages: 3, first: 7, last: 7, total: 7 });
  });

  it('shows the last page for a page past the end, and one empty page for no figures', () => {
    expect(pageOfFigures(items, 9, 3)).toMatchObject({ rows: [7], page: 3 });
    expect(pageOfFigures([], 2, 3)).toEqual({ rows: [], page: 1, pages: 1, first: 0, last: 0, total: 0 });
  });

  it('visits every row exactly once across its pages', () => {
    const seen = [1, 2, 3].flatMap((page) => pageOfFigures(items, page, 3).rows);
    expect(seen).toEqual(items);
  });
});

describe('filterFigures', () => {
  const query = (fields: Record<string, string>) => readSalaryQuery(fields, ROLES);

  it('applies every set filter together', () => {
    expect(ids(filterFigures(figures, query({}), placeOf))).toEqual(ids(figures));
    expect(ids(filterFigures(figures, query({ role: 'ai-engineer' }), placeOf))).toEqual(ids([senior, pounds]));
    expect(ids(filterFigures(figures, query({ role: 'ai-engineer', currency: 'USD' }), placeOf))).toEqual(
      ids([senior]),
    );
    expect(ids(filterFigures(figures, query({ level: 'entry' }), placeOf))).toEqual(ids([entry, pounds]));
    expect(ids(filterFigures(figures, query({ kind: 'total-compensation' }), placeOf))).toEqual(ids([unknown]));
  });

  it('selects the figures whose role is not stated', () => {
    expect(ids(filterFigures(figures, query({ role: NO_ROLE }), placeOf))).toEqual(ids([unknown]));
  });

  it('selects a place however the articles spell it, and not the cities in it', () => {
    const withLondon = [...figures, london];
    const byPlace = (place: string) =>
      ids(filterFigures(withLondon, readSalaryQuery({ place }, ROLES, ['united-kingdom', 'london']), placeOf));
    expect(byPlace('united-kingdom')).toEqual(ids([pounds, unknown]));
    expect(byPlace('london')).toEqual(ids([london]));
    // A place no figure names is dropped from the query, as any unknown value is.
    expect(readSalaryQuery({ place: 'atlantis' }, ROLES, ['london']).place).toBeNull();
    expect(salaryQueryHref(readSalaryQuery({ place: 'london', level: 'senior' }, ROLES, ['london']))).toBe(
      '/salaries?level=senior&place=london',
    );
  });
});

describe('sortFigures', () => {
  const sorted = (fields: Record<string, string>) => ids(sortFigures(figures, readSalaryQuery(fields, ROLES), context));

  it('sorts pay highest first by default, keeping yearly US dollars apart from other currencies', () => {
    // "Up to $300,000" sorts by the only amount it states.
    expect(sorted({})).toEqual(ids([unknown, senior, entry, pounds]));
    expect(sorted({ sort: 'pay', dir: 'asc' })).toEqual(ids([entry, senior, unknown, pounds]));
  });

  it('sorts by role name, level order and source, and reverses', () => {
    expect(sorted({ sort: 'role', dir: 'asc' })).toEqual(ids([senior, pounds, entry, unknown]));
    expect(sorted({ sort: 'level', dir: 'asc' })).toEqual(ids([entry, pounds, senior, unknown]));
    expect(sorted({ sort: 'level', dir: 'desc' })).toEqual(ids([unknown, senior, entry, pounds]));
    expect(sorted({ sort: 'source', dir: 'asc' })).toEqual(ids([entry, unknown, senior, pounds]));
  });
});

describe('salaryFilterOptions', () => {
  it('offers only values some figure has, with counts, in a natural order', () => {
    const options = salaryFilterOptions(figures, {
      roleName: context.roleName,
      level: LEVEL_LABELS,
      kind: KIND_LABELS,
      currency: (code) => code,
      placeOf,
    });
    expect(options.role).toEqual([
      { value: 'ai-engineer', label: 'AI Engineer', count: 2 },
      { value: 'data-scientist', label: 'Data Scientist', count: 1 },
      { value: NO_ROLE, label: 'Role not stated', count: 1 },
    ]);
    expect(options.level.map((option) => option.value)).toEqual(['entry', 'senior', 'unspecified']);
    expect(options.currency).toEqual([
      { value: 'USD', label: 'USD', count: 3 },
      { value: 'GBP', label: 'GBP', count: 1 },
    ]);
    expect(options.kind.find((option) => option.value === 'range')?.count).toBe(2);
    // Places by their catalogue name, every spelling of one place ("UK", "United Kingdom") counted together.
    expect(options.place).toEqual([{ value: 'united-kingdom', label: 'United Kingdom', count: 2 }]);
  });
});

describe('describeSalarySelection', () => {
  const options = salaryFilterOptions(figures, {
    roleName: context.roleName,
    level: LEVEL_LABELS,
    kind: KIND_LABELS,
    currency: (code) => `${code} (${code === 'USD' ? 'US dollars' : 'pounds'})`,
    placeOf,
  });
  const sentence = (params: Record<string, string>, shown: number) =>
    describeSalarySelection(
      shown,
      figures.length,
      readSalaryQuery(params, ROLES, ['united-kingdom', 'japan']),
      options,
    );

  it('says how many figures are shown, and of how many when filtered', () => {
    expect(sentence({}, 4)).toBe('Showing all 4 figures.');
    expect(sentence({ currency: 'GBP' }, 1)).toBe('Showing 1 figure of 4: currency GBP (pounds).');
  });

  it('names every filter applied with the label its choice has in the form, in the form order', () => {
    expect(sentence({ place: 'united-kingdom', level: 'senior', role: 'ai-engineer' }, 1)).toBe(
      'Showing 1 figure of 4: role AI Engineer, level Senior, place United Kingdom.',
    );
    expect(sentence({ role: NO_ROLE, kind: 'range' }, 0)).toBe(
      'Showing 0 figures of 4: role Role not stated, kind of pay Range.',
    );
  });

  it('leaves out a value the filter does not offer', () => {
    // A catalogue place no figure has: the address may name it, but the form offers no such choice.
    expect(readSalaryQuery({ place: 'japan' }, ROLES, ['united-kingdom', 'japan']).place).toBe('japan');
    expect(sentence({ place: 'japan' }, 0)).toBe('Showing 0 figures of 4.');
  });
});
