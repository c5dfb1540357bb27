import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility';

const NEED = 'Need to deploy AI into a scalable product';

async function recommendFor(page: Page, needs: string[]) {
  await page.goto('/hire');
  for (const need of needs) await page.getByRole('checkbox', { name: need, exact: true }).check();
  await page.getByRole('button', { name: 'Recommend a role' }).click();
  await expect(page).toHaveURL(/\/hire\?need=/);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test(`"${NEED}" recommends the AI Engineer with the article’s words`, async ({ page }) => {
      await recommendFor(page, [NEED]);
      const result = page.getByRole('region', { name: 'Recommendation' });
      await expect(result).toContainText('The articles point to the AI Engineer');
      await expect(result.getByRole('heading', { level: 3, name: 'AI Engineer' })).toBeVisible();
      await expect(result).toContainText(NEED);
      const source = result.getByRole('link', { name: /When to Hire Which Role: A Quick Reference/ });
      await expect(source).toHaveAttribute(
        'href',
        '/articles/hiring-ai-engineers-vs-data-scientists-what-you-need-to-know#when-to-hire-which-role-a-quick-reference',
      );
      // The choice stays ticked, so the form can be refined.
      await expect(page.getByRole('checkbox', { name: NEED, exact: true })).toBeChecked();
    });
  });
}

test('quotes the justification the article gives', async ({ page }) => {
  await recommendFor(page, ['Deploying a real-time fraud detection system']);
  const result = page.getByRole('region', { name: 'Recommendation' });
  await expect(result.getByText('“Requires optimized, scalable model in production with low latency”')).toBeVisible();
  await result.getByRole('link', { name: /Use Case-Based Role Matching/ }).click();
  await expect(page).toHaveURL(/#use-case-based-role-matching$/);
  await expect(
    page.getByRole('cell', { name: 'Requires optimized, scalable model in production with low latency' }),
  ).toBeVisible();
});

test('a tie is reported as a tie', async ({ page }) => {
  await recommendFor(page, [NEED, 'Need to interpret consumer data for strategic goals']);
  const result = page.getByRole('region', { name: 'Recommendation' });
  await expect(result).toContainText('It is a tie');
  await expect(result).toContainText('AI Engineer and Data Scientist');
  await expect(result.getByRole('link', { name: 'compare the roles side by side' })).toHaveAttribute(
    'href',
    '/compare/ai-engineer-vs-data-scientist',
  );
});

test('unknown choices in the address are ignored', async ({ page }) => {
  const response = await page.goto('/hire?need=not-a-need&need=');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('region', { name: 'Recommendation' })).toContainText('not recognised');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which role should I hire?');
});

test('/hire is accessible, empty and with a result', async ({ page }) => {
  await expectAccessible(page, '/hire');
  await expectAccessible(page, '/hire?need=need-to-deploy-ai-into-a-scalable-product');
});
