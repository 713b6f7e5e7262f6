import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { makeSenderCheck } from '#electron/main/ipc/registerHandlers';
import { isOwnUrl } from '#electron/main/navigationGuard';
import * as windowOptions from '#electron/main/windowOptions';
import { CONTENT_SECURITY_POLICY } from '#shared/security/csp';

// Electron's security checklist (electronjs.org/docs/latest/tutorial/security), item by item.
// Behaviour is tested in the module tests named beside each item; this file pins what those
// tests cannot see: that the composition root wires every guard in, and that no file opts out.

function sources(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(path)) files.set(path, readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

const main = sources('electron');
const composition = readFileSync('electron/main/index.ts', 'utf8');
const policy = new Map(
  CONTENT_SECURITY_POLICY.split(';')
    .map((d) => d.trim().split(/\s+/) as [string, ...string[]])
    .map(([k, ...v]) => [k, v]),
);

describe('Electron security checklist', () => {
  it('1 & 18. loads only our own content, over the app:// protocol — never file:// or http', () => {
    expect(composition).toMatch(/loadURL\(`\$\{APP_ORIGIN\}\/index\.html`\)/);
    for (const [file, text] of main) {
      expect(text, file).not.toMatch(/loadFile\(|['"`]file:\/\/|loadURL\(['"`]https?:/);
    }
  });

  it('2–4, 6, 8–10. every window factory yields isolated, sandboxed, Node-free preferences', () => {
    const factories = Object.entries(windowOptions).filter(
      ([name, fn]) => name.endsWith('WindowOptions') && typeof fn === 'function',
    );
    expect(factories.length).toBeGreaterThan(0);
    // The print window loads no preload at all (it runs no script), so preload is compared apart.
    const { preload: _preload, ...secure } = windowOptions.secureWebPreferences('/p.cjs');
    for (const [name, factory] of factories) {
      const options = (
        factory as (preload: string, bounds: null) => { webPreferences?: { preload?: string } }
      )('/p.cjs', null);
      expect(options.webPreferences, name).toMatchObject(secure);
      expect([undefined, '/p.cjs'], name).toContain(options.webPreferences?.preload);
      expect(options.webPreferences, name).not.toHaveProperty('enableBlinkFeatures');
    }
  });

  it('5. denies permission requests on the session the windows use', () => {
    expect(composition).toMatch(/denyAllPermissions\(session\.defaultSession\)/);
  });

  it('7. defines a strict CSP: scripts only from our origin, no inline code or eval, no plugins, frames or base rewriting', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    // Browser mode gets the same policy as a meta tag, written by the build.
    expect(readFileSync('renderer/index.html', 'utf8')).toContain(
      '<meta http-equiv="Content-Security-Policy" content="%PARLEY_CSP%" />',
    );
  });

  it('11–14. hardens every web contents: navigation, window.open and <webview> (webContentsGuard)', () => {
    expect(composition).toMatch(
      /app\.on\('web-contents-created', \(_event, contents\) =>\s*hardenWebContents\(contents,/,
    );
  });

  it('15. hands links to the OS only through openVettedExternal', () => {
    expect(composition).toMatch(/openVettedExternal\(shell, url\)/);
    for (const [file, text] of main)
      if (!file.endsWith('externalLinks.ts')) expect(text, file).not.toMatch(/\.openExternal\(/);
  });

  it('16. runs a current Electron, pinned exactly', () => {
    const version = (
      JSON.parse(readFileSync('package.json', 'utf8')) as {
        devDependencies: Record<string, string>;
      }
    ).devDependencies.electron!;
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(39);
  });

  it('17. validates the sender of every IPC message: our windows, our origin, its channels', () => {
    const check = makeSenderCheck(
      () =>
        new Map([
          [1, 'facilitator'],
          [3, 'room'],
        ] as const),
      isOwnUrl,
    );
    const page = { url: 'app://parley/index.html' };
    expect(check({ sender: { id: 1 }, senderFrame: page }, 'saveFile')).toBe(true);
    expect(check({ sender: { id: 2 }, senderFrame: page }, 'saveFile')).toBe(false);
    expect(check({ sender: { id: 3 }, senderFrame: page }, 'saveFile')).toBe(false);
    expect(check({ sender: { id: 3 }, senderFrame: page }, 'closePresenter')).toBe(true);
    expect(
      check({ sender: { id: 1 }, senderFrame: { url: 'https://evil.example/' } }, 'saveFile'),
    ).toBe(false);
    expect(check({ sender: { id: 1 }, senderFrame: null }, 'saveFile')).toBe(false);
    expect(composition).toMatch(/registerIpcHandlers\(\s*ipcMain,/);
    // No handler bypasses the wrapper (which itself calls the injected ipcMain.handle).
    for (const [file, text] of main)
      if (!file.endsWith('registerHandlers.ts'))
        expect(text, file).not.toMatch(/ipcMain\.(handle|on|once)\(/);
  });

  it('19. the page never receives ipcRenderer or Node: the preload exposes only the typed bridge', () => {
    const preload = readFileSync('electron/preload/index.ts', 'utf8');
    expect(preload).toMatch(
      /contextBridge\.exposeInMainWorld\('parley', buildBridge\(ipcRenderer, MENU_COMMAND_CHANNEL\)\)/,
    );
    expect(preload.match(/exposeInMainWorld/g)).toHaveLength(1);
  });

  it('20. fuses are flipped at packaging (see fuses.test.ts and the packaging smoke test)', () => {
    expect(readFileSync('electron-builder.yml', 'utf8')).toMatch(
      /^electronFuses:\n(\s+\w+: (true|false)\n)+/m,
    );
  });
});
