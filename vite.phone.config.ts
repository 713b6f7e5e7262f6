import { defineConfig } from 'vite';

// The phone page (docs/room.md) is its own small entry, not the facilitator's bundle: plain
// TypeScript and the DOM, no React and no zod, so it loads fast on a phone over venue Wi-Fi.
export default defineConfig({
  root: 'renderer/phone',
  base: './',
  resolve: { tsconfigPaths: true },
  build: {
    outDir: '../../dist/phone',
    emptyOutDir: true,
    target: ['chrome100', 'safari15', 'firefox100'],
    sourcemap: false,
  },
});
