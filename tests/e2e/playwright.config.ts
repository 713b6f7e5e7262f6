import { defineConfig } from '@playwright/test';

import { BASE_URL, CHROMIUM_ARGS, chromiumPath, E2E_PORT } from './support/chromium';

// Runs against the built browser mode (dist/renderer, built by `npm test` first), served by the
// same static server as `npm run web`.
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Generous limits, not retries: on a loaded 2-core machine a whole-session test or an axe scan
  // takes several times its quiet duration, and a test that waits for a condition never passes
  // early by waiting longer.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PARLEY_REPORT_JSON
    ? [['list'], ['json', { outputFile: process.env.PARLEY_REPORT_JSON }]]
    : [['list']],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    viewport: { width: 1366, height: 800 },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node ../../scripts/serve.mjs`,
    // The room listens on loopback only in tests (docs/room.md), on its own port.
    env: {
      PORT: String(E2E_PORT),
      PARLEY_ROOM_HOST: '127.0.0.1',
      PARLEY_ROOM_PORT: process.env.PARLEY_ROOM_PORT ?? '4400',
    },
    url: `${BASE_URL}/index.html`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
