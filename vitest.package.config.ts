import { defineConfig } from 'vitest/config';

// The packaging smoke test needs a build first, and takes a while: it runs after the build in
// `npm test`, apart from the unit tests.
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: { include: ['tests/package/**/*.test.ts'], environment: 'node', testTimeout: 180_000 },
});
