/**
 * Reads the curated place catalogue, `content/catalog/places.yaml`, listing
 * every problem as `file: field: message` like the other catalogues.
 */
import path from 'node:path';
import { displayPath } from '@/lib/content/content-files';
import { placeCatalogEntrySchema, type PlaceCatalogEntry } from '@/lib/content/schema';
import { loadYamlList, type Loaded } from '@/lib/records/load-catalog';

/** Loads and validates the place catalogue; a spelling claimed by two places is an error. */
export function loadPlaces(contentDir: string): Loaded<PlaceCatalogEntry> {
  const file = path.join(contentDir, 'catalog', 'places.yaml');
  const loaded = loadYamlList(file, placeCatalogEntrySchema);
  const owner = new Map<string, string>();
  const errors = [...loaded.errors];
  for (const place of loaded.items) {
    for (const spelling of [place.name, ...place.aliases]) {
      const key = spelling.toLowerCase();
      const first = owner.get(key);
      if (first && first !== place.slug) errors.push(`${displayPath(file)}: ${place.slug}: "${spelling}" is also a spelling of ${first}`);
      owner.set(key, place.slug);
    }
  }
  return { items: errors.length > 0 ? [] : loaded.items, errors };
}
