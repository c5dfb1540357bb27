import { expect, test, type Page } from '@playwright/test';
import { MIN_INDEXED_WORDS } from '@/lib/guides/inventory';
import { headingTexts, headMetadata } from './support/html';

test('robots.txt allows crawling and names the sitemap', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/User-Agent: \*\s+Allow: \//i);
  expect(text).toMatch(/Sitemap: https?:\/\/[^\s]+\/sitemap\.xml/);
});

test('every URL in the sitemap answers 200 as a landing page with its own title, description and canonical address', async ({
  request,
}) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? ''));
  // The sitemap is written for the public address (SITE_URL); the paths are what this server must answer.
  const paths = urls.map((url) => url.pathname);
  // Home and 8 site-wide pages, role guides with their deep pages, comparisons and skills.
  expect(paths.filter((path) => /^\/roles\/[^/]+\/pay$/.test(path)).length).toBeGreaterThan(0);
  expect(paths.filter((path) => path.startsWith('/compare/')).length).toBeGreaterThan(0);
  expect(paths.filter((path) => path.startsWith('/articles/'))).toEqual([]);

  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  for (const url of urls) {
    const path = url.pathname;
    const page = await request.get(path, { maxRedirects: 0 });
    expect(page.status(), path).toBe(200);
    const html = await page.text();
    const head = headMetadata(html);
    expect(head.lang, path).toBe('en');
    expect(headingTexts(html, 1), `${path}: one h1`).toHaveLength(1);
    // The canonical link is the very address the sitemap lists.
    expect(head.canonical?.replace(/\/$/, ''), path).toBe(url.href.replace(/\/$/, ''));
    expect(head.robots, path).toBeUndefined();
    expect(head.title, path).toBeTruthy();
    expect(head.description?.length ?? 0, path).toBeGreaterThan(50);
    expect(titles.get(head.title ?? ''), `${path} repeats a title`).toBeUndefined();
    expect(descriptions.get(head.description ?? ''), `${path} repeats a description`).toBeUndefined();
    titles.set(head.title ?? '', path);
    descriptions.set(head.description ?? '', path);
    // Share cards say the same as the page's head.
    expect(head.cards.get('og:url')?.replace(/\/$/, ''), path).toBe(url.href.replace(/\/$/, ''));
    expect(head.cards.get('og:description'), path).toBe(head.description);
    expect(head.cards.get('twitter:card'), path).toBe('summary_large_image');
  }
});

/** Words a reader sees in `<main>` (closed disclosures and hidden text do not count). */
async function mainWords(page: Page): Promise<number> {
  const text = await page.locator('main').innerText();
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

test('every page in the sitemap has something of its own to say', async ({ page, request }) => {
  test.setTimeout(600_000);
  const xml = await (await request.get('/sitemap.xml')).text();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  const thin: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    const words = await mainWords(page);
    if (words < MIN_INDEXED_WORDS) thin.push(`${path}: ${words} words`);
  }
  expect(thin).toEqual([]);
});

test('pages left out of the sitemap still answer, marked noindex, and their links work', async ({ page, request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const listed = new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname));
  // A comparison no article makes between two roles the articles barely cover, and a skill one article names.
  const candidates = ['/compare/llm-engineer-vs-prompt-engineer', '/roles/prompt-engineer'];
  for (const path of candidates) {
    expect(listed.has(path), path).toBe(false);
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(headMetadata(await response.text()).robots, path).toMatch(/noindex/);
  }
  // From the skills table, a skill page the sitemap leaves out opens and says it is not for the index.
  await page.goto('/skills');
  const hrefs = await page
    .locator('main a[href^="/skills/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const unlisted = hrefs.filter((href) => !listed.has(href));
  expect(unlisted.length).toBeGreaterThan(0);
  const response = await request.get(unlisted[0] ?? '');
  expect(response.status()).toBe(200);
  expect(headMetadata(await response.text()).robots).toMatch(/noindex/);
});
