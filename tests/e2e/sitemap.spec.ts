import { expect, test } from '@playwright/test';
import { z } from 'zod';
import { roleSchema } from '@/lib/content/schema';
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
  const roles = z.array(roleSchema).parse(await (await request.get('/data/roles.json')).json());
  // Home, 8 site-wide pages, every role guide and every pair of roles, at least.
  expect(paths.length).toBeGreaterThanOrEqual(9 + roles.length + (roles.length * (roles.length - 1)) / 2);
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
