/**
 * Places as the pay summaries need them: the article's spelling of a place
 * ("U.S.", "US", "United States") read against the curated place catalogue,
 * and whether a figure belongs with the other figures of its currency.
 */
import type { CurrencyCode, PlaceCatalogEntry, SalaryFigure } from '@/lib/content/schema';

/** Finds the catalogue entry for a place as an article writes it; `null` when the catalogue does not know it. */
export type PlaceLookup = (asWritten: string) => PlaceCatalogEntry | null;

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A lookup over the catalogue: names and aliases, matched whole and case-insensitively. Pure. */
export function createPlaceLookup(places: readonly PlaceCatalogEntry[]): PlaceLookup {
  const index = new Map<string, PlaceCatalogEntry>();
  for (const place of places) {
    for (const spelling of [place.name, ...place.aliases]) index.set(normalise(spelling), place);
  }
  return (asWritten) => index.get(normalise(asWritten)) ?? null;
}

/**
 * Whether a figure counts towards the summaries in its own currency: it names
 * no place, or a place where pay is stated in that currency. A US dollar
 * figure for India or Latin America, or for a place the catalogue does not
 * know, is shown by place instead of pulling the US dollar median.
 */
export function isHomeMarket(figure: Pick<SalaryFigure, 'location' | 'currency'>, placeOf: PlaceLookup): boolean {
  if (figure.location === null) return true;
  return placeOf(figure.location)?.currency === (figure.currency satisfies CurrencyCode);
}
