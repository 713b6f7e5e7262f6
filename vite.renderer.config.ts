import { readFileSync } from 'node:fs';

import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

import { CONTENT_SECURITY_POLICY } from './shared/security/csp.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** Writes the one CSP (shared/security/csp.ts) into index.html for browser mode. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'parley-csp',
    transformIndexHtml: (html) => html.replace('%PARLEY_CSP%', CONTENT_SECURITY_POLICY),
  };
}

export default defineConfig({
  root: 'renderer',
  // Relative asset URLs: the same build is served from app://parley/ and http://127.0.0.1.
  base: './',
  // The #shared/#renderer import aliases come from tsconfig.base.json's paths.
  resolve: { tsconfigPaths: true },
  plugins: [react(), contentSecurityPolicy()],
  define: { 'import.meta.env.PACKAGE_VERSION': JSON.stringify(pkg.version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
  },
});
