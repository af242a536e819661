import { defineConfig, devices } from '@playwright/test';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Run through `npm test`, which starts the app against a fresh seeded database and sets BASE_URL.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json']],
  use: {
    baseURL: process.env.ATLAS_BASE_URL ?? 'http://127.0.0.1:3100',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    },
  },
  // Every test runs at 1440 px except those tagged @narrow (they assert the 375-px layout, which
  // they set themselves): those run only on the phone. The phone also runs the tests tagged
  // @mobile — an axe scan of each page and the main flows in one locale — rather than everything
  // again (docs/performance.md, "npm test").
  projects: [
    { name: 'desktop', grepInvert: /@narrow/, use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } } },
    { name: 'mobile', grep: /@narrow|@mobile/, use: { ...devices['Pixel 5'], viewport: { width: 375, height: 800 } } },
  ],
});
