import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { z } from 'zod';
import { isSalaryKind, salaryFigureSchema, type SalaryFigure } from '@/lib/content/schema';
import { loadPlaces } from '@/lib/content/load-places';
import { formatPay } from '@/lib/format';
import { createPlaceLookup } from '@/lib/guides/pay/places';
import { FIGURES_PER_PAGE } from '@/lib/guides/pay/explorer';
import { expectAccessible } from './support/accessibility';

async function published(request: APIRequestContext): Promise<SalaryFigure[]> {
  const response = await request.get('/data/salaries.json');
  expect(response.status()).toBe(200);
  return z.array(salaryFigureSchema).parse(await response.json());
}

const figureRows = (page: Page) =>
  page.getByRole('region', { name: /pay figures? and where each is stated/ }).locator('tbody tr');

async function shownIds(page: Page): Promise<string[]> {
  return figureRows(page).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-figure-id') ?? ''));
}

const nextPage = (page: Page) =>
  page.getByRole('navigation', { name: 'Pages of salary figures' }).getByRole('link', { name: 'Next page' });

/** Goes through the table's pages from the one open until the figure's row is shown. */
async function findRow(page: Page, id: string) {
  const row = page.locator(`tr[data-figure-id="${id}"]`);
  while ((await row.count()) === 0 && (await nextPage(page).count()) > 0) await nextPage(page).click();
  return row;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the filters are a form whose result is the matching records', async ({ page, request }) => {
    const figures = await published(request);
    const expected = figures.filter((figure) => figure.role.slug === 'ai-engineer' && figure.level.level === 'senior');
    expect(expected.length).toBeGreaterThan(0);

    await page.goto('/salaries');
    await expect(page.getByRole('status')).toHaveText(`Showing all ${figures.length} figures.`);
    await page.getByRole('combobox', { name: 'Role' }).selectOption('ai-engineer');
    await page.getByRole('combobox', { name: 'Level' }).selectOption('senior');
    await page.getByRole('button', { name: 'Apply' }).click();

    await expect(page).toHaveURL(/\/salaries\?role=ai-engineer&level=senior/);
    // The status names what is selected, for those whose select is too narrow to show it and those who hear it.
    await expect(page.getByRole('status')).toHaveText(
      `Showing ${expected.length} figures of ${figures.length}: role AI Engineer, level Senior.`,
    );
    expect((await shownIds(page)).sort()).toEqual(expected.map((figure) => figure.id).sort());
    await expect(page.getByRole('combobox', { name: 'Role' })).toHaveValue('ai-engineer');
  });

  test('a place filter finds the figures for that place however the articles spell it', async ({ page, request }) => {
    const placeOf = createPlaceLookup(loadPlaces(path.resolve('content')).items);
    const figures = await published(request);
    const expected = figures.filter(
      (figure) => figure.location !== null && placeOf(figure.location)?.slug === 'united-states',
    );
    // The articles write "US", "U.S." and "United States": one choice covers them all.
    expect(new Set(expected.map((figure) => figure.location)).size).toBeGreaterThan(1);

    await page.goto('/salaries');
    await page.getByRole('combobox', { name: 'Place' }).selectOption('united-states');
    await page.getByRole('button', { name: 'Apply' }).click();

    await expect(page).toHaveURL(/\/salaries\?.*\bplace=united-states\b/);
    await expect(page.getByRole('status')).toHaveText(
      `Showing ${expected.length} figures of ${figures.length}: place United States.`,
    );
    const shown = [...(await shownIds(page))];
    while ((await nextPage(page).count()) > 0) {
      await nextPage(page).click();
      shown.push(...(await shownIds(page)));
    }
    expect(shown.sort()).toEqual(expected.map((figure) => figure.id).sort());
  });

  test('sorting is a link: pay ascending puts the lowest yearly US figure first', async ({ page, request }) => {
    const figures = await published(request);
    await page.goto('/salaries?currency=USD');
    await page.getByRole('columnheader', { name: /^Pay/ }).getByRole('link').click();

    await expect(page).toHaveURL(/sort=pay&dir=asc/);
    await expect(page.getByRole('columnheader', { name: /^Pay/ })).toHaveAttribute('aria-sort', 'ascending');
    const yearly = figures.filter((figure) => figure.currency === 'USD' && figure.period === 'year');
    const lowest = Math.min(...yearly.map((figure) => figure.min ?? figure.max ?? Infinity));
    const firstPay = await figureRows(page).first().locator('td').nth(1).textContent();
    const firstFigure = yearly.find((figure) => formatPay(figure, { withPeriod: true }) === firstPay);
    expect(firstFigure?.min ?? firstFigure?.max).toBe(lowest);
  });

  test('the table comes a page at a time, and its pages hold every figure once', async ({ page, request }) => {
    const figures = await published(request);
    const pages = Math.ceil(figures.length / FIGURES_PER_PAGE);
    expect(pages).toBeGreaterThan(1);

    await page.goto('/salaries');
    const seen: string[] = [];
    for (let number = 1; number <= pages; number += 1) {
      const nav = page.getByRole('navigation', { name: 'Pages of salary figures' });
      await expect(nav.locator('[aria-current="page"]')).toHaveText(`Page ${number}`);
      const first = (number - 1) * FIGURES_PER_PAGE + 1;
      const last = Math.min(number * FIGURES_PER_PAGE, figures.length);
      await expect(page.getByText(`Rows ${first}–${last} of ${figures.length}.`)).toBeVisible();
      // The chart still shows the whole selection; only the table is cut.
      await expect(page.getByRole('status')).toHaveText(`Showing all ${figures.length} figures.`);
      seen.push(...(await shownIds(page)));
      if (number < pages) {
        await nextPage(page).click();
        await expect(page).toHaveURL(new RegExp(`[?&]page=${number + 1}#figures-heading$`));
      }
    }
    await expect(nextPage(page)).toHaveCount(0);
    expect(seen).toHaveLength(figures.length);
    expect(new Set(seen)).toEqual(new Set(figures.map((figure) => figure.id)));
  });
});

test('changing a filter updates the figures without reloading the page, and focus stays on it', async ({
  page,
  request,
}) => {
  const figures = await published(request);
  const expected = figures.filter((figure) => figure.currency === 'EUR');
  await page.goto('/salaries');
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));

  const currency = page.getByRole('combobox', { name: 'Currency' });
  await currency.focus();
  await currency.selectOption('EUR');

  await expect(page).toHaveURL(/\/salaries\?currency=EUR/);
  await expect(page.getByRole('status')).toHaveText(
    `Showing ${expected.length} figures of ${figures.length}: currency EUR (euros).`,
  );
  expect((await shownIds(page)).sort()).toEqual(expected.map((figure) => figure.id).sort());
  expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true);
  await expect(currency).toBeFocused();

  // "Clear" goes back to every figure and resets the select it showed.
  await page.getByRole('link', { name: 'Clear' }).click();
  await expect(page).toHaveURL(/\/salaries$/);
  await expect(currency).toHaveValue('');
  await expect(figureRows(page)).toHaveCount(Math.min(figures.length, FIGURES_PER_PAGE));
});

test('the chart states its figures, one axis per currency, and names itself', async ({ page, request }) => {
  const figures = await published(request);
  await page.goto('/salaries?role=ai-engineer');
  const charts = page.getByRole('img', { name: /^AI Engineer pay by level/ });
  // The charts show salaries: bonus and equity amounts are listed in the table, never charted.
  const salaries = figures.filter((figure) => figure.role.slug === 'ai-engineer' && isSalaryKind(figure.kind));
  const units = new Set(salaries.map((f) => `${f.currency}-${f.period}`));
  await expect(charts).toHaveCount(units.size);
  const usd = salaries.filter((f) => f.currency === 'USD' && f.period === 'year');
  const articles = new Set(usd.map((figure) => figure.provenance.article)).size;
  await expect(page.locator('figcaption').first()).toContainText(
    new RegExp(
      `^AI Engineer pay \\(yearly, in US dollars\\) spans .* across ${usd.length} figures from ${articles} articles\\.`,
    ),
  );
});

test('a figure links to the sentence or table cell it was read from', async ({ page, request }) => {
  const figure = (await published(request)).find(
    (entry) => entry.provenance.sectionId !== null && entry.role.slug !== null,
  );
  expect(figure).toBeDefined();
  if (!figure) return;
  await page.goto(`/salaries?role=${figure.role.slug ?? ''}`);
  const row = await findRow(page, figure.id);
  await row
    .getByRole('link', { name: new RegExp(figure.provenance.quote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
    .click();

  await expect(page).toHaveURL(`/articles/${figure.provenance.article}#${figure.provenance.sectionId}`);
  const section = page.locator(`[id="${figure.provenance.sectionId}"]`);
  await expect(section).toBeInViewport();
  // The heading's section runs to the next heading; the quote is in the text that follows it.
  const sectionText = await section.evaluate((heading) => {
    const level = Number(heading.tagName.slice(1));
    let text = heading.textContent ?? '';
    for (let node = heading.nextElementSibling; node; node = node.nextElementSibling) {
      if (/^H[1-6]$/.test(node.tagName) && Number(node.tagName.slice(1)) <= level) break;
      text += ` ${node.textContent ?? ''}`;
    }
    return text.replace(/\s+/g, ' ');
  });
  expect(sectionText).toContain(figure.provenance.quote.replace(/\s+/g, ' '));
});

test('a figure whose article states no period says so beside the period it is read with', async ({ page, request }) => {
  const figures = await published(request);
  const assumed = figures.find((entry) => entry.periodAssumed && isSalaryKind(entry.kind));
  const stated = figures.find((entry) => !entry.periodAssumed && entry.period === 'year');
  // "$100M signing bonuses": a bonus or equity amount with no period is given none.
  const bonus = figures.find((entry) => entry.periodAssumed && !isSalaryKind(entry.kind));
  expect(assumed && stated && bonus).toBeTruthy();
  if (!assumed || !stated || !bonus) return;
  await page.goto('/salaries');
  await expect(await findRow(page, assumed.id)).toContainText(`${formatPay(assumed, { withPeriod: false })} a year`);
  await expect(await findRow(page, assumed.id)).toContainText('(period not stated)');
  await page.goto('/salaries');
  await expect(await findRow(page, stated.id)).not.toContainText('period not stated');
  await page.goto('/salaries');
  const bonusPay = (await findRow(page, bonus.id)).locator('td', { hasText: '(period not stated)' });
  await expect(bonusPay).toContainText(formatPay(bonus, { withPeriod: false }));
  await expect(bonusPay).not.toContainText(/ a year| a month| an hour/);
});

test('on a phone the figures table scrolls in its box, and its caption stays on screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/salaries');
  const region = page.getByRole('region', { name: /pay figures? and where each is stated/ });
  const caption = page.locator(`[id="${await region.getAttribute('aria-labelledby')}"]`);
  await expect(caption).toBeVisible();
  const box = await caption.boundingBox();
  expect(box?.x).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(390);
  // The page does not scroll sideways; the table does, inside its box.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await region.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
  await expect(page.getByRole('table', { name: await caption.innerText() })).toBeVisible();
});

test('the downloads it offers are served', async ({ page, request }) => {
  await page.goto('/salaries');
  for (const name of ['CSV', 'JSON']) {
    const href = await page.getByRole('main').getByRole('link', { name, exact: true }).getAttribute('href');
    expect(href).toMatch(/^\/data\/salaries\.(csv|json)$/);
    expect((await request.get(href ?? '')).status()).toBe(200);
  }
});

test('/salaries has no detectable accessibility violations, filtered or not', async ({ page }) => {
  await expectAccessible(page, '/salaries');
  await expectAccessible(page, '/salaries?role=not-stated&sort=role&dir=asc');
});
