import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The static check for Electron misconfiguration: each snippet, linted as if it lived in
// electron/main, must be flagged by the named rule of tools/eslint-plugin-parley-electron.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleHits(code: string, filePath = 'electron/main/x.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .map((m) => m.ruleId ?? `fatal: ${m.message}`)
    .filter((id) => id.startsWith('parley-electron/') || id.startsWith('fatal'));
}

// Loading the whole config the first time takes seconds on a busy machine; do it once, untimed.
beforeAll(() => ruleHits(''), 60_000);

const prefs = (body: string) => `export const webPreferences = { ${body} };\n`;

describe('the Electron misconfiguration lint', () => {
  it.each([
    ['nodeIntegration: true'],
    ['nodeIntegrationInWorker: true'],
    ['nodeIntegrationInSubFrames: true'],
    ['contextIsolation: false'],
    ['sandbox: false'],
    ['webSecurity: false'],
    ['allowRunningInsecureContent: true'],
    ['experimentalFeatures: true'],
    ['webviewTag: true'],
    ["enableBlinkFeatures: 'CSSPseudoHas'"],
    ["'nodeIntegration': true"],
  ])('flags `%s`', async (body) => {
    expect(await ruleHits(prefs(body))).toEqual(['parley-electron/insecure-web-preferences']);
  });

  it('accepts the secure values', async () => {
    expect(
      await ruleHits(
        prefs(
          'nodeIntegration: false, contextIsolation: true, sandbox: true, webSecurity: true, allowRunningInsecureContent: false',
        ),
      ),
    ).toEqual([]);
  });

  it.each([
    [
      "import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ width: 800 });",
    ],
    [
      "import { BrowserWindow } from 'electron';\nconst options = { width: 800 };\nexport const w = new BrowserWindow(options);",
    ],
    ["import * as electron from 'electron';\nexport const w = new electron.BrowserWindow({});"],
    [
      "import { BrowserWindow } from 'electron';\nimport { makeOptions } from './somewhereElse';\nexport const w = new BrowserWindow(makeOptions());",
    ],
  ])('flags a BrowserWindow whose options do not come from the factory: %s', async (code) => {
    expect(await ruleHits(code)).toEqual(['parley-electron/no-direct-browser-window']);
  });

  it('accepts a BrowserWindow built from a windowOptions factory', async () => {
    const code =
      "import { BrowserWindow } from 'electron';\nimport { facilitatorWindowOptions } from './windowOptions';\nexport const w = new BrowserWindow(facilitatorWindowOptions('p', null));";
    expect(await ruleHits(code)).toEqual([]);
  });

  it.each([
    [
      "import { shell } from 'electron';\nexport const go = (url: string) => shell.openExternal(url);",
    ],
    [
      "import { shell } from 'electron';\nexport const go = (url: string) => shell['openExternal'](url);",
    ],
  ])('flags openExternal outside the guard: %s', async (code) => {
    expect(await ruleHits(code)).toEqual(['parley-electron/no-unvetted-open-external']);
  });

  it('allows openExternal inside the guard module', async () => {
    const code =
      'export const go = (shell: { openExternal(u: string): Promise<void> }, url: string) => shell.openExternal(url);';
    expect(await ruleHits(code, 'electron/main/externalLinks.ts')).toEqual([]);
  });

  it('passes the real main process and preload, which construct windows only through the factory', async () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.ts')) files.push(path);
      }
    };
    walk('electron');
    // The check is not vacuous: main really does construct a BrowserWindow somewhere.
    expect(files.some((f) => /new BrowserWindow\(/.test(readFileSync(f, 'utf8')))).toBe(true);
    const results = await eslint.lintFiles(files);
    expect(
      results.flatMap((r) =>
        r.messages
          .filter((m) => m.ruleId?.startsWith('parley-electron/'))
          .map((m) => `${r.filePath}: ${m.message}`),
      ),
    ).toEqual([]);
  }, 30_000);
});
