/**
 * `scripts/prepare.ts`, run after every install: the pipeline's commands then
 * find their bundles built and reuse them, so their first run after an
 * install does not pay for bundling.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecord } from '@/scripts/bundle-cache.mjs';
import { converterBundle } from '@/scripts/ingest/converter-bundle';
import { PREPARED_COMMANDS, prepareBundles } from '@/scripts/prepare';
import { commandBundle } from '@/scripts/run.mjs';
import { tempDirs } from '../helpers/temp-dirs';

const tempDir = tempDirs('prepare-');
const root = path.resolve(import.meta.dirname, '..', '..');

describe('prepareBundles', () => {
  it("builds the pipeline commands' bundles and the converter's, which they then reuse", async () => {
    const dir = tempDir();
    await prepareBundles(root, dir);
    for (const command of PREPARED_COMMANDS) expect((await commandBundle(root, command, dir)).built).toBe(false);
    // The converter is reused too: its record, which a build writes again, is left as it was.
    const recordFile = path.join(dir, 'ingest-converter.json');
    const record = readRecord(recordFile);
    expect(record).not.toBeNull();
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(recordFile, twoHoursAgo, twoHoursAgo);
    expect(converterBundle(root, dir)).toBe(path.join(dir, record?.dir ?? ''));
    expect(fs.statSync(recordFile).mtimeMs).toBeLessThan(Date.now() - 60 * 60 * 1000);
  }, 60_000);
});
