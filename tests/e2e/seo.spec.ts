import { expect, test } from '@playwright/test';
import { headMetadata } from './support/html';

test('a role guide’s title names what it covers and its description states the yearly salary by level', async ({
  request,
}) => {
  // The guide shows computed medians by level, not a lowest-to-highest span; the head says the same.
  const head = headMetadata(await (await request.get('/roles/ai-engineer')).text());
  expect(head.title).toContain('AI Engineer: salary by level, skills and career path');
  expect(head.description).toMatch(/Yearly salary: .+ \(computed from [\d,]+ pay figures in \d+ articles\)\./);
  expect(head.cards.get('og:title')).toBe(head.title);
});

test('an article page points search engines to the original it republishes', async ({ page, request }) => {
  await page.goto('/articles/career-as-an-ai-engineer-a-comprehensive-report');
  // The source is credited at the top of the page, in the article's header.
  const original = await page
    .locator('article header')
    .first()
    .getByRole('link', { name: /blog\.9cv9\.com/ })
    .getAttribute('href');
  expect(original).toMatch(/^https:\/\/blog\.9cv9\.com\//);
  const head = headMetadata(
    await (await request.get('/articles/career-as-an-ai-engineer-a-comprehensive-report')).text(),
  );
  expect(head.canonical).toBe(original);
  expect(head.cards.get('og:type')).toBe('article');
  expect(head.cards.get('article:published_time')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
});

test('filtered and search views name their unfiltered page as canonical; search results stay out of the index', async ({
  request,
}) => {
  const salaries = headMetadata(await (await request.get('/salaries?role=ai-engineer&currency=USD')).text());
  expect(new URL(salaries.canonical ?? '').pathname).toBe('/salaries');
  expect(new URL(salaries.canonical ?? '').search).toBe('');
  const articles = headMetadata(await (await request.get('/articles?role=data-scientist')).text());
  expect(new URL(articles.canonical ?? '').pathname).toBe('/articles');
  const search = headMetadata(await (await request.get('/search?q=pytorch')).text());
  expect(search.robots).toBe('noindex, follow');
  expect(search.title).toBe('Search results for “pytorch” | AI Career Atlas');
});
