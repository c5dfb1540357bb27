import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * How every route family is checked: a small phone and a laptop (layout
 * changes with width, and so can overflow and target sizes), each in the
 * light and the dark scheme (every colour is swapped there, so contrast has
 * to be checked again).
 */
export const VIEWS = [
  { name: 'phone', width: 360, height: 740, colorScheme: 'light' },
  { name: 'phone dark', width: 360, height: 740, colorScheme: 'dark' },
  { name: 'desktop', width: 1280, height: 900, colorScheme: 'light' },
  { name: 'desktop dark', width: 1280, height: 900, colorScheme: 'dark' },
] as const;

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Opens `path` in each view and expects axe to find no WCAG 2.1 AA violation.
 * Violations are reported by view, rule and target so a failure says what to fix.
 */
export async function expectAccessible(page: Page, path: string): Promise<void> {
  for (const view of VIEWS) {
    // axe takes tens of seconds on a page with a few hundred table rows; each run gets its own allowance.
    test.info().setTimeout(test.info().timeout + 45_000);
    await page.setViewportSize({ width: view.width, height: view.height });
    await page.emulateMedia({ colorScheme: view.colorScheme });
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
    const found = results.violations.map(
      (violation) =>
        `${view.name}: ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
    expect(found, `axe violations on ${path}`).toEqual([]);
  }
}
