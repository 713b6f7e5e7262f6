// Lint enforces the layers of docs/architecture.md, "Layers": a file's folder says which process it
// runs in, and an import across a forbidden line fails the build (tests/unit/lint proves each rule
// bites).
import { builtinModules } from 'node:module';

import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

import parleyBoundaries from './tools/eslint-plugin-parley-boundaries/index.js';
import parleyElectron from './tools/eslint-plugin-parley-electron/index.js';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const rendererPaths = [
  {
    name: 'electron',
    message: 'The page reaches the native shell only through window.parley (platform/bridge).',
  },
  ...nodeBuiltins.map((name) => ({
    name,
    message: 'The renderer runs in a sandboxed page: no Node built-ins.',
  })),
];
const rendererPatterns = [
  {
    group: ['**/electron/**', '\\#electron/**'],
    message: 'renderer/ never imports electron/ (docs/architecture.md, "Layers").',
  },
];
const liveQueryPath = {
  name: 'dexie-react-hooks',
  message:
    'Use renderer/src/db/useLiveQuery.ts: it renews live queries a write has not touched for a while (Dexie keeps every write’s keys until a query runs again).',
};

// Imports that climb more than two folders use an alias instead (#shared/, #renderer/, …).
// (In the group globs below, '\\#' escapes the '#' that gitignore syntax reads as a comment.)
const shallowImports = {
  regex: '^(\\.\\./){3,}',
  message: 'Import across areas with an alias (#shared/, #renderer/, #electron/, #fixtures/).',
};

const layer = (files, paths, patterns) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { paths, patterns: [...patterns, shallowImports] }],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'release/',
      '.tsbuild/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench/results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  // shared/ is pure TypeScript used by both processes: no UI, no storage, no Electron, no Node.
  layer(
    ['shared/**/*.ts'],
    [
      ...['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand', 'electron'].map(
        (name) => ({
          name,
          message: 'shared/ is pure TypeScript (docs/architecture.md, "Layers").',
        }),
      ),
      ...nodeBuiltins.map((name) => ({
        name,
        message: 'shared/ runs in the page too: no Node built-ins.',
      })),
    ],
    [
      {
        group: [
          '**/electron/**',
          '**/renderer/**',
          '\\#electron/**',
          '\\#renderer/**',
          'react/*',
          'dexie/*',
        ],
        message: 'shared/ imports nothing from the processes that use it.',
      },
    ],
  ),
  // The renderer is a web page: it never imports main-process code, Electron or Node.
  layer(['renderer/**/*.{ts,tsx}'], [...rendererPaths, liveQueryPath], rendererPatterns),
  // …and subscribes to the database only through db/useLiveQuery.ts, which wraps dexie-react-hooks.
  layer(['renderer/src/db/useLiveQuery.ts'], rendererPaths, rendererPatterns),
  // Feature boundaries: a feature reaches another only through its index.ts, the layers below
  // the features (commands/, db/, ui/, platform/) import none, and nothing but app/ and main.tsx
  // imports app/, which composes the features. Only commands write to the database.
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'parley-boundaries': parleyBoundaries },
    rules: {
      'parley-boundaries/feature-boundaries': 'error',
      'parley-boundaries/only-commands-write': 'error',
    },
  },
  {
    // Commands write (through the TxWriter, or in bulk for an import, which is a command too);
    // db/ declares the tables and owns the live-query plumbing.
    files: [
      'renderer/src/commands/**/*.ts',
      'renderer/src/features/*/commands/**/*.ts',
      'renderer/src/db/**/*.ts',
    ],
    rules: { 'parley-boundaries/only-commands-write': 'off' },
  },
  // Main never imports the page, and never touches ipcRenderer (only the preload does).
  layer(
    ['electron/main/**/*.ts'],
    [
      {
        name: 'electron',
        importNames: ['ipcRenderer', 'contextBridge'],
        message: 'Only electron/preload talks to ipcRenderer.',
      },
    ],
    [
      {
        group: ['**/renderer/**', '\\#renderer/**'],
        message: 'electron/ never imports renderer/ (docs/architecture.md, "Layers").',
      },
    ],
  ),
  // The room server runs in Electron's main process and in browser mode's Node server alike
  // (docs/room.md), so it may use Node but never Electron, and never the page.
  layer(
    ['electron/room/**/*.ts'],
    [{ name: 'electron', message: 'electron/room/ is plain Node: browser mode hosts it too.' }],
    [
      {
        group: ['**/renderer/**', '\\#renderer/**', '**/main/**', '\\#electron/main/**'],
        message: 'electron/room/ stands alone: main hosts it, not the other way round.',
      },
    ],
  ),
  // Electron misconfiguration (security checklist), checked statically in CI.
  {
    files: ['electron/**/*.ts'],
    plugins: { 'parley-electron': parleyElectron },
    rules: {
      'parley-electron/insecure-web-preferences': 'error',
      'parley-electron/no-direct-browser-window': 'error',
      'parley-electron/no-unvetted-open-external': [
        'error',
        { allowIn: ['electron/main/externalLinks.ts'] },
      ],
    },
  },
  layer(
    ['electron/preload/**/*.ts'],
    nodeBuiltins.map((name) => ({
      name,
      message: 'The preload runs sandboxed: only electron and bundled code.',
    })),
    [
      {
        group: ['**/renderer/**', '\\#renderer/**'],
        message: 'electron/ never imports renderer/ (docs/architecture.md, "Layers").',
      },
    ],
  ),
  // Tests, scripts and benchmarks: only the import-depth rule.
  layer(['tests/**/*.{ts,tsx}', 'scripts/**/*.mjs', 'bench/**/*.mjs'], [], []),
);
