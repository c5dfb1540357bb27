/**
 * The second process of a cold `npm run records`: started by the command once
 * it holds the records cache's lock, it extracts articles from the last one
 * back into the cache, while the command builds from the first; it stops when
 * the command releases the lock. Its output is the cache alone.
 *
 * Arguments: CONTENT_DIR CACHE_DIR EXTRACTOR_VERSION
 */
import { helpExtractRecords } from '@/lib/records/load-records';

const [contentDir, dir, version] = process.argv.slice(2);
if (contentDir && dir && version) helpExtractRecords(contentDir, { dir, version });
