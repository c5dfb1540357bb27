import { describe, expect, it } from 'vitest';
import type { Role, SalaryFigure } from '@/lib/content/schema';
import { payRows, splitRanked } from '@/lib/guides/compare/side-by-side';
import { buildRoleGuide, type RoleGuide } from '@/lib/guides/role/guide';
import { catalogOf } from '../merge/vocabulary-fixture';
import { makeFigure } from '../salary-figure-fixture';

function role(slug: string): Role {
  return {
    slug,
    name: slug.toUpperCase(),
    tagline: '',
    aliases: [],
    related: [],
    occupation: { system: 'SOC 2018', code: '15-1252', title: 'Software Developers', fit: 'loose', caveat: null },
    summary: '',
  };
}

/** A guide with only pay figures, built the way the site builds guides. */
function guideWith(slug: string, figures: SalaryFigure[]): RoleGuide {
  return buildRoleGuide({
    role: role(slug),
    roles: [role(slug)],
    figures,
    facts: [],
    skills: [],
    certifications: [],
    discussedIn: [],
    articles: [],
    placeOf: () => null,
    merge: { vocabulary: catalogOf({}), stopRoleWords: [] },
  });
}

/** Three figures from three articles at one level: enough for a median. */
function summarised(
  slug: string,
  level: 'entry' | 'senior',
  currency: 'USD' | 'INR',
  amounts: number[],
  kind: 'range' | 'total-compensation' = 'range',
) {
  return amounts.map((amount, index) =>
    makeFigure({ role: slug, level, currency, min: amount, max: amount, kind, article: `${slug}-${index}` }),
  );
}

describe('payRows', () => {
  it('keeps each role in its own currency, says they differ, and never converts', () => {
    const a = guideWith('a', summarised('a', 'entry', 'USD', [90_000, 100_000, 110_000]));
    const b = guideWith('b', summarised('b', 'entry', 'INR', [900_000, 1_000_000, 1_100_000]));
    const pay = payRows(a, b);
    expect(pay.currencies).toEqual(['USD', 'INR']);
    expect(pay.currenciesDiffer).toBe(true);
    expect(pay.salary).toHaveLength(1);
    expect(pay.salary[0]?.cells[0]?.median).toBe(100_000);
    expect(pay.salary[0]?.cells[1]?.median).toBe(1_000_000);
    expect(pay.salary[0]?.cells[1]?.currency).toBe('INR');
  });

  it('has a row for every level either role has, with nothing where the other has none', () => {
    const a = guideWith('a', summarised('a', 'entry', 'USD', [90_000, 100_000, 110_000]));
    const b = guideWith('b', summarised('b', 'senior', 'USD', [190_000, 200_000, 210_000]));
    const pay = payRows(a, b);
    expect(pay.salary.map((row) => row.level)).toEqual(['entry', 'senior']);
    expect(pay.salary[0]?.cells[1]).toBeNull();
    expect(pay.salary[1]?.cells[0]).toBeNull();
    expect(pay.currenciesDiffer).toBe(false);
  });

  it('shows total compensation only when both roles have some, never mixed into salary', () => {
    const total = summarised('a', 'senior', 'USD', [250_000, 260_000, 270_000], 'total-compensation');
    const a = guideWith('a', [...summarised('a', 'senior', 'USD', [190_000, 200_000, 210_000]), ...total]);
    const b = guideWith('b', summarised('b', 'senior', 'USD', [180_000, 185_000, 190_000]));
    expect(payRows(a, b).total).toEqual([]);
    expect(payRows(a, b).salary[0]?.cells[0]?.median).toBe(200_000);
    const bWithTotal = guideWith('b', [
      ...summarised('b', 'senior', 'USD', [180_000, 185_000, 190_000]),
      ...summarised('b', 'senior', 'USD', [230_000, 240_000, 250_000], 'total-compensation'),
    ]);
    expect(payRows(a, bWithTotal).total[0]?.cells.map((cell) => cell?.median)).toEqual([260_000, 240_000]);
  });

  it('has no rows when neither role states yearly pay', () => {
    const pay = payRows(guideWith('a', []), guideWith('b', []));
    expect(pay).toEqual({ currencies: [null, null], currenciesDiffer: false, salary: [], total: [] });
  });
});

describe('splitRanked', () => {
  const item = (slug: string, sourceCount: number) => ({ slug, name: slug, sourceCount });

  it('ranks shared items by the smaller count, so what both lean on comes first', () => {
    const split = splitRanked(
      [item('python', 6), item('sql', 4), item('docker', 5)],
      [item('python', 1), item('sql', 3), item('r', 3)],
      { shared: 5, only: 5 },
    );
    expect(split.shared.map((entry) => [entry.slug, entry.counts])).toEqual([
      ['sql', [4, 3]],
      ['python', [6, 1]],
    ]);
    expect(split.only).toEqual([[item('docker', 5)], [item('r', 3)]]);
  });

  it('cuts each list to the handful asked for', () => {
    const many = Array.from({ length: 8 }, (_, index) => item(`s${index}`, 8 - index));
    const split = splitRanked(many, [], { shared: 2, only: 3 });
    expect(split.shared).toEqual([]);
    expect(split.only[0].map((entry) => entry.slug)).toEqual(['s0', 's1', 's2']);
  });
});
