/**
 * `node scripts/run.mjs prepare`, run after every install: builds the bundles
 * the pipeline's commands run from, so that the first `npm run ingest` or
 * `npm run records` after an install does not pay for them (about 0.5 s for
 * the ingest command, 0.2 s for its threads' converter). Afterwards each is
 * reused while what it was built from is unchanged, and rebuilt by the
 * command itself otherwise.
 */
import path from 'node:path';
import { bundleDir } from './bundle-cache.mjs';
import { converterBundle } from './ingest/converter-bundle';
import { commandBundle } from './run.mjs';

/** The commands run often enough to prepare; the bench and the audit build theirs when first run. */
export const PREPARED_COMMANDS = ['ingest', 'records', 'records/extract-helper'] as const;

/** Builds each prepared command's bundle and the converter's in `dir`, or finds them current. */
export async function prepareBundles(root: string, dir: string = bundleDir(root)): Promise<void> {
  for (const command of PREPARED_COMMANDS) await commandBundle(root, command, dir);
  converterBundle(root, dir);
}

// Run as a program (through run.mjs), not when a test imports it.
if (process.argv[1] === import.meta.filename) {
  await prepareBundles(path.resolve(import.meta.dirname, '..'));
  console.log(`prepare: bundles ready for ${PREPARED_COMMANDS.join(', ')} and the ingest threads' converter`);
}
