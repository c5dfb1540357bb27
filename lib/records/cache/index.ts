/** Records kept between builds: per article, keyed by content and extractor version, filled once per build. */
export { extractorVersion } from './fingerprint';
export { cachedEntryCount } from './layout';
export { EXTRACT_LOCK, isCacheLocked, tryCacheLock, withCacheLock, type CacheLockOptions } from './lock';
export { fileRecordsCache } from './store';
