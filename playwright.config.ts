import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, DEFAULT_CHROMIUM_PATH } from './scripts/chromium';

// Playwright's own browser download does not work on our machines; we use
// Debian's Chromium (scripts/ensure-chromium.sh installs it).
const executablePath = process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;

// E2E_PORT lets two checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 3000);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: { executablePath, args: CHROMIUM_FLAGS },
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'] } }],
  // Runs against the production build made by `npm run test:e2e` (next build).
  webServer: {
    command: `next start -H 127.0.0.1 -p ${port}`,
    url: `${baseURL}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
