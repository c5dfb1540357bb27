/**
 * Where the records cache keeps each article's entry, and how many entries it
 * holds. Node built-ins only, so that the records command can look before it
 * loads the extractors.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The folder of per-article entries under the cache directory `dir`. */
export function articleEntriesDir(dir: string): string {
  return path.join(dir, 'articles');
}

/**
 * How many article entries the cache under `dir` holds, for any version of
 * the extractors: at most that many articles can be read from it, so a content
 * folder with many more articles has at least the difference to extract.
 */
export function cachedEntryCount(dir: string): number {
  try {
    return fs.readdirSync(articleEntriesDir(dir)).filter((name) => name.endsWith('.json')).length;
  } catch {
    return 0;
  }
}
