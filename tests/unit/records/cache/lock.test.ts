import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cachedEntryCount, tryCacheLock, withCacheLock } from '@/lib/records/cache';
import { tempDirs } from '../../../helpers/temp-dirs';

const tempDir = tempDirs('records-lock-');

describe('withCacheLock', () => {
  it('lets a process that finds the lock taken help once, then run when the holder is done', () => {
    const dir = tempDir();
    const lock = path.join(dir, 'extract.lock');
    // Held by a running process (this one, as far as the lock can tell).
    fs.writeFileSync(lock, String(process.pid));
    const seen: boolean[] = [];
    const result = withCacheLock(dir, 'extract', () => (seen.push(fs.existsSync(lock)), 'built'), {
      whileWaiting: (stillLocked) => {
        seen.push(stillLocked());
        fs.rmSync(lock); // the holder finishes
        seen.push(stillLocked());
      },
    });
    // Helped while locked, saw the release, then ran holding the lock itself, and released it.
    expect({ result, seen }).toEqual({ result: 'built', seen: [true, false, true] });
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('takes over the lock of a process that is gone and releases it after', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'extract.lock'), '99999999');
    expect(withCacheLock(dir, 'extract', () => 42)).toBe(42);
    expect(fs.existsSync(path.join(dir, 'extract.lock'))).toBe(false);
  });
});

describe('tryCacheLock', () => {
  it('takes a free lock without waiting and releases it when asked', () => {
    const dir = path.join(tempDir(), 'not-yet-made');
    const release = tryCacheLock(dir, 'extract');
    expect(release).not.toBeNull();
    expect(fs.readFileSync(path.join(dir, 'extract.lock'), 'utf8')).toBe(String(process.pid));
    release?.();
    expect(fs.existsSync(path.join(dir, 'extract.lock'))).toBe(false);
  });

  it('leaves a lock that a running process holds, and takes over one whose process is gone', () => {
    const dir = tempDir();
    const lock = path.join(dir, 'extract.lock');
    fs.writeFileSync(lock, String(process.pid));
    expect(tryCacheLock(dir, 'extract')).toBeNull();
    expect(fs.readFileSync(lock, 'utf8')).toBe(String(process.pid));

    fs.writeFileSync(lock, '99999999');
    const release = tryCacheLock(dir, 'extract');
    expect(release).not.toBeNull();
    expect(fs.readFileSync(lock, 'utf8')).toBe(String(process.pid));
    release?.();
  });
});

describe('a lock released while it is being looked at', () => {
  it('is taken on the next try, not left behind empty for every process to wait on', () => {
    const dir = tempDir();
    const lock = path.join(dir, 'extract.lock');
    fs.writeFileSync(lock, String(process.pid));
    const read = fs.readFileSync;
    // The holder releases the lock after this process found it taken and before it reads who holds it.
    const spy = vi.spyOn(fs, 'readFileSync').mockImplementationOnce((...args: Parameters<typeof read>) => {
      fs.rmSync(lock);
      return read(...args);
    });
    try {
      const release = tryCacheLock(dir, 'extract');
      expect(release).not.toBeNull();
      expect(read(lock, 'utf8')).toBe(String(process.pid));
      release?.();
      expect(fs.existsSync(lock)).toBe(false);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('cachedEntryCount', () => {
  it('counts the article entries the cache holds, and none in a cache never written', () => {
    const dir = tempDir();
    expect(cachedEntryCount(dir)).toBe(0);
    fs.mkdirSync(path.join(dir, 'articles'));
    for (const name of ['a.json', 'b.json', 'c.json.123.tmp']) fs.writeFileSync(path.join(dir, 'articles', name), '{}');
    expect(cachedEntryCount(dir)).toBe(2);
  });
});
