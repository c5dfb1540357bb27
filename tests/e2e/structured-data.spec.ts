import { expect, test, type Page } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import { formatMoney } from '@/lib/format';

/** One address per route family, with the structured data each must carry. */
const FAMILIES: { path: string; types: string[] }[] = [
  { path: '/', types: ['WebSite'] },
  { path: '/roles', types: ['BreadcrumbList'] },
  { path: '/roles/ai-engineer', types: ['Occupation', 'BreadcrumbList'] },
  { path: '/roles/ai-engineer/pay', types: ['Occupation', 'BreadcrumbList'] },
  { path: '/roles/ai-engineer/interview-questions', types: ['WebPage', 'BreadcrumbList'] },
  { path: '/compare', types: ['BreadcrumbList'] },
  { path: '/compare/ai-engineer-vs-data-scientist', types: ['BreadcrumbList'] },
  { path: '/salaries', types: ['BreadcrumbList'] },
  { path: '/skills', types: ['BreadcrumbList'] },
  { path: '/skills/pytorch', types: ['BreadcrumbList'] },
  { path: '/articles', types: ['BreadcrumbList'] },
  { path: '/articles/the-2025-ai-engineer-career-report-a-data-driven-analysis', types: ['Article', 'BreadcrumbList'] },
  { path: '/hire', types: ['BreadcrumbList'] },
  { path: '/search?q=pytorch', types: ['BreadcrumbList'] },
  { path: '/about', types: ['BreadcrumbList'] },
  { path: '/data', types: ['Dataset', 'BreadcrumbList'] },
];

const node = z.looseObject({ '@context': z.literal('https://schema.org'), '@type': z.string() });

const breadcrumbList = z.object({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('BreadcrumbList'),
  itemListElement: z.array(
    z.object({
      '@type': z.literal('ListItem'),
      position: z.number().int(),
      name: z.string(),
      item: z.url().optional(),
    }),
  ),
});

const amount = z.union([
  z.looseObject({
    '@type': z.literal('MonetaryAmountDistribution'),
    name: z.string(),
    currency: z.string(),
    duration: z.literal('P1Y'),
    median: z.number(),
    percentile25: z.number(),
    percentile75: z.number(),
  }),
  z.looseObject({
    '@type': z.literal('MonetaryAmount'),
    name: z.string(),
    currency: z.string(),
    minValue: z.number(),
    maxValue: z.number(),
    value: z.looseObject({ unitText: z.literal('YEAR') }),
  }),
]);

const occupation = z.looseObject({
  '@type': z.literal('Occupation'),
  name: z.string(),
  skills: z.array(z.string()),
  occupationalCategory: z.looseObject({ codeValue: z.string() }),
  estimatedSalary: z.array(amount),
});

/** Every JSON-LD block of the page, parsed as JSON and checked to be schema.org data. */
async function readJsonLd(page: Page): Promise<z.infer<typeof node>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => node.parse(JSON.parse(text)));
}

/** The visible trail: each crumb's name and, when it is a link, its href. */
async function visibleTrail(page: Page): Promise<{ name: string; href: string | null }[]> {
  const items = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem');
  const trail = [];
  for (const item of await items.all()) {
    const link = item.getByRole('link');
    const href = (await link.count()) > 0 ? await link.getAttribute('href') : null;
    trail.push({ name: (await item.innerText()).replace('›', '').trim(), href });
  }
  return trail;
}

for (const { path, types } of FAMILIES) {
  test(`${path} carries valid schema.org JSON-LD, and its BreadcrumbList is the trail it shows`, async ({ page }) => {
    // JSON-LD is data, not script: the Content-Security-Policy must have nothing to report.
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { cspViolations: seen });
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    // Nothing the page loads (icons included) may fail.
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const data = await readJsonLd(page);
    expect(data.map((entry) => entry['@type']).sort()).toEqual([...types].sort());

    const trail = await visibleTrail(page);
    const list = data.find((entry) => entry['@type'] === 'BreadcrumbList');
    if (list === undefined) {
      expect(trail).toEqual([]);
    } else {
      const items = breadcrumbList.parse(list).itemListElement;
      expect(items.map((item) => item.name)).toEqual(trail.map((crumb) => crumb.name));
      expect(items.map((item) => item.position)).toEqual(trail.map((_, index) => index + 1));
      // Absolute URLs on the public address (SITE_URL); their paths are the links the trail shows.
      expect(items.map((item) => (item.item === undefined ? null : new URL(item.item).pathname))).toEqual(
        trail.map((crumb) => crumb.href),
      );
    }
    expect(await page.evaluate(() => Reflect.get(window, 'cspViolations'))).toEqual([]);
    expect(failed).toEqual([]);
  });
}

test("the role guide's Occupation states the name, the panel's salary medians and the skills the page shows", async ({
  page,
  request,
}) => {
  await page.goto('/roles/ai-engineer');
  const data = occupation.parse((await readJsonLd(page)).find((entry) => entry['@type'] === 'Occupation'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.name);

  // One salary per row of the panel's table, in its order, with the numbers the row shows.
  const rows = page.getByRole('table', { name: /AI Engineer yearly salary by level/ }).locator('tbody tr');
  await expect(rows).toHaveCount(data.estimatedSalary.length);
  for (const [index, salary] of data.estimatedSalary.entries()) {
    const row = rows.nth(index);
    if (salary['@type'] === 'MonetaryAmountDistribution') {
      await expect(row).toContainText(formatMoney(salary.median, salary.currency, { compact: true }));
      expect(salary.name).toMatch(/computed from \d+ figures? from \d+ articles?/);
      expect(salary.percentile25).toBeLessThanOrEqual(salary.median);
      expect(salary.percentile75).toBeGreaterThanOrEqual(salary.median);
    } else {
      await expect(row).toContainText('as stated');
      expect(salary.name).toMatch(/lowest to highest amount stated/);
    }
  }

  // The skills are the panel's top skills, in order.
  const listed = await page.getByRole('region', { name: 'At a glance' }).innerText();
  expect(data.skills.length).toBeGreaterThan(0);
  let from = 0;
  for (const skill of data.skills) {
    const at = listed.indexOf(skill, from);
    expect(at, skill).toBeGreaterThanOrEqual(0);
    from = at + skill.length;
  }

  const roles = z
    .array(z.looseObject({ slug: z.string(), occupation: z.looseObject({ code: z.string() }) }))
    .parse(await (await request.get('/data/roles.json')).json());
  expect(data.occupationalCategory.codeValue).toBe(roles.find((role) => role.slug === 'ai-engineer')?.occupation.code);
});

test('the Atom feed is served as Atom, parses, and every entry links to a page here', async ({ request }) => {
  const response = await request.get('/feed.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/atom\+xml/);
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const atomLink = z.object({ rel: z.string().optional(), href: z.string(), type: z.string().optional() });
  const parsed = z
    .object({
      feed: z.looseObject({
        xmlns: z.literal('http://www.w3.org/2005/Atom'),
        id: z.string().min(1),
        title: z.looseObject({ '#text': z.string().min(1) }),
        updated: z.iso.datetime(),
        link: z.array(atomLink),
        entry: z.array(
          z.looseObject({
            id: z.string().min(1),
            title: z.looseObject({ '#text': z.string().min(1) }),
            updated: z.iso.datetime(),
            link: z.array(atomLink).min(1),
            author: z.array(z.object({ name: z.string().min(1) })).min(1),
          }),
        ),
      }),
    })
    .parse(
      new XMLParser({
        ignoreAttributes: false,
        attributeNamePrefix: '',
        parseTagValue: false,
        isArray: (name) => ['entry', 'link', 'author', 'category'].includes(name),
      }).parse(xml),
    ).feed;
  expect(new URL(parsed.link.find((link) => link.rel === 'self')?.href ?? '').pathname).toBe('/feed.xml');
  const paths = parsed.entry.map((entry) => new URL(entry.link[0]?.href ?? '').pathname);
  expect(paths.some((path) => path.startsWith('/articles/'))).toBe(true);
  expect(paths.some((path) => path.startsWith('/roles/'))).toBe(true);
  for (const path of paths) expect((await request.get(path)).status(), path).toBe(200);
});

test('pages link the feed in the head and the footer', async ({ page }) => {
  for (const path of ['/', '/compare/ai-engineer-vs-data-scientist']) {
    await page.goto(path);
    const head = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    expect(new URL((await head.getAttribute('href')) ?? '').pathname, path).toBe('/feed.xml');
  }
  await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Feed' })).toHaveAttribute('href', '/feed.xml');
});

test('the web manifest parses and every icon it lists is an image', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('head link[rel="manifest"]').getAttribute('href');
  const response = await request.get(href ?? '/manifest.webmanifest');
  expect(response.status()).toBe(200);
  const manifest = z
    .looseObject({
      name: z.string().min(1),
      start_url: z.literal('/'),
      icons: z.array(z.object({ src: z.string(), sizes: z.string(), type: z.string() })).min(3),
    })
    .parse(await response.json());
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) {
    const image = await request.get(icon.src);
    expect(image.status(), icon.src).toBe(200);
    expect(image.headers()['content-type'], icon.src).toBe(icon.type);
  }
  // The icons the head links (SVG favicon, Apple touch icon) answer too.
  for (const link of await page.locator('head link[rel="icon"], head link[rel="apple-touch-icon"]').all()) {
    const src = (await link.getAttribute('href')) ?? '';
    const image = await request.get(src);
    expect(image.status(), src).toBe(200);
    expect(image.headers()['content-type'], src).toMatch(/^image\//);
  }
});

test("a role guide's Open Graph and Twitter images are PNGs, shown as a large card", async ({ page, request }) => {
  await page.goto('/roles/ai-engineer');
  await expect(page.locator('head meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  for (const selector of ['meta[property="og:image"]', 'meta[name="twitter:image"]']) {
    const content = (await page.locator(`head ${selector}`).getAttribute('content')) ?? '';
    // Written for the public address (SITE_URL); the path and query are what this server must answer.
    const url = new URL(content);
    const image = await request.get(`${url.pathname}${url.search}`);
    expect(image.status(), selector).toBe(200);
    expect(image.headers()['content-type'], selector).toBe('image/png');
  }
  await expect(page.locator('head meta[property="og:image:alt"]')).toHaveAttribute('content', /median yearly salary/);
});
