/** Records kept between builds: per article, keyed by content and extractor version, filled once per build. */
export { extractorVersion } from './fingerprint';
export { fileRecordsCache, isCacheLocked, withCacheLock, type CacheLockOptions } from './store';
