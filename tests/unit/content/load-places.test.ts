import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlaces } from '@/lib/content/load-places';
import { createPlaceLookup } from '@/lib/guides/pay/places';
import { loadCareerRecords } from '@/lib/records/load-records';
import { INDIA_SPELLINGS, PLACE_SPELLINGS, readPlace } from '@/lib/records/salaries/salary-vocabulary';

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

  it("knows every place the extractor can read, so no figure's place is mistaken for its currency's home market", () => {
    // A figure that names a place the catalogue does not know is shown by place,
    // and one that names none counts towards its currency's summary: each spelling
    // the extractor reads must be in the catalogue with the currency paid there.
    const placeOf = createPlaceLookup(loadPlaces(CONTENT).items);
    const unknown = PLACE_SPELLINGS.filter((spelling) => placeOf(spelling) === null);
    expect(unknown).toEqual([]);
    const misread = PLACE_SPELLINGS.filter((spelling) => readPlace(`pay in ${spelling}, on average`) !== spelling);
    expect(misread).toEqual([]);
  });

  it('reads lakh and crore as rupees in exactly the places the catalogue pays in rupees', () => {
    const placeOf = createPlaceLookup(loadPlaces(CONTENT).items);
    const paidInRupees = PLACE_SPELLINGS.filter((spelling) => placeOf(spelling)?.currency === 'INR');
    expect(paidInRupees.length).toBeGreaterThan(1);
    expect([...INDIA_SPELLINGS].sort()).toEqual([...paidInRupees].sort());
  });

  it('reads the places of real-world pay sentences beyond the articles on this site', () => {
    const placeOf = createPlaceLookup(loadPlaces(CONTENT).items);
    const read = (sentence: string) => {
      const place = readPlace(sentence);
      return place === null ? null : placeOf(place)?.slug;
    };
    expect(read('In the Netherlands the average is €65k annually.')).toBe('netherlands');
    expect(read('An AI Trainer in Montréal earns about $55,000 per year.')).toBe('montreal');
    expect(read('Data scientists in Bangalore earn ₹12 LPA.')).toBe('bengaluru');
    expect(read('Salaries in the San Francisco Bay Area exceed $200,000.')).toBe('san-francisco');
    expect(read('ML engineers in Toronto make CA$120,000.')).toBe('toronto');
    // Annotation work is paid in US dollars far from the US: the place keeps it out of the US summary.
    expect(read('Remotasks pays as little as $2 per hour in Kenya.')).toBe('kenya');
    expect(read('Annotators in Venezuela and Colombia earn $3–$5 an hour.')).toBe('venezuela');
    expect(read('In Portugal, AI engineers earn €45,000 a year.')).toBe('portugal');
    // Words that only begin like a place are not one.
    expect(read('Indiana pays less, and Parisian firms more.')).toBeNull();
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
