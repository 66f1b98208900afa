/**
 * End-to-end tests: the built extension in real Chromium DevTools (e2e/devtools.e2e.ts, e2e/backfill.e2e.ts, and
 * e2e/provider-hosts.e2e.ts, where every fixture is called at its provider's host name over HTTPS),
 * in real Firefox DevTools (e2e/firefox.e2e.ts), and the panel as a page with a mock browser
 * (e2e/panel-page.e2e.ts). Run by `npm run test:e2e`; the global setup builds all three.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts', 'scripts/**/*.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // One browser at a time: with Chromium's suite beside it on two cores, Firefox ESR's network monitor loses calls
    // of a burst (whole runs of requests never reach getHAR, others keep status 0), which no capture can recover.
    fileParallelism: false,
    maxWorkers: 1,
    pool: 'forks',
  },
});
