import { describe, expect, it, vi } from 'vitest';

import { openVettedExternal } from '#electron/main/externalLinks';
import { hardenWebContents, type HardenableContents } from '#electron/main/webContentsGuard';

function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (event: string, listener: (event: { preventDefault(): void }, url?: string) => void) =>
      listeners.set(event, listener),
    setWindowOpenHandler: (
      handler: (details: { url: string }) => { action: 'deny' } | { action: 'allow' },
    ) => {
      openHandler = handler;
    },
  } as unknown as HardenableContents;
  const fire = (event: string, url?: string) => {
    const preventDefault = vi.fn();
    listeners.get(event)!({ preventDefault }, url);
    return preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => openHandler!({ url }) };
}

describe('every web contents the app creates', () => {
  it('refuses to attach a <webview>', () => {
    const { contents, fire } = fakeContents();
    hardenWebContents(contents, vi.fn());
    expect(fire('will-attach-webview')).toBe(true);
  });

  it('is kept on our origin and may not open windows', () => {
    const { contents, fire, open } = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(contents, openExternal);
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-navigate', 'app://parley/index.html#/')).toBe(false);
    expect(open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('opening links in the system browser', () => {
  it.each(['https://github.com/parley/parley', 'https://docs.parley.app/restore'])(
    'opens the vetted link %s',
    (url) => {
      const shell = { openExternal: vi.fn(async () => undefined) };
      expect(openVettedExternal(shell, url)).toBe(true);
      expect(shell.openExternal).toHaveBeenCalledWith(url);
    },
  );

  it.each([
    'http://github.com/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://github.com/share',
    'https://github.com.evil.io/',
    'ms-settings:',
    'not a url',
  ])('refuses %s without touching the shell', (url) => {
    const shell = { openExternal: vi.fn(async () => undefined) };
    expect(openVettedExternal(shell, url)).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });
});
