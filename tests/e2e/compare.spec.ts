import { expect, test, type APIRequestContext } from '@playwright/test';
import { z } from 'zod';
import { roleSchema } from '@/lib/content/schema';
import { allPairs } from '@/lib/guides/compare/pairs';
import { expectAccessible, WIDE_AND_NARROW_VIEWS } from './support/accessibility';
import { headingTexts, headMetadata } from './support/html';

const PAIR = '/compare/ai-engineer-vs-data-scientist';

async function getRoles(request: APIRequestContext) {
  const response = await request.get('/data/roles.json');
  expect(response.status()).toBe(200);
  return z.array(roleSchema).parse(await response.json());
}

test('every canonical comparison is served with one h1 naming both roles', async ({ request }) => {
  const roles = await getRoles(request);
  const names = new Map(roles.map((role) => [role.slug, role.name]));
  const pairs = allPairs(roles.map((role) => role.slug));
  expect(pairs).toHaveLength((roles.length * (roles.length - 1)) / 2);
  for (const pair of pairs) {
    const response = await request.get(`/compare/${pair.slug}`);
    expect(response.status(), pair.slug).toBe(200);
    const h1 = headingTexts(await response.text(), 1);
    expect(h1, pair.slug).toHaveLength(1);
    expect(h1[0]).toContain(names.get(pair.a) ?? pair.a);
    expect(h1[0]).toContain(names.get(pair.b) ?? pair.b);
  }
});

test('the reversed order redirects permanently to the canonical one', async ({ request }) => {
  const roles = await getRoles(request);
  for (const pair of allPairs(roles.map((role) => role.slug))) {
    const response = await request.get(`/compare/${pair.b}-vs-${pair.a}`, { maxRedirects: 0 });
    expect([301, 308]).toContain(response.status());
    expect(new URL(response.headers().location ?? '', 'http://x').pathname).toBe(`/compare/${pair.slug}`);
  }
});

test('unknown and same-role pairs are 404', async ({ request }) => {
  for (const path of [
    '/compare/ai-engineer-vs-astronaut',
    '/compare/ai-engineer-vs-ai-engineer',
    '/compare/ai-engineer',
  ]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
});

test.describe('the AI Engineer vs Data Scientist comparison', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('opens with the synthesised table, pay in the first screen of a phone', async ({ page }) => {
    await page.goto(PAIR);
    const table = page.getByRole('table', { name: /side by side, from the articles’ records$/ });
    // Nothing between the heading and the table: the answer comes first.
    expect(await table.evaluate((element) => element.previousElementSibling?.tagName)).toBe('H1');
    await expect(table.getByRole('columnheader')).toHaveText(['Criterion', 'AI Engineer', 'Data Scientist']);
    const entry = table.getByRole('row', { name: /^Entry level/ }).first();
    await expect(entry.getByRole('cell').first()).toContainText(/US\$\d+k\s*median; middle half/);
    const box = await entry.boundingBox();
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(844);
    await expect(table.getByRole('rowheader', { name: 'Listed for both' })).toBeVisible();
    await expect(table.getByRole('rowheader', { name: 'Degree and field' })).toBeVisible();
    const focus = table.getByRole('row', { name: /Primary Focus.*Comparison Table: AI Engineer vs\. Data Scientist/ });
    await expect(focus.getByRole('cell')).toHaveText([
      '“Model engineering, deployment, automation”',
      '“Data analysis, insight generation, prediction”',
    ]);
  });

  test('every salary and total compensation cell links to figures listed on the role’s pay page', async ({ page }) => {
    await page.goto(PAIR);
    const table = page.getByRole('table', { name: /side by side/ });
    const hrefs = await table
      .getByRole('link', { name: /^US\$/ })
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThanOrEqual(15);
    const byPage = new Map<string, string[]>();
    for (const href of hrefs) {
      const path = href.split('#')[0] ?? '';
      byPage.set(path, [...(byPage.get(path) ?? []), href]);
    }
    expect([...byPage.keys()].sort()).toEqual(['/roles/ai-engineer/pay', '/roles/data-scientist/pay']);
    for (const [path, links] of byPage) {
      await page.goto(path);
      for (const href of links) {
        const id = href.split('#')[1] ?? '';
        const group = page.locator(`[id="${id}"]`);
        await expect(group, href).toHaveCount(1);
        // The summary's heading row, then at least one figure.
        expect(await group.getByRole('row').count(), href).toBeGreaterThan(1);
      }
    }
    // And a real click lands on that group.
    await page.goto(PAIR);
    const first = table.getByRole('link', { name: /^US\$/ }).first();
    const target = (await first.getAttribute('href')) ?? '';
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${target.replace(/[$.]/g, '\\$&')}$`));
    await expect(page.locator(`[id="${target.split('#')[1]}"]`)).toBeInViewport();
  });

  test('gives each need to the role the articles recommend, and each quote links to its source', async ({ page }) => {
    await page.goto(PAIR);
    const engineer = page.getByRole('region', { name: 'Choose the AI Engineer when you need' });
    const scientist = page.getByRole('region', { name: 'Choose the Data Scientist when you need' });
    await expect(scientist.getByText('Forecasting and prediction')).toBeVisible();
    await expect(engineer.getByText('Forecasting and prediction')).toHaveCount(0);
    await engineer.getByText('Putting models into production').click();
    // The quote itself, not the need's item that holds it.
    const quote = engineer
      .getByRole('listitem')
      .filter({ hasText: 'Deploying a real-time fraud detection system', hasNot: page.getByRole('list') });
    await expect(quote).toContainText('Requires optimized, scalable model in production with low latency');
    await quote.getByRole('link', { name: /^Use Case-Based Role Matching/ }).click();
    await expect(page).toHaveURL(
      /\/articles\/hiring-ai-engineers-vs-data-scientists-what-you-need-to-know#use-case-based-role-matching$/,
    );
    await expect(
      page.getByRole('cell', { name: 'Requires optimized, scalable model in production with low latency' }),
    ).toBeVisible();
  });

  test('keeps the articles’ own tables after the choice, closed until opened', async ({ page }) => {
    await page.goto(PAIR);
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings.indexOf('The articles’ own comparisons')).toBeGreaterThan(
      headings.indexOf('When to choose the AI Engineer or the Data Scientist'),
    );
    const evidence = page.getByRole('region', { name: 'The articles’ own comparisons' });
    const articleTable = evidence.getByRole('table', { name: 'Tool Stack Comparison Chart' });
    await expect(articleTable).toBeHidden();
    await evidence.locator('summary').filter({ hasText: 'Tool Stack Comparison Chart' }).click();
    const deployment = articleTable.getByRole('row', { name: /^Deployment/ });
    await expect(deployment.getByRole('cell')).toHaveText(['Docker, Kubernetes, MLflow', 'Limited (prototype models)']);
  });

  test('opens a need and follows the first salary link by keyboard', async ({ page }) => {
    await page.goto(PAIR);
    const need = page.locator('summary').filter({ hasText: 'Putting models into production' });
    await need.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Need real-time model deployment')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Need real-time model deployment')).toBeHidden();
    await page.goto(PAIR);
    // From the skip link, the first stops inside the page are the role names and the first salary.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    for (let step = 0; step < 20; step += 1) {
      await page.keyboard.press('Tab');
      if (/^US\$/.test((await page.evaluate(() => document.activeElement?.textContent)) ?? '')) break;
    }
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/roles\/ai-engineer\/pay#entry-usd-year-salary$/);
  });

  test('states the computed medians in its description, as the table shows them', async ({ page, request }) => {
    await page.goto(PAIR);
    const median = await page
      .getByRole('table', { name: /side by side/ })
      .getByRole('row', { name: /^Entry level/ })
      .first()
      .getByRole('link')
      .first()
      .textContent();
    const head = headMetadata(await (await request.get(PAIR)).text());
    expect(head.title).toBe('AI Engineer vs Data Scientist: pay, skills and which to hire | AI Career Atlas');
    expect(head.description).toContain(
      `Yearly salary computed from the articles: AI Engineer median ${median} entry level`,
    );
    expect(new URL(head.canonical ?? '').pathname).toBe(PAIR);
  });
});

test('a pair no article compares says so plainly and keeps the table', async ({ page }) => {
  await page.goto('/compare/ai-trainer-vs-prompt-engineer');
  const table = page.getByRole('table', { name: /side by side/ });
  await expect(table.getByRole('cell', { name: 'No yearly salary stated for the Prompt Engineer.' })).toBeVisible();
  await expect(table.getByRole('link', { name: /^US\$/ }).first()).toHaveAttribute(
    'href',
    /^\/roles\/ai-trainer\/pay#/,
  );
  await expect(
    page.getByText('No article on this site compares the AI Trainer and the Prompt Engineer directly', {
      exact: false,
    }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Choose the / })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'The articles’ own comparisons' })).toHaveCount(0);
});

test('a pair compared only on the work quotes what each role’s work is, not needs', async ({ page }) => {
  await page.goto('/compare/ai-engineer-vs-ml-engineer');
  const engineer = page.getByRole('region', { name: 'Choose the AI Engineer when the work is' });
  await expect(engineer.getByRole('listitem').filter({ hasText: 'Example Task: Deploy chatbot' })).toHaveCount(1);
  await expect(engineer.getByRole('link', { name: /^AI Roles Comparison/ })).toHaveAttribute(
    'href',
    /^\/articles\/ai-engineer-roles-and-responsibilities#/,
  );
});

test.describe('the role picker', () => {
  test('opens the canonical comparison with JavaScript, by keyboard', async ({ page }) => {
    await page.goto('/compare');
    await page.getByLabel('First role').focus();
    await page.getByLabel('First role').selectOption({ label: 'Data Scientist' });
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Second role')).toBeFocused();
    await page.getByLabel('Second role').selectOption({ label: 'AI Engineer' });
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Compare roles' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/compare\/ai-engineer-vs-data-scientist$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI Engineer vs Data Scientist');
  });

  test('asks for two different roles', async ({ page }) => {
    await page.goto('/compare');
    await page.getByLabel('First role').selectOption({ label: 'AI Trainer' });
    await page.getByLabel('Second role').selectOption({ label: 'AI Trainer' });
    await page.getByRole('button', { name: 'Compare roles' }).click();
    await expect(page.getByRole('status')).toHaveText('Pick two different roles to compare.');
  });

  test('lists the pairs the articles compare first, and every pair', async ({ page, request }) => {
    const roles = await getRoles(request);
    await page.goto('/compare');
    const featured = page.getByRole('region', { name: 'Compared in the articles' });
    await expect(featured.getByRole('link', { name: 'AI Engineer vs Data Scientist' })).toBeVisible();
    const all = page.getByRole('region', { name: /^All \d+ pairs$/ });
    await expect(all.getByRole('link')).toHaveCount((roles.length * (roles.length - 1)) / 2);
  });
});

test.describe('the role picker without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('submits to the server, which redirects to the canonical comparison', async ({ page }) => {
    await page.goto('/compare');
    await page.getByLabel('First role').selectOption({ label: 'Data Scientist' });
    await page.getByLabel('Second role').selectOption({ label: 'AI Engineer' });
    await page.getByRole('button', { name: 'Compare roles' }).click();
    await expect(page).toHaveURL(/\/compare\/ai-engineer-vs-data-scientist$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI Engineer vs Data Scientist');
  });

  test('redirects to an address on the origin the visitor used', async ({ request }) => {
    // An absolute URL built from the server's own idea of its host sent visitors elsewhere and broke form-action 'self'.
    const response = await request.get('/compare/pick?a=data-scientist&b=ai-engineer', { maxRedirects: 0 });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe('/compare/ai-engineer-vs-data-scientist');
  });

  test('sends a same-role choice back with a message', async ({ page }) => {
    await page.goto('/compare');
    await page.getByLabel('First role').selectOption({ label: 'AI Trainer' });
    await page.getByLabel('Second role').selectOption({ label: 'AI Trainer' });
    await page.getByRole('button', { name: 'Compare roles' }).click();
    await expect(page).toHaveURL(/\/compare\?problem=same/);
    await expect(page.getByRole('status')).toHaveText('Pick two different roles to compare.');
  });
});

test('/compare is accessible', async ({ page }) => {
  test.setTimeout(120_000);
  await expectAccessible(page, '/compare');
});

test('a comparison is accessible with every need and table opened, on a phone and a laptop, light and dark', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await expectAccessible(page, PAIR, {
    views: WIDE_AND_NARROW_VIEWS,
    prepare: (opened) =>
      opened.locator('details').evaluateAll((all) => all.forEach((details) => details.setAttribute('open', ''))),
  });
  await expectAccessible(page, '/compare/ai-trainer-vs-prompt-engineer', { views: WIDE_AND_NARROW_VIEWS });
});
