import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The #shared/#renderer/#electron/#fixtures import aliases come from tsconfig.base.json's paths.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // Office layout tests run LibreOffice for half a minute of CPU: they run on their own after the
    // unit tests (vitest.office.config.ts), so no unit test shares the cores with them.
    exclude: ['tests/unit/**/*.office.test.ts', '**/node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    // Each test file gets fresh module state, so no test can lean on another's database.
    isolate: true,
  },
});
