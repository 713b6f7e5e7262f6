import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The #shared/#renderer/#electron/#fixtures import aliases come from tsconfig.base.json's paths.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    // Each test file gets fresh module state, so no test can lean on another's database.
    isolate: true,
  },
});
