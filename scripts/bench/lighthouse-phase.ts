/**
 * Lighthouse phase: every route family with the mobile (default) and
 * desktop presets against `next start`, several runs each, one run at a time
 * (2 cores), each in a fresh Chromium with its own profile. The row is made
 * from the median run. Debian's Chromium is used; the flags keep it from
 * reaching the network on its own.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { describeLighthouseRun, summariseLighthouseRuns, type LighthouseRunOutcome } from '@/lib/bench/lighthouse';
import { formatScore } from '@/lib/bench/format';
import { formatRunSpread } from '@/lib/bench/report';
import type { LighthouseRow } from '@/lib/bench/results';
import type { BenchRoute } from '@/lib/bench/routes';
import { CHROMIUM_FLAGS, DEFAULT_CHROMIUM_PATH } from '../chromium';
import { getRaw } from './http';
import { startNext } from './servers';

const PRESETS = ['mobile', 'desktop'] as const;

// The profile of the audit under way, so an interrupt can remove it too.
let currentProfile: string | null = null;

/** Stops any Chromium this process launched (an interrupted run leaves one mid-audit) and removes its profile. */
export function stopChromium(): void {
  chromeLauncher.killAll();
  if (currentProfile) fs.rmSync(currentProfile, { recursive: true, force: true });
}

async function audit(url: string, preset: (typeof PRESETS)[number]): Promise<LighthouseRunOutcome> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-chromium-'));
  currentProfile = userDataDir;
  try {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH ?? DEFAULT_CHROMIUM_PATH,
      chromeFlags: CHROMIUM_FLAGS,
      userDataDir,
      logLevel: 'silent',
    });
    try {
      const result = await lighthouse(
        url,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        },
        preset === 'desktop' ? desktopConfig : undefined,
      );
      if (!result) throw new Error('Lighthouse returned no result');
      return { result: result.lhr };
    } finally {
      chrome.kill();
    }
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  } finally {
    fs.rmSync(userDataDir, { recursive: true, force: true });
    currentProfile = null;
  }
}

export async function runLighthousePhase(
  root: string,
  port: number,
  routes: readonly BenchRoute[],
  runs: number,
): Promise<LighthouseRow[]> {
  const server = await startNext(root, port);
  try {
    const rows: LighthouseRow[] = [];
    for (const route of routes) {
      const url = server.url + route.path;
      // The first request after start fills caches; Lighthouse should see a warm server.
      await getRaw(url);
      for (const preset of PRESETS) {
        const outcomes: LighthouseRunOutcome[] = [];
        for (let run = 1; run <= runs; run += 1) {
          const outcome = await audit(url, preset);
          outcomes.push(outcome);
          console.log(`  ${preset} ${route.path} run ${run}/${runs}: ${describeLighthouseRun(outcome)}`);
        }
        const row: LighthouseRow = {
          family: route.family,
          path: route.path,
          preset,
          ...summariseLighthouseRuns(outcomes),
        };
        rows.push(row);
        const spread = formatRunSpread(row);
        console.log(
          `  ${preset} ${route.path}: ${formatScore(row.performance)}/${formatScore(row.accessibility)}/${formatScore(row.bestPractices)}/${formatScore(row.seo)}` +
            (spread === null ? '' : ` (${spread})`) +
            (row.failingAudits.length > 0 ? ` (${row.failingAudits.join(', ')})` : '') +
            (row.error ? ` error: ${row.error}` : ''),
        );
      }
    }
    return rows;
  } finally {
    await server.stop();
  }
}
