import { expect, test } from '@playwright/test';
import { z } from 'zod';
import { roleSchema } from '@/lib/content/schema';

test('robots.txt allows crawling and names the sitemap', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/User-Agent: \*\s+Allow: \//i);
  expect(text).toMatch(/Sitemap: https?:\/\/[^\s]+\/sitemap\.xml/);
});

test('every URL in the sitemap answers 200, and the landing pages are all there', async ({ request }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  // The sitemap is written for the public address (SITE_URL); the paths are what this server must answer.
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  const roles = z.array(roleSchema).parse(await (await request.get('/data/roles.json')).json());
  // Home, 8 site-wide pages, every role guide and every pair of roles, at least.
  expect(paths.length).toBeGreaterThanOrEqual(9 + roles.length + (roles.length * (roles.length - 1)) / 2);
  expect(paths.filter((path) => path.startsWith('/articles/'))).toEqual([]);
  for (const path of paths) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
  }
});
