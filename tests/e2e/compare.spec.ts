import { expect, test, type APIRequestContext } from '@playwright/test';
import { z } from 'zod';
import { roleSchema } from '@/lib/content/schema';
import { allPairs } from '@/lib/guides/compare/pairs';
import { expectAccessible } from './support/accessibility';
import { headingTexts } from './support/html';

const PAIR = '/compare/ai-engineer-vs-data-scientist';

async function getRoles(request: APIRequestContext) {
  const response = await request.get('/data/roles.json');
  expect(response.status()).toBe(200);
  return z.array(roleSchema).parse(await response.json());
}

test('every canonical comparison is served with one h1 naming both roles', async ({ request }) => {
  const roles = await getRoles(request);
  const names = new Map(roles.map((role) => [role.slug, role.name]));
  const pairs = allPairs(roles.map((role) => role.slug));
  expect(pairs).toHaveLength((roles.length * (roles.length - 1)) / 2);
  for (const pair of pairs) {
    const response = await request.get(`/compare/${pair.slug}`);
    expect(response.status(), pair.slug).toBe(200);
    const h1 = headingTexts(await response.text(), 1);
    expect(h1, pair.slug).toHaveLength(1);
    expect(h1[0]).toContain(names.get(pair.a) ?? pair.a);
    expect(h1[0]).toContain(names.get(pair.b) ?? pair.b);
  }
});

test('the reversed order redirects permanently to the canonical one', async ({ request }) => {
  const roles = await getRoles(request);
  for (const pair of allPairs(roles.map((role) => role.slug))) {
    const response = await request.get(`/compare/${pair.b}-vs-${pair.a}`, { maxRedirects: 0 });
    expect([301, 308]).toContain(response.status());
    expect(new URL(response.headers().location ?? '', 'http://x').pathname).toBe(`/compare/${pair.slug}`);
  }
});

test('unknown and same-role pairs are 404', async ({ request }) => {
  for (const path of [
    '/compare/ai-engineer-vs-astronaut',
    '/compare/ai-engineer-vs-ai-engineer',
    '/compare/ai-engineer',
  ]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
});

test('ai-engineer-vs-data-scientist shows the article’s side-by-side rows and hiring scenarios with working sources', async ({
  page,
}) => {
  await page.goto(PAIR);
  const focus = page.getByRole('table', { name: 'Comparison Table: AI Engineer vs. Data Scientist' });
  const primary = focus.getByRole('row', { name: /Primary Focus/ });
  await expect(primary.getByRole('cell').nth(0)).toHaveText('Model engineering, deployment, automation');
  await expect(primary.getByRole('cell').nth(1)).toHaveText('Data analysis, insight generation, prediction');

  const scenarios = page.getByRole('table', { name: 'Use Case-Based Role Matching' });
  const fraud = scenarios.getByRole('row', { name: /Deploying a real-time fraud detection system/ });
  await expect(fraud).toContainText('AI Engineer');
  await expect(fraud).toContainText('Requires optimized, scalable model in production with low latency');

  // The source link under the scenario table opens the article section holding the row.
  const figure = page.locator('figure', { has: scenarios });
  await figure.getByRole('link').click();
  await expect(page).toHaveURL(
    /\/articles\/hiring-ai-engineers-vs-data-scientists-what-you-need-to-know#use-case-based-role-matching$/,
  );
  const target = page.locator('#use-case-based-role-matching');
  await expect(target).toBeVisible();
  await expect(
    page.getByRole('cell', { name: 'Requires optimized, scalable model in production with low latency' }),
  ).toBeVisible();
});

test('pay cells link to the sections that state them', async ({ page, request }) => {
  await page.goto(PAIR);
  const table = page.getByRole('table', { name: /^Pay in USD, a year/ });
  const link = table.getByRole('link').first();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/articles\/[a-z0-9-]+#.+/);
  const [path, id] = (href ?? '').split('#');
  const html = await (await request.get(path ?? '')).text();
  expect(html).toContain(`id="${id}"`);
});

test.describe('the role picker', () => {
  test('opens the canonical comparison with JavaScript, by keyboard', async ({ page }) => {
    await page.goto('/compare');
    await page.getByLabel('First role').focus();
    await page.getByLabel('First role').selectOption({ label: 'Data Scientist' });
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Second role')).toBeFocused();
    await page.getByLabel('Second role').selectOption({ label: 'AI Engineer' });
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Compare roles' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/compare\/ai-engineer-vs-data-scientist$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI Engineer vs Data Scientist');
  });

  test('asks for two different roles', async ({ page }) => {
    await page.goto('/compare');
    await page.getByLabel('First role').selectOption({ label: 'AI Trainer' });
    await page.getByLabel('Second role').selectOption({ label: 'AI Trainer' });
    await page.getByRole('button', { name: 'Compare roles' }).click();
    await expect(page.getByRole('status')).toHaveText('Pick two different roles to compare.');
  });

  test('lists the pairs the articles compare first, and every pair', async ({ page, request }) => {
    const roles = await getRoles(request);
    await page.goto('/compare');
    const featured = page.getByRole('region', { name: 'Compared in the articles' });
    await expect(featured.getByRole('link', { name: 'AI Engineer vs Data Scientist' })).toBeVisible();
    const all = page.getByRole('region', { name: /^All \d+ pairs$/ });
    await expect(all.getByRole('link')).toHaveCount((roles.length * (roles.length - 1)) / 2);
  });
});

test.describe('the role picker without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('submits to the server, which redirects to the canonical comparison', async ({ page }) => {
    await page.goto('/compare');
    await page.getByLabel('First role').selectOption({ label: 'Data Scientist' });
    await page.getByLabel('Second role').selectOption({ label: 'AI Engineer' });
    await page.getByRole('button', { name: 'Compare roles' }).click();
    await expect(page).toHaveURL(/\/compare\/ai-engineer-vs-data-scientist$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI Engineer vs Data Scientist');
  });

  test('redirects to an address on the origin the visitor used', async ({ request }) => {
    // An absolute URL built from the server's own idea of its host sent visitors elsewhere and broke form-action 'self'.
    const response = await request.get('/compare/pick?a=data-scientist&b=ai-engineer', { maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe('/compare/ai-engineer-vs-data-scientist');
  });

  test('sends a same-role choice back with a message', async ({ page }) => {
    await page.goto('/compare');
    await page.getByLabel('First role').selectOption({ label: 'AI Trainer' });
    await page.getByLabel('Second role').selectOption({ label: 'AI Trainer' });
    await page.getByRole('button', { name: 'Compare roles' }).click();
    await expect(page).toHaveURL(/\/compare\?problem=same/);
    await expect(page.getByRole('status')).toHaveText('Pick two different roles to compare.');
  });
});

// The comparison pages are long: axe needs more than the default time on them.
test('/compare is accessible', async ({ page }) => {
  test.setTimeout(120_000);
  await expectAccessible(page, '/compare');
});

test('a comparison is accessible', async ({ page }) => {
  test.setTimeout(180_000);
  await expectAccessible(page, PAIR);
});
