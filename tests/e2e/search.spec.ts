import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { z } from 'zod';
import { roleSchema, skillSchema } from '@/lib/content/schema';
import { expectAccessible } from './support/accessibility';

const HEADER_SEARCH = 'Search roles, skills, certifications and articles';

async function getSkill(request: APIRequestContext, name: string) {
  const skills = z.array(skillSchema).parse(await (await request.get('/data/skills.json')).json());
  const skill = skills.find((candidate) => candidate.name === name);
  expect(skill, name).toBeDefined();
  return skill;
}

async function getRole(request: APIRequestContext, name: string) {
  const roles = z.array(roleSchema).parse(await (await request.get('/data/roles.json')).json());
  const role = roles.find((candidate) => candidate.name === name);
  expect(role, name).toBeDefined();
  return role;
}

/** The results of one type: the section headed "Skills (3)". */
function resultGroup(page: Page, label: string) {
  return page.getByRole('region', { name: new RegExp(`^${label} \\(\\d+\\)$`) });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search box finds the PyTorch skill', async ({ page, request }) => {
    const pytorch = await getSkill(request, 'PyTorch');
    await page.goto('/');
    await page.getByRole('banner').getByLabel(HEADER_SEARCH).fill('pytorch');
    await page.getByRole('banner').getByLabel(HEADER_SEARCH).press('Enter');

    await expect(page).toHaveURL(/\/search\?q=pytorch$/);
    await expect(page).toHaveTitle(/pytorch/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
    await expect(page.getByLabel('Search terms')).toHaveValue('pytorch');
    const link = resultGroup(page, 'Skills').getByRole('link', { name: 'PyTorch', exact: true });
    await expect(link).toHaveAttribute('href', `/skills/${pytorch?.slug}`);
    await expect(page.getByRole('status')).toContainText('for “pytorch”');
  });

  test('the header search box finds the AI Engineer role, listed first among roles', async ({ page, request }) => {
    const role = await getRole(request, 'AI Engineer');
    await page.goto('/articles');
    await page.getByRole('banner').getByLabel(HEADER_SEARCH).fill('AI Engineer');
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();

    await expect(page).toHaveURL(/\/search\?q=AI\+Engineer$/);
    const roles = resultGroup(page, 'Roles');
    await expect(roles.getByRole('link').first()).toHaveText('AI Engineer');
    await expect(roles.getByRole('link').first()).toHaveAttribute('href', `/roles/${role?.slug}`);
    await expect(roles.getByRole('listitem').first()).toContainText(role?.tagline ?? '');
  });

  test('a query with no results says so and suggests browsing roles and skills', async ({ page }) => {
    await page.goto('/search?q=zzqxv');
    await expect(page.getByRole('status')).toHaveText('No results for “zzqxv”.');
    await expect(page.getByRole('main').getByRole('link', { name: 'all roles' })).toHaveAttribute('href', '/roles');
    await expect(page.getByRole('main').getByRole('link', { name: 'all skills' })).toHaveAttribute('href', '/skills');
  });

  test('an empty search shows the form and suggestions', async ({ page, request }) => {
    const skills = z.array(skillSchema).parse(await (await request.get('/data/skills.json')).json());
    const mostListed = [...skills].sort((a, b) => b.articles.length - a.articles.length)[0];
    await page.goto('/search');
    await expect(page).toHaveTitle(/^Search \|/);
    await expect(page.getByLabel('Search terms')).toHaveValue('');
    const suggested = page.getByRole('region', { name: 'Skills most articles list' });
    await expect(suggested.getByRole('link', { name: mostListed?.name, exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Roles most articles discuss' }).getByRole('link')).not.toHaveCount(
      0,
    );
  });
});

test('with JavaScript, results follow the typing without reloading and the address keeps up', async ({
  page,
  request,
}) => {
  const pytorch = await getSkill(request, 'PyTorch');
  await page.goto('/search');
  // A full reload would lose this.
  await page.evaluate(() => document.body.setAttribute('data-loaded-once', 'yes'));

  await page.getByLabel('Search terms').pressSequentially('pytorch');
  const link = resultGroup(page, 'Skills').getByRole('link', { name: 'PyTorch', exact: true });
  await expect(link).toHaveAttribute('href', `/skills/${pytorch?.slug}`);
  await expect(page).toHaveURL(/\/search\?q=pytorch$/);
  await expect(page.getByRole('status')).toContainText('for “pytorch”');
  await expect(page.locator('body')).toHaveAttribute('data-loaded-once', 'yes');

  await page.getByLabel('Search terms').fill('zzqxv');
  await expect(page.getByRole('status')).toHaveText('No results for “zzqxv”.');
  await expect(page).toHaveURL(/\/search\?q=zzqxv$/);
  await expect(page.locator('body')).toHaveAttribute('data-loaded-once', 'yes');
});

test('the index is served as JSON', async ({ request }) => {
  const response = await request.get('/search-index.json');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/json/);
  expect(
    z.object({ documentCount: z.number().int().positive() }).parse(await response.json()).documentCount,
  ).toBeGreaterThan(0);
});

test('from the skip link, Tab reaches the header search and then the results', async ({ page }) => {
  await page.goto('/search?q=pytorch');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();

  const headerSearch = page.getByRole('banner').getByLabel(HEADER_SEARCH);
  const firstResult = resultGroup(page, 'Skills').getByRole('link').first();
  let reachedSearch = false;
  for (let step = 0; step < 60; step += 1) {
    await page.keyboard.press('Tab');
    if (await headerSearch.evaluate((element) => element === document.activeElement)) reachedSearch = true;
    if (await firstResult.evaluate((element) => element === document.activeElement)) break;
  }
  expect(reachedSearch).toBe(true);
  await expect(firstResult).toBeFocused();
});

for (const path of ['/search', '/search?q=pytorch', '/search?q=zzqxv']) {
  test(`${path} has no detectable accessibility violations`, async ({ page }) => {
    await expectAccessible(page, path);
  });
}
