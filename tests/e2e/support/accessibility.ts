import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** The widths every route family is checked at: a small phone and a laptop. */
export const VIEWPORTS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Opens `path` at phone and desktop widths and expects axe to find no WCAG 2.1
 * AA violation at either (layout changes with width, and so can contrast,
 * overflow and target sizes). Violations are reported by rule and target so a
 * failure says what to fix.
 */
export async function expectAccessible(page: Page, path: string): Promise<void> {
  for (const viewport of VIEWPORTS) {
    // axe takes tens of seconds on a page with a few hundred table rows; each run gets its own allowance.
    test.info().setTimeout(test.info().timeout + 45_000);
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
    const found = results.violations.map(
      (violation) =>
        `${viewport.name}: ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
    expect(found, `axe violations on ${path}`).toEqual([]);
  }
}
