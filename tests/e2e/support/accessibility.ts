import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

interface View {
  name: string;
  width: number;
  height: number;
  colorScheme: 'light' | 'dark';
}

/** A phone of the given size and a 1280 px laptop, each in the light and the dark scheme. */
function phoneAndLaptop(phone: { width: number; height: number }): readonly View[] {
  const laptop = { width: 1280, height: 900 };
  return [
    { name: 'phone', ...phone, colorScheme: 'light' },
    { name: 'phone dark', ...phone, colorScheme: 'dark' },
    { name: 'desktop', ...laptop, colorScheme: 'light' },
    { name: 'desktop dark', ...laptop, colorScheme: 'dark' },
  ];
}

/**
 * How every route family is checked: a small phone and a laptop (layout
 * changes with width, and so can overflow and target sizes), each in the
 * light and the dark scheme (every colour is swapped there, so contrast has
 * to be checked again).
 */
export const VIEWS = phoneAndLaptop({ width: 360, height: 740 });

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The width the page budgets are set at (a 390 px phone) and the laptop, each in both colour schemes. */
export const WIDE_AND_NARROW_VIEWS = phoneAndLaptop({ width: 390, height: 844 });

/**
 * Opens `path` in each view and expects axe to find no WCAG 2.1 AA violation.
 * Violations are reported by view, rule and target so a failure says what to fix.
 * `prepare` runs after each load, to check what a reader opens (closed
 * `<details>` are skipped by axe).
 */
export async function expectAccessible(
  page: Page,
  path: string,
  options: { views?: readonly View[]; prepare?: (page: Page) => Promise<void> } = {},
): Promise<void> {
  for (const view of options.views ?? VIEWS) {
    // axe takes tens of seconds on a page with a few hundred table rows; each run gets its own allowance.
    test.info().setTimeout(test.info().timeout + 45_000);
    await page.setViewportSize({ width: view.width, height: view.height });
    await page.emulateMedia({ colorScheme: view.colorScheme });
    await page.goto(path);
    await options.prepare?.(page);
    const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
    const found = results.violations.map(
      (violation) =>
        `${view.name}: ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
    expect(found, `axe violations on ${path}`).toEqual([]);
  }
}
