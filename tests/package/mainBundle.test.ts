import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { CONTENT_SECURITY_POLICY } from '#shared/security/csp';

// The shell, started as far as this machine allows: the BUILT main bundle runs in Node with a
// stand-in `electron` module (support/electronStandIn.mjs) that records what main asks of it.
// This catches what type checks cannot — bundling, module format, paths, start-up order.
const MAIN = resolve('dist/electron/main.cjs');
const HARNESS = resolve('tests/package/support/electronStandIn.mjs');

interface Report {
  calls: { name: string; args: unknown[] }[];
  loads: { url: string; status: number; type: string; csp: string; body: string }[];
  page: { status: number; csp: string; body: string };
  room: unknown;
  roomSave: unknown;
  printed: unknown;
  ipc: string[];
}

async function start(packaged: boolean, env: Record<string, string> = {}): Promise<Report> {
  expect(existsSync(MAIN), 'run `npm run build` first').toBe(true);
  const userData = await mkdtemp(join(tmpdir(), 'parley-main-'));
  const out = execFileSync(process.execPath, [HARNESS, MAIN, userData, packaged ? '1' : '0'], {
    env: { ...process.env, PARLEY_DEV: '', PARLEY_USER_DATA: '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return JSON.parse(out) as Report;
}

const names = (r: Report) => r.calls.map((c) => c.name);

describe('the built main bundle, started with a stand-in electron', () => {
  it('registers app:// before ready, takes the single-instance lock, and opens a hardened window on app://parley/index.html', async () => {
    const report = await start(false);
    const order = names(report);
    const readyAt = order.indexOf('— ready —');
    expect(order.indexOf('protocol.registerSchemesAsPrivileged')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(readyAt);
    expect(order.indexOf('app.requestSingleInstanceLock')).toBeLessThan(readyAt);
    expect(report.calls[order.indexOf('protocol.registerSchemesAsPrivileged')]!.args).toEqual([
      [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }],
    ]);
    const [first] = report.calls.filter((c) => c.name === 'new BrowserWindow');
    const prefs = (first!.args[0] as { webPreferences: Record<string, unknown> }).webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(existsSync(String(prefs.preload)), 'the preload path points into dist/').toBe(true);
    expect(report.loads[0]!.url).toBe('app://parley/index.html');
  });

  it('serves the page, the room view and a print document from the built dist/ through its protocol handler', async () => {
    const report = await start(false);
    const index = readFileSync('dist/renderer/index.html', 'utf8');
    expect(report.page).toMatchObject({ status: 200, csp: CONTENT_SECURITY_POLICY, body: index });
    const room = report.loads.find((l) => l.url.includes('#/present/session-1'));
    expect(room).toMatchObject({ status: 200, body: index });
    const print = report.loads.find((l) => l.url.includes('/__print/'));
    expect(print).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(print!.body).toContain('Printed through app://');
    expect(print!.csp).toContain("default-src 'none'");
    expect(report.printed).toMatchObject({ ok: true, value: { saved: true } });
    // Every script the page names is in dist/ and served.
    for (const [, src] of index.matchAll(/src="\.?\/?([^"]+\.js)"/g))
      expect(existsSync(join('dist/renderer', src!)), src).toBe(true);
  });

  it('gives the room view only the channel it uses', async () => {
    const report = await start(false);
    expect(report.room).toMatchObject({ ok: true });
    expect(report.roomSave).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('re-opens the facilitator window on activate (macOS Dock click) after it was closed', async () => {
    const report = await start(false);
    expect(names(report)).toContain('app.on');
    expect(report.calls.some((c) => c.name === 'app.on' && c.args[0] === 'activate')).toBe(true);
    expect(report.loads.at(-1)!.url).toBe('app://parley/index.html');
    expect(report.calls.filter((c) => c.name === 'new BrowserWindow').length).toBe(4);
  });

  it('honours PARLEY_USER_DATA and PARLEY_DEV only when not packaged', async () => {
    const env = { PARLEY_USER_DATA: '/elsewhere', PARLEY_DEV: '1' };
    const devMenu = (r: Report) => JSON.stringify(r.calls).includes('toggleDevTools');
    const unpacked = await start(false, env);
    expect(unpacked.calls).toContainEqual({
      name: 'app.setPath',
      args: ['userData', '/elsewhere'],
    });
    expect(devMenu(unpacked)).toBe(true);
    const packaged = await start(true, env);
    expect(names(packaged)).not.toContain('app.setPath');
    expect(devMenu(packaged)).toBe(false);
  });
});
