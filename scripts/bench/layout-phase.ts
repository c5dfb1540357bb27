/**
 * Layout phase: every overview page (home, /hire, each role overview and
 * comparison) opened in Chromium at 390 × 844, measured for height, element
 * count and HTML size against the overview budget.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { overviewPaths, PHONE, type LayoutRow } from '@/lib/bench/layout';
import { CHROMIUM_FLAGS, DEFAULT_CHROMIUM_PATH } from '../chromium';
import { startNext } from './servers';

function roleSlugs(root: string): string[] {
  return fs
    .readdirSync(path.join(root, 'content', 'roles'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -'.md'.length));
}

export async function runLayoutPhase(root: string, port: number): Promise<LayoutRow[]> {
  const server = await startNext(root, port);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? DEFAULT_CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
  });
  try {
    const page = await browser.newPage({ viewport: PHONE });
    const rows: LayoutRow[] = [];
    for (const { family, path: pagePath } of overviewPaths(roleSlugs(root))) {
      const response = await page.goto(server.url + pagePath, { waitUntil: 'load' });
      if (!response || response.status() !== 200) throw new Error(`${pagePath} answered ${response?.status()}`);
      const htmlBytes = (await response.body()).length;
      const { heightPx, elements } = await page.evaluate(() => ({
        heightPx: document.documentElement.scrollHeight,
        elements: document.getElementsByTagName('*').length,
      }));
      rows.push({ family, path: pagePath, heightPx, elements, htmlBytes });
    }
    const over = rows.filter((row) => row.heightPx > 10_000).length;
    console.log(`  measured ${rows.length} overview pages at ${PHONE.width} px; ${over} taller than 10,000 px`);
    return rows;
  } finally {
    await browser.close();
    await server.stop();
  }
}
