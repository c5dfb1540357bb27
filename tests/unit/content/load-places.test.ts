import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlaces } from '@/lib/content/load-places';
import { createPlaceLookup } from '@/lib/guides/pay/places';
import { loadCareerRecords } from '@/lib/records/load-records';

const CONTENT = path.resolve(import.meta.dirname, '../../../content');

function contentWith(places: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'places-'));
  fs.mkdirSync(path.join(dir, 'catalog'));
  fs.writeFileSync(path.join(dir, 'catalog', 'places.yaml'), places);
  return dir;
}

describe('loadPlaces', () => {
  it('knows every place a published pay figure names', () => {
    const { items, errors } = loadPlaces(CONTENT);
    expect(errors).toEqual([]);
    const placeOf = createPlaceLookup(items);
    const { records } = loadCareerRecords(CONTENT);
    const unknown = records.salaries.flatMap((figure) =>
      figure.location !== null && placeOf(figure.location) === null ? [`${figure.id}: ${figure.location}`] : [],
    );
    expect(unknown).toEqual([]);
  });

  it('lists every invalid entry as file: field: message', () => {
    const dir = contentWith('- slug: Bad Slug\n  name: X\n  aliases: []\n  kind: planet\n  currency: USD\n');
    const { items, errors } = loadPlaces(dir);
    expect(items).toEqual([]);
    expect(errors.some((line) => /places\.yaml: 0\.slug: /.test(line))).toBe(true);
    expect(errors.some((line) => /places\.yaml: 0\.kind: /.test(line))).toBe(true);
  });

  it('refuses a spelling claimed by two places', () => {
    const dir = contentWith(
      [
        '- {slug: united-states, name: United States, aliases: [US], kind: country, currency: USD}',
        '- {slug: us-virgin, name: Virgin Islands, aliases: [us], kind: region, currency: USD}',
      ].join('\n'),
    );
    const { items, errors } = loadPlaces(dir);
    expect(items).toEqual([]);
    expect(errors).toEqual([expect.stringMatching(/us-virgin: "us" is also a spelling of united-states/)]);
  });
});
