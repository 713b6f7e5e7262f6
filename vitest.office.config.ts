import { defineConfig } from 'vitest/config';

// Documents laid out by a real office suite (LibreOffice headless): slow to start, so apart from the
// unit tests. Where LibreOffice is missing, each test says so in one line and is skipped.
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['tests/unit/**/*.office.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
  },
});
