import { expect, test, type APIRequestContext } from '@playwright/test';
import { z } from 'zod';
import { roleSchema, salaryFigureSchema } from '@/lib/content/schema';
import { formatPay } from '@/lib/format';
import { expectAccessible } from './support/accessibility';

async function getJson<T>(request: APIRequestContext, path: string, schema: z.ZodType<T>): Promise<T> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return schema.parse(await response.json());
}

const getRoles = (request: APIRequestContext) => getJson(request, '/data/roles.json', z.array(roleSchema));
const getSalaries = (request: APIRequestContext) =>
  getJson(request, '/data/salaries.json', z.array(salaryFigureSchema));

/** Runs of white space as one space, as a reader sees text. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

test('/roles lists every role with a link to its guide', async ({ page, request }) => {
  const roles = await getRoles(request);
  await page.goto('/roles');

  await expect(page).toHaveTitle(`AI roles: ${roles.length} guides to pay, skills and career paths | AI Career Atlas`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI roles');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem')).toHaveText([
    /Home/,
    /Roles/,
  ]);
  const main = page.getByRole('main');
  for (const role of roles) {
    await expect(main.getByRole('link', { name: role.name, exact: true })).toHaveAttribute(
      'href',
      `/roles/${role.slug}`,
    );
  }
  await expect(main.getByRole('heading', { level: 2 })).toHaveCount(roles.length);
});

test('/roles gives pay at a glance only for roles with yearly US dollar figures', async ({ page, request }) => {
  const [roles, figures] = await Promise.all([getRoles(request), getSalaries(request)]);
  await page.goto('/roles');
  for (const role of roles) {
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: role.name, exact: true }) });
    const yearlyUsd = figures.filter((f) => f.role.slug === role.slug && f.currency === 'USD' && f.period === 'year');
    if (yearlyUsd.length === 0) await expect(card).toContainText('No pay figures in the sources yet');
    else
      await expect(card).toContainText(yearlyUsd.length === 1 ? '(1 figure from' : `(${yearlyUsd.length} figures from`);
  }
});

test('every role guide opens with its name as h1 and a breadcrumb back to /roles', async ({ page, request }) => {
  for (const role of await getRoles(request)) {
    const response = await page.goto(`/roles/${role.slug}`);
    expect(response?.status(), role.slug).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(role.name);
    const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(breadcrumb.getByRole('link', { name: 'Roles' })).toHaveAttribute('href', '/roles');
    await expect(breadcrumb.locator('[aria-current="page"]')).toHaveText(role.name);
  }
});

test('the AI Engineer guide charts and tabulates exactly the records for the role', async ({ page, request }) => {
  const figures = (await getSalaries(request)).filter((figure) => figure.role.slug === 'ai-engineer');
  expect(figures.length).toBeGreaterThan(0);
  await page.goto('/roles/ai-engineer');

  const chart = page.getByRole('img', { name: /^AI Engineer pay by level/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator('circle, line[stroke-width="5"], line[stroke-dasharray]')).not.toHaveCount(0);

  // The tables by level hold every figure once (the tables by location repeat some of them).
  const tables = page.getByRole('table', { name: /^AI Engineer pay figures by level/ });
  const shown: string[] = [];
  // The pay is the first data cell of each row (the level is its row header).
  for (const table of await tables.all()) {
    shown.push(...(await table.locator('tbody tr td:first-of-type').allInnerTexts()).map(squash));
  }
  const expected = figures.map((figure) => formatPay(figure, { withPeriod: true }));
  expect(shown).toHaveLength(figures.length);
  expect([...shown].sort()).toEqual([...expected].sort());
});

test('a provenance link lands on the section that quotes the figure', async ({ page, request }) => {
  const figure = (await getSalaries(request)).find(
    (entry) => entry.role.slug === 'ai-engineer' && entry.provenance.sectionId !== null,
  );
  if (!figure) throw new Error('no AI Engineer figure with a section');
  const { article, sectionId, quote } = figure.provenance;
  await page.goto('/roles/ai-engineer');

  await page.locator(`a[href="/articles/${article}#${sectionId}"]`).filter({ hasText: quote }).first().click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article}#${sectionId}$`));
  // The id is on the section's heading; the section runs until the next heading of the same or higher rank.
  const sectionText = await page.locator(`[id="${sectionId}"]`).evaluate((heading) => {
    const rank = Number(heading.tagName.slice(1));
    const parts: string[] = [];
    for (let node = heading.nextElementSibling; node; node = node.nextElementSibling) {
      const match = /^H([1-6])$/.exec(node.tagName);
      if (match && Number(match[1]) <= rank) break;
      parts.push(node.textContent ?? '');
    }
    return parts.join(' ');
  });
  expect(squash(sectionText)).toContain(squash(quote));
});

test('an unknown role is a 404 page', async ({ page }) => {
  const response = await page.goto('/roles/astronaut-whisperer');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('Tab moves from the pay table into its provenance links', async ({ page }) => {
  await page.goto('/roles/ai-engineer');
  const region = page.getByRole('region', { name: /^AI Engineer pay figures by level/ }).first();
  await region.focus();
  await expect(region).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(region.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(region.getByRole('link').nth(1)).toBeFocused();
});

test('/roles has no detectable accessibility violations', async ({ page }) => {
  await expectAccessible(page, '/roles');
});

test('the AI Engineer guide, with the most figures, has no detectable accessibility violations', async ({ page }) => {
  // The longest guide on the site: axe needs more than the default time at two widths.
  test.setTimeout(180_000);
  await expectAccessible(page, '/roles/ai-engineer');
});

test('a guide with no pay figures has no detectable accessibility violations', async ({ page, request }) => {
  const [roles, figures] = await Promise.all([getRoles(request), getSalaries(request)]);
  const withoutPay = roles.find((role) => !figures.some((figure) => figure.role.slug === role.slug));
  if (!withoutPay) throw new Error('every role has pay figures');
  await expectAccessible(page, `/roles/${withoutPay.slug}`);
});
