import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, WIDE_AND_NARROW_VIEWS } from './support/accessibility';

const PRODUCTION = 'Putting models into production';
const FORECASTING = 'Forecasting and prediction';
const SOURCE = '/articles/hiring-ai-engineers-vs-data-scientists-what-you-need-to-know';

async function recommendFor(page: Page, needs: string[]) {
  await page.goto('/hire');
  for (const need of needs) await page.getByRole('checkbox', { name: need, exact: true }).check();
  await page.getByRole('button', { name: 'Recommend a role' }).click();
  await expect(page).toHaveURL(/\/hire\?need=/);
  return page.getByRole('region', { name: 'Recommendation' });
}

test('offers each need once, grouped by theme, saying which role the articles recommend for it', async ({ page }) => {
  await page.goto('/hire');
  const groups = page.getByRole('group');
  await expect(groups).toHaveCount(2);
  await expect(page.getByRole('group', { name: 'Building and running AI' })).toBeVisible();
  const understanding = page.getByRole('group', { name: 'Understanding data and the business' });
  await expect(understanding.getByRole('checkbox', { name: FORECASTING })).toHaveAccessibleDescription(
    /^For the Data Scientist: 1 article, 4 recommendations, such as “Forecasting sales, user behavior, or marketing ROI”/,
  );
  // The article's six wordings of deploying to production are one choice, not six.
  await expect(page.getByRole('checkbox', { name: /deploy/i })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: PRODUCTION })).toHaveCount(1);
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test(`"${PRODUCTION}" recommends the AI Engineer, with the articles’ reasons and sources`, async ({ page }) => {
      const result = await recommendFor(page, [PRODUCTION]);
      await expect(page).toHaveURL(/\/hire\?need=models-in-production$/);
      await expect(result).toContainText(
        'The articles point to the AI Engineer: they recommend it for the need you picked.',
      );
      const engineer = result.getByRole('region', { name: 'AI Engineer' });
      const fraud = engineer
        .getByRole('listitem')
        .filter({ hasText: 'Deploying a real-time fraud detection system', hasNot: page.getByRole('list') });
      await expect(fraud).toContainText('Requires optimized, scalable model in production with low latency');
      await expect(fraud.getByRole('link', { name: /^Use Case-Based Role Matching/ })).toHaveAttribute(
        'href',
        `${SOURCE}#use-case-based-role-matching`,
      );
      await expect(
        result.getByRole('link', { name: 'Compare the AI Engineer and the Data Scientist side by side' }),
      ).toHaveAttribute('href', '/compare/ai-engineer-vs-data-scientist');
      // The choice stays ticked, so the form can be refined.
      await expect(page.getByRole('checkbox', { name: PRODUCTION })).toBeChecked();
    });
  });
}

test('counts the needs behind the leading role and those that point elsewhere', async ({ page }) => {
  const result = await recommendFor(page, [PRODUCTION, 'Making models and systems faster', FORECASTING]);
  await expect(result).toContainText(
    'The articles point to the AI Engineer: they recommend it for 2 of the 3 needs you picked. They recommend the Data Scientist for 1.',
  );
  const scientist = result.getByRole('region', { name: 'Data Scientist' });
  await expect(scientist).toContainText('Recommended for 1 need you picked.');
  await expect(scientist.getByText(FORECASTING)).toBeVisible();
});

test('follows a quoted reason to the table cell it comes from', async ({ page }) => {
  const result = await recommendFor(page, ['Experiments, A/B tests and statistics']);
  const quote = result
    .getByRole('listitem')
    .filter({ hasText: 'Running A/B tests on marketing campaigns', hasNot: page.getByRole('list') });
  await expect(quote).toContainText('Involves statistical analysis and interpretation of user behavior');
  await quote.getByRole('link').click();
  await expect(page).toHaveURL(/#use-case-based-role-matching$/);
  await expect(
    page.getByRole('cell', { name: 'Involves statistical analysis and interpretation of user behavior' }),
  ).toBeVisible();
});

test('a tie is reported as a tie', async ({ page }) => {
  const result = await recommendFor(page, [PRODUCTION, FORECASTING]);
  await expect(result).toContainText(
    'It is a tie: they recommend each of the AI Engineer and the Data Scientist for 1 of the 2 needs you picked.',
  );
  await expect(
    result.getByRole('link', { name: 'Compare the AI Engineer and the Data Scientist side by side' }),
  ).toBeVisible();
});

test('a shared recommendation names the partner without counting it', async ({ page }) => {
  const result = await recommendFor(page, ['Recommendation engines']);
  await expect(result).toContainText('The articles point to the AI Engineer');
  await expect(result.getByRole('region', { name: 'Data Scientist' })).toContainText(
    'Recommended for none of your needs on its own. Named as working alongside for “Recommendation engines”.',
  );
});

test('addresses of needs from before they were merged still answer', async ({ page }) => {
  await page.goto('/hire?need=need-to-deploy-ai-into-a-scalable-product');
  await expect(page.getByRole('region', { name: 'Recommendation' })).toContainText(
    'The articles point to the AI Engineer',
  );
  await expect(page.getByRole('checkbox', { name: PRODUCTION })).toBeChecked();
});

test('unknown choices in the address are ignored', async ({ page }) => {
  const response = await page.goto('/hire?need=not-a-need&need=');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('region', { name: 'Recommendation' })).toContainText('not recognised');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which role should I hire?');
});

test('picks a need and asks for the answer by keyboard alone', async ({ page }) => {
  await page.goto('/hire');
  await page.getByRole('checkbox', { name: PRODUCTION }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: PRODUCTION })).toBeChecked();
  for (let step = 0; step < 15; step += 1) {
    await page.keyboard.press('Tab');
    if (
      await page
        .getByRole('button', { name: 'Recommend a role' })
        .evaluate((button) => button === document.activeElement)
    )
      break;
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/hire\?need=models-in-production$/);
  await expect(page.getByRole('region', { name: 'Recommendation' })).toContainText('AI Engineer');
});

test('/hire is accessible, empty and with a result, on a phone and a laptop, light and dark', async ({ page }) => {
  test.setTimeout(120_000);
  await expectAccessible(page, '/hire', { views: WIDE_AND_NARROW_VIEWS });
  await expectAccessible(page, '/hire?need=models-in-production&need=forecasting&need=recommendation-engines', {
    views: WIDE_AND_NARROW_VIEWS,
  });
});
