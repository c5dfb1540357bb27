import { expect, test, type Page } from '@playwright/test';
import { z } from 'zod';

const PAGES = [
  '/',
  '/roles/ai-engineer',
  '/compare/ai-engineer-vs-data-scientist',
  '/salaries',
  '/search?q=python',
  '/hire',
];

test('every kind of response carries the security headers', async ({ request }) => {
  for (const path of [...PAGES, '/search-index.json', '/data/salaries.csv', '/no-such-page']) {
    const headers = (await request.get(path)).headers();
    expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    expect(headers['x-powered-by'], path).toBeUndefined();
  }
});

test('pages and data files are cacheable by a CDN; hashed assets forever; a 404 not at all', async ({ request }) => {
  // Prerendered and per-request pages alike: both depend only on the address and the build.
  for (const path of [...PAGES, '/salaries?role=ai-engineer', '/data/salaries.json', '/sitemap.xml']) {
    const cacheControl = (await request.get(path)).headers()['cache-control'] ?? '';
    expect(cacheControl, path).toMatch(/\bs-maxage=\d+/);
    expect(cacheControl, path).toMatch(/\bstale-while-revalidate=\d+/);
    // Browsers check back each time, so a new build is seen as soon as the CDN has it.
    expect(cacheControl, path).toMatch(/\bmax-age=0\b/);
  }
  const missing = await request.get('/no-such-page');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['cache-control']).toMatch(/no-store/);

  const html = await (await request.get('/roles/ai-engineer')).text();
  const scripts = [...html.matchAll(/src="(\/_next\/static\/[^"]+\.js)"/g)].map((match) => match[1] ?? '');
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    expect((await request.get(script)).headers()['cache-control'], script).toBe('public, max-age=31536000, immutable');
  }
});

test('pages and scripts are sent compressed to clients that accept it', async ({ request }) => {
  const html = await request.get('/roles/ai-engineer', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(html.headers()['content-encoding']).toBe('gzip');
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(await html.text())?.[1] ?? '';
  const asset = await request.get(script, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(asset.headers()['content-encoding'], script).toBe('gzip');
});

/** The violations the page recorded, read back and parsed rather than trusted. */
async function violations(page: Page): Promise<string[]> {
  return z.array(z.string()).parse(await page.evaluate(() => Reflect.get(window, 'cspViolations')));
}

test('the pages run under the policy without a single violation', async ({ page }) => {
  // Recorded in the page itself, so a blocked script, style or image is caught whatever its source.
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  for (const path of PAGES) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await violations(page), path).toEqual([]);
  }
  // Instant search and the salary filters are the client code; use them under the policy too.
  await page.goto('/search');
  await page.getByRole('searchbox', { name: 'Search terms' }).fill('pytorch');
  await expect(page.getByRole('status')).toContainText(/\d/);
  await page.goto('/salaries');
  await page.getByRole('combobox', { name: 'Currency' }).selectOption('EUR');
  await expect(page).toHaveURL(/currency=EUR/);
  expect(await violations(page)).toEqual([]);
});
