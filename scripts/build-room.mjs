// Builds the room server (electron/room) for browser mode's Node server, as dist/room/roomHost.mjs.
// The Electron main process bundles the same module itself (scripts/build-electron.mjs).
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';

import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  resolve: { tsconfigPaths: true },
  build: {
    outDir: 'dist/room',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    lib: { entry: 'electron/room/index.ts', formats: ['es'], fileName: () => 'roomHost.mjs' },
    // ws stays a dependency, loaded from node_modules as `npm run web` always has them.
    rollupOptions: { external: (id) => id === 'ws' || nodeBuiltins.has(id) },
  },
});
