import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import YAML from 'yaml';
import { z } from 'zod';
import { placeCatalogEntrySchema, roleSchema, salaryFigureSchema } from '@/lib/content/schema';
import { formatPay } from '@/lib/format';
import { payAtAGlance } from '@/lib/guides/pay/glance';
import { createPlaceLookup } from '@/lib/guides/pay/places';
import { summarizePay } from '@/lib/guides/pay/summary';
import { formatSummaryAmount } from '@/lib/guides/pay/summary-text';
import { expectAccessible } from './support/accessibility';

async function getJson<T>(request: APIRequestContext, path: string, schema: z.ZodType<T>): Promise<T> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return schema.parse(await response.json());
}

const getRoles = (request: APIRequestContext) => getJson(request, '/data/roles.json', z.array(roleSchema));
const getSalaries = (request: APIRequestContext) =>
  getJson(request, '/data/salaries.json', z.array(salaryFigureSchema));

const placeOf = createPlaceLookup(
  z
    .array(placeCatalogEntrySchema)
    .parse(YAML.parse(fs.readFileSync(path.join(process.cwd(), 'content', 'catalog', 'places.yaml'), 'utf8'))),
);

/** The yearly salary summaries by level, recomputed from the published figures. */
async function publishedGlance(request: APIRequestContext, role: string) {
  const figures = (await getSalaries(request)).filter((figure) => figure.role.slug === role);
  return payAtAGlance(summarizePay(figures, placeOf));
}

const PHONE = { width: 390, height: 844 };

test('/roles lists every role with a link to its guide', async ({ page, request }) => {
  const roles = await getRoles(request);
  await page.goto('/roles');
  await expect(page).toHaveTitle(`AI roles: ${roles.length} guides to pay, skills and career paths | AI Career Atlas`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI roles');
  const main = page.getByRole('main');
  for (const role of roles) {
    await expect(main.getByRole('link', { name: role.name, exact: true })).toHaveAttribute(
      'href',
      `/roles/${role.slug}`,
    );
  }
  await expect(main.getByRole('heading', { level: 2 })).toHaveCount(roles.length);
});

test('the AI Engineer card states the medians recomputed from the published figures, labelled as computed', async ({
  page,
  request,
}) => {
  const glance = await publishedGlance(request, 'ai-engineer');
  const entry = glance?.salary.find((summary) => summary.level === 'entry');
  expect(entry?.median).not.toBeNull();
  await page.goto('/roles');
  const card = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'AI Engineer', exact: true }) });
  await expect(card).toContainText(`${formatSummaryAmount(entry?.median ?? 0, 'USD')} entry level`);
  await expect(card).toContainText(/computed from \d+ figures in \d+ articles/);
});

test('every role guide opens with its name, its one line and the at-a-glance panel inside the first phone screen', async ({
  page,
  request,
}) => {
  await page.setViewportSize(PHONE);
  for (const role of await getRoles(request)) {
    const response = await page.goto(`/roles/${role.slug}`);
    expect(response?.status(), role.slug).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(role.name);
    await expect(page.getByText(role.tagline)).toBeVisible();
    const panel = page.getByRole('region', { name: 'At a glance' });
    const box = await panel.boundingBox();
    expect(box, role.slug).not.toBeNull();
    expect((box?.y ?? 0) + (box?.height ?? 0), `${role.slug}: panel ends within the first screen`).toBeLessThanOrEqual(
      PHONE.height,
    );
  }
});

test('the panel states the medians the published figures give, level by level', async ({ page, request }) => {
  const glance = await publishedGlance(request, 'ai-engineer');
  await page.goto('/roles/ai-engineer');
  const rows = page.getByRole('table', { name: /AI Engineer yearly salary by level/ }).locator('tbody tr');
  await expect(rows).toHaveCount(glance?.salary.length ?? 0);
  for (const [index, summary] of (glance?.salary ?? []).entries()) {
    const row = rows.nth(index);
    if (summary.median === null) await expect(row).toContainText('as stated');
    else await expect(row).toContainText(formatSummaryAmount(summary.median, summary.currency));
    await expect(row).toContainText(`${summary.counted} from ${summary.articles.length}`);
  }
});

test("every summary's link leads to the figures it was computed from", async ({ page, request }) => {
  const salaries = await getSalaries(request);
  const ids = new Set(salaries.map((figure) => figure.id));
  for (const role of ['ai-engineer', 'ai-architect', 'ai-trainer', 'data-scientist']) {
    await page.goto(`/roles/${role}`);
    const links = page.getByRole('table', { name: /yearly salary by level/ }).getByRole('link');
    const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    expect(hrefs.length, role).toBeGreaterThan(0);
    const glance = await publishedGlance(request, role);
    for (const href of hrefs) {
      const [pathname, id] = href.split('#');
      expect(pathname).toBe(`/roles/${role}/pay`);
      await page.goto(href);
      const group = page.locator(`[id="${id}"]`);
      const shown = await group
        .locator('tr[data-figure-id]')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-figure-id') ?? ''));
      // The figures listed are published, and exactly the ones the summary considered.
      const summary = glance?.salary.find((entry) => entry.id === id);
      expect(
        shown.every((figure) => ids.has(figure)),
        href,
      ).toBe(true);
      expect(shown, href).toEqual(summary?.figures.map((entry) => entry.figure.id));
    }
  }
});

test('the pay page lists every figure of the role once, with its source', async ({ page, request }) => {
  const figures = (await getSalaries(request)).filter((figure) => figure.role.slug === 'ai-engineer');
  await page.goto('/roles/ai-engineer/pay');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI Engineer salary by level and place');
  const rows = page.locator('#figures tr[data-figure-id]');
  const shown = await rows.evaluateAll((list) => list.map((row) => row.getAttribute('data-figure-id') ?? ''));
  expect([...shown].sort()).toEqual(figures.map((figure) => figure.id).sort());
  const first = figures[0];
  if (!first) throw new Error('no figure');
  const row = page.locator(`tr[data-figure-id="${first.id}"]`);
  await expect(row).toContainText(formatPay(first, { withPeriod: true }));
  await expect(row.getByRole('link')).toHaveAttribute('href', new RegExp(`^/articles/${first.provenance.article}`));
});

test('the pay page answers by level and place before it lists every figure', async ({ page }) => {
  await page.goto('/roles/ai-engineer/pay');
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.slice(0, 3)).toEqual(['Yearly pay in US dollars', 'Pay by place', 'Every figure']);
  // Each group of figures can be linked to on its own: no id is used twice.
  const ids = await page.locator('[id]').evaluateAll((nodes) => nodes.map((node) => node.id));
  expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  // The summary's note takes a reader to the places paid in another currency.
  await page.getByRole('link', { name: 'pay by place' }).click();
  await expect(page).toHaveURL(/#places$/);
  // A place with many figures lists the first few; the rest open from a summary, each still a link.
  const places = page.getByRole('region', { name: /pay figures by place/ });
  const more = places.locator('details').first();
  await expect(more).not.toHaveAttribute('open');
  const hidden = more.locator('a');
  await expect(hidden.first()).toBeHidden();
  await more.locator('summary').click();
  await expect(hidden.first()).toBeVisible();
  await expect(more.locator('summary')).toHaveText(`${await hidden.count()} more figures`);
  // Salaries whose article states no period follow one note per place, not a note each,
  // and no amount is both given a year and said to have no period.
  await expect(places).not.toContainText('a year (period not stated)');
  const note = places.getByText('Period not stated, read as yearly:').first();
  await expect(note).toBeVisible();
  await expect(note.locator('xpath=following-sibling::ul//a').first()).not.toContainText(
    /a year|a month|an hour|period not stated/,
  );
  // The place opens its figures in the salaries explorer, filtered by the role and the place.
  const first = places.locator('tbody tr').first();
  const listed = await first.locator('td').first().locator('a').count();
  await first.getByRole('rowheader').getByRole('link').click();
  await expect(page).toHaveURL(/\/salaries\?role=ai-engineer&place=[a-z-]+$/);
  await expect(page.getByRole('status')).toHaveText(
    new RegExp(`^Showing ${listed} figures of \\d+: role AI Engineer, place .+\\.$`),
  );
});

test('an outlier is listed with its source but is not counted', async ({ page, request }) => {
  const glance = await publishedGlance(request, 'ai-engineer');
  const outlier = glance?.salary.flatMap((summary) => summary.figures).find((entry) => entry.excluded === 'outlier');
  if (!outlier) throw new Error('no outlier among the AI Engineer figures');
  await page.goto('/roles/ai-engineer/pay');
  await expect(page.locator(`tr[data-figure-id="${outlier.figure.id}"]`)).toContainText('Not counted: an outlier');
});

test("a guide's deep pages answer with their own heading and a way back", async ({ page }) => {
  await page.goto('/roles/ai-engineer');
  const deep = await page
    .getByRole('main')
    .locator('a[href^="/roles/ai-engineer/"]')
    .evaluateAll((links) => [...new Set(links.map((link) => (link.getAttribute('href') ?? '').split('#')[0] ?? ''))]);
  expect(deep).toEqual(
    expect.arrayContaining([
      '/roles/ai-engineer/pay',
      '/roles/ai-engineer/responsibilities',
      '/roles/ai-engineer/career-path',
      '/roles/ai-engineer/skills',
      '/roles/ai-engineer/interview-questions',
    ]),
  );
  for (const href of deep) {
    const response = await page.goto(href);
    expect(response?.status(), href).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('AI Engineer');
    // Every sentence is filled in: no template placeholder reaches the reader.
    await expect(page.getByRole('main')).not.toContainText('${');
    await expect(
      page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'AI Engineer' }),
    ).toHaveAttribute('href', '/roles/ai-engineer');
  }
});

test('a merged item names how many articles say it and opens to each article’s words and source', async ({ page }) => {
  await page.goto('/roles/ai-engineer');
  const section = page.getByRole('region', { name: 'What the job involves' });
  const first = section.locator('details').first();
  await expect(first.locator('summary')).toContainText(/\d+ of \d+ articles/);
  const summary = first.locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('open', '');
  const quotes = first.locator('q');
  expect(await quotes.count()).toBeGreaterThan(1);
  await expect(first.getByRole('link').first()).toHaveAttribute('href', /^\/articles\//);
});

test('interview questions are grouped by topic, with the FAQs and their answers', async ({ page }) => {
  await page.goto('/roles/ai-engineer/interview-questions');
  await expect(page.getByRole('heading', { level: 2, name: 'Interview questions' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Frequently asked questions' })).toBeVisible();
  expect(await page.getByRole('heading', { level: 3 }).count()).toBeGreaterThan(3);
});

test('an unknown role, and a deep page a role does not have, are 404 pages', async ({ page }) => {
  expect((await page.goto('/roles/astronaut-whisperer'))?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  expect((await page.goto('/roles/prompt-engineer/pay'))?.status()).toBe(404);
});

test('Tab moves from the figures table into its provenance links', async ({ page }) => {
  await page.goto('/roles/ai-engineer/pay');
  const region = page.getByRole('region', { name: /^AI Engineer pay figures, yearly, in US dollars/ }).first();
  await region.focus();
  await expect(region).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(region.getByRole('link').first()).toBeFocused();
});

for (const path of [
  '/roles',
  '/roles/ai-engineer',
  '/roles/ai-engineer/pay',
  '/roles/ai-engineer/interview-questions',
  '/roles/ai-architect/responsibilities',
  '/roles/ai-trainer/career-path',
  '/roles/ai-engineer/skills',
  '/roles/prompt-engineer',
]) {
  test(`${path} has no detectable accessibility violations at phone and desktop widths, light and dark`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await expectAccessible(page, path);
  });
}
