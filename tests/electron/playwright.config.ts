import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/electron',
  workers: 1,
  timeout: 60_000,
  reporter: process.env.PARLEY_REPORT_JSON
    ? [['list'], ['json', { outputFile: process.env.PARLEY_REPORT_JSON }]]
    : [['list']],
});
