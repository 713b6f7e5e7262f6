import { describe, expect, it } from 'vitest';

import {
  facilitatorWindowOptions,
  printWindowOptions,
  secureWebPreferences,
} from '#electron/main/windowOptions';

describe('window options', () => {
  it('isolate, sandbox and keep Node out of every page', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('open the facilitator window hardened, at the remembered place when there is one', () => {
    const fresh = facilitatorWindowOptions('/p.cjs', null);
    expect(fresh.webPreferences?.sandbox).toBe(true);
    expect(fresh).not.toHaveProperty('x');
    const remembered = facilitatorWindowOptions('/p.cjs', {
      x: 40,
      y: 50,
      width: 1200,
      height: 800,
      maximized: false,
    });
    expect(remembered).toMatchObject({ x: 40, y: 50, width: 1200, height: 800 });
    expect(remembered.webPreferences?.contextIsolation).toBe(true);
  });
});

describe('the print window', () => {
  it('is hidden, isolated, sandboxed and runs no script', () => {
    const options = printWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(options.webPreferences).not.toHaveProperty('preload');
  });
});
