import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { loadArticles } from '@/lib/content/load-articles';
import { visitElements } from '@/lib/markdown/hast-utils';
import { markdownToHast } from '@/lib/markdown/processor';

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

test('home page introduces the site and links to articles', async ({ page, baseURL }) => {
  const problems = watchConsole(page, baseURL);
  await page.goto('/');

  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Articles' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Browse all \d/ })).toBeVisible();
  expect(problems).toEqual([]);
});

test('an article opens from the list with its heading, facts and body', async ({ page, baseURL }) => {
  test.skip(!subject, 'content/articles has no articles');
  if (!subject) return;
  if (!articleWithTable) test.info().annotations.push({ type: 'note', description: 'No article has a table' });
  const problems = watchConsole(page, baseURL);

  await page.goto('/articles');
  await expect(page).toHaveTitle('Articles | AI Career Atlas');
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: subject.title, exact: true }).click();

  await expect(page).toHaveURL(`/articles/${subject.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(subject.title);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
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
