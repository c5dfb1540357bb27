import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { z } from 'zod';
import { roleSchema, salaryFigureSchema } from '@/lib/content/schema';
import { formatCount, formatReadingTime } from '@/lib/format';
import { readingMinutes } from '@/lib/markdown/reading-time';
import { loadArticles } from '@/lib/content/load-articles';
import { visitElements } from '@/lib/markdown/hast-utils';
import { markdownToHast } from '@/lib/markdown/processor';
import { loadCareerRecords } from '@/lib/records/load-records';
import { expectAccessible } from './support/accessibility';

// The spec discovers its subjects from whatever content/articles holds, so it
// keeps working as ingest adds, renames or removes articles.
const { articles, errors } = loadArticles(path.join(process.cwd(), 'content', 'articles'));

/** Whether the body renders a table (parsed, not pattern-matched, so every GFM table form counts). */
function hasTable(markdown: string): boolean {
  let found = false;
  visitElements(markdownToHast(markdown), (element) => {
    if (element.tagName === 'table') found = true;
  });
  return found;
}

// The test follows the list's link by its title, so that title must be unique.
const uniquelyTitled = articles.filter(
  (article) => articles.filter((other) => other.title === article.title).length === 1,
);
const articleWithTable = uniquelyTitled.find((article) => hasTable(article.body));
const subject = articleWithTable ?? uniquelyTitled[0];

/**
 * Collects console errors and uncaught exceptions from this site (e.g. a
 * missing favicon). Remote images in articles are left out: test machines
 * have no internet access.
 */
function watchConsole(page: Page, baseURL: string | undefined): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    const source = message.location().url;
    const isOurs = !source || (baseURL !== undefined && source.startsWith(baseURL));
    if (message.type() === 'error' && isOurs) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

test('content/articles is valid and not empty', () => {
  expect(errors).toEqual([]);
  expect(articles.length).toBeGreaterThan(0);
});

test('home page introduces the site, every role, compared pairs and articles', async ({ page, baseURL, request }) => {
  const problems = watchConsole(page, baseURL);
  const roles = z.array(roleSchema).parse(await (await request.get('/data/roles.json')).json());
  await page.goto('/');

  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' })).toBeVisible();
  const cards = page.getByRole('region', { name: 'Roles', exact: true }).getByRole('heading', { level: 3 });
  await expect(cards).toHaveText(roles.map((role) => role.name).sort((a, b) => a.localeCompare(b, 'en')));
  const firstComparison = page.getByRole('region', { name: 'Roles the articles compare' }).getByRole('link').first();
  await expect(firstComparison).toHaveAttribute('href', /^\/compare\/[a-z-]+-vs-[a-z-]+$/);
  await expect(page.getByRole('link', { name: /^Browse all \d/ })).toBeVisible();
  // The trust statement counts the articles the figures come from, not every article.
  const figures = z.array(salaryFigureSchema).parse(await (await request.get('/data/salaries.json')).json());
  const withPay = new Set(figures.map((figure) => figure.provenance.article)).size;
  await expect(page.getByText(/pay figures come from/)).toContainText(
    `${formatCount(figures.length, { one: 'pay figure', other: 'pay figures' })} come from ${formatCount(withPay, { one: 'published article', other: 'published articles' })}`,
  );
  await expect(page.getByRole('search', { name: 'Search the guides' }).getByRole('searchbox')).toBeVisible();
  expect(problems).toEqual([]);
});

test('home page has no detectable accessibility violations', async ({ page }) => {
  await expectAccessible(page, '/');
});

test('an article opens from the list with its heading, facts and body', async ({ page, baseURL }) => {
  test.skip(!subject, 'content/articles has no articles');
  if (!subject) return;
  if (!articleWithTable) test.info().annotations.push({ type: 'note', description: 'No article has a table' });
  const problems = watchConsole(page, baseURL);

  await page.goto('/articles');
  await expect(page).toHaveTitle('Articles on AI careers | AI Career Atlas');
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: subject.title, exact: true }).click();

  await expect(page).toHaveURL(`/articles/${subject.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(subject.title);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  const readingTime = page.locator('dt', { hasText: 'Reading time' }).locator('xpath=following-sibling::dd[1]');
  await expect(readingTime).toHaveText(formatReadingTime(readingMinutes(subject.body)));
  await expect(page.getByRole('main')).toBeVisible();
  if (subject.sourceUrl) {
    await expect(page.getByRole('link', { name: /^Read the original on / }).first()).toHaveAttribute(
      'href',
      subject.sourceUrl,
    );
  }
  if (articleWithTable) {
    const region = page.getByRole('region', { name: /^Table 1/ });
    await expect(region).toBeVisible();
    await expect(region.getByRole('table')).toBeVisible();
    await expect(region.getByRole('columnheader').first()).toBeVisible();
  }
  expect(problems).toEqual([]);
});

test('every article page is served', async ({ request }) => {
  for (const article of articles) {
    const response = await request.get(`/articles/${article.slug}`);
    expect(response.status(), article.slug).toBe(200);
  }
});

test('an unknown article slug is a 404 page', async ({ page }) => {
  const response = await page.goto('/articles/no-such-article-exists');

  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page).toHaveTitle('Page not found | AI Career Atlas');
  await expect(page.getByRole('link', { name: 'See all articles' })).toBeVisible();
});

test.describe('filtering the article list without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('by role discussed: the list shows exactly the articles linked to that role', async ({ page }) => {
    const records = loadCareerRecords(path.join(process.cwd(), 'content')).records;
    const counts = new Map<string, number>();
    for (const link of records.articleRoles)
      for (const { role } of link.roles) counts.set(role, (counts.get(role) ?? 0) + 1);
    const [role] = [...counts].sort((a, b) => a[1] - b[1]).find(([, count]) => count > 0) ?? [];
    expect(role, 'some role is discussed by an article').toBeDefined();
    const expected = records.articleRoles.filter((link) => link.roles.some((entry) => entry.role === role));
    const titles = expected.map((link) => articles.find((article) => article.slug === link.article)?.title);

    await page.goto('/articles');
    await page.getByRole('combobox', { name: 'Role discussed' }).selectOption(role ?? '');
    await page.getByRole('button', { name: 'Filter' }).click();

    await expect(page).toHaveURL(new RegExp(`/articles\\?role=${role}`));
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(titles.map(String), {
      useInnerText: true,
    });
    await expect(page.getByRole('status')).toContainText(`of ${articles.length}`);
  });

  test('a category tag leads to the list of articles in that category', async ({ page }) => {
    const tagged = articles.find((article) => article.categories.length > 0);
    test.skip(!tagged, 'no article has categories');
    const category = tagged?.categories[0] ?? '';
    const inCategory = articles.filter((article) => article.categories.includes(category));

    await page.goto('/articles');
    await page
      .getByRole('link', { name: `Articles in the category ${category}`, exact: true })
      .first()
      .click();

    await expect(page.getByRole('combobox', { name: 'Category' })).toHaveValue(category);
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(inCategory.length);
    await page.getByRole('link', { name: 'Clear' }).click();
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(articles.length);
  });
});

test('the header is usable by keyboard: skip link, every section, then search', async ({ page }) => {
  await page.goto('/about');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'AI Career Atlas' })).toBeFocused();
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Roles', 'Compare', 'Salaries', 'Skills', 'Hire', 'Articles']) {
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name, exact: true })).toBeFocused();
  }
  await page.keyboard.press('Tab');
  const search = page.getByRole('banner').getByRole('searchbox');
  await expect(search).toBeFocused();
  await page.keyboard.type('pytorch');
  await page.keyboard.press('Enter');
  // The first request to a per-request page builds the records (seconds on a busy machine).
  await expect(page).toHaveURL(/\/search\?q=pytorch/, { timeout: 20_000 });
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/articles');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('/about names every source file and links every article it supplied', async ({ page }) => {
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the data');
  const sources = page.locator('#sources ~ ul > li');
  const files = [...new Set(articles.flatMap((article) => article.sources.map((source) => source.file)))];
  await expect(sources.getByRole('heading', { level: 3 })).toHaveText(files.sort((a, b) => a.localeCompare(b, 'en')));
  for (const article of articles) {
    await expect(
      page.locator('#sources ~ ul').getByRole('link', { name: article.title, exact: true }).first(),
    ).toHaveAttribute('href', `/articles/${article.slug}`);
  }
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Sources' })).toHaveAttribute(
    'href',
    '/about#sources',
  );
});

test('articles, an article and /about have no detectable accessibility violations', async ({ page }) => {
  await expectAccessible(page, '/articles');
  await expectAccessible(page, '/articles?role=ai-engineer');
  if (subject) await expectAccessible(page, `/articles/${subject.slug}`);
  await expectAccessible(page, '/about');
});
