// Builds the main process and the preload with Vite, as two separate bundles: the sandboxed
// preload may require nothing but 'electron', so it must not share chunks with main.
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';

import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

for (const [name, entry] of [
  ['main', 'electron/main/index.ts'],
  ['preload', 'electron/preload/index.ts'],
]) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    // The #shared/#electron import aliases come from tsconfig.base.json's paths.
    // Node's own entry points of packages (ws's "browser" entry only throws), by Node's conditions.
    resolve: { tsconfigPaths: true, conditions: ['node'], mainFields: ['module', 'main'] },
    build: {
      outDir: 'dist/electron',
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      sourcemap: true,
      lib: { entry, formats: ['cjs'], fileName: () => `${name}.cjs` },
      rollupOptions: { external: (id) => id === 'electron' || nodeBuiltins.has(id) },
    },
  });
}
console.log('built dist/electron/main.cjs and dist/electron/preload.cjs');
