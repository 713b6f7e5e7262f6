import { describe, expect, it, vi } from 'vitest';

import {
  denyAllPermissions,
  guardNavigation,
  isOwnUrl,
  isVettedExternalUrl,
  type GuardableContents,
} from '#electron/main/navigationGuard';

function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents: GuardableContents = {
    on: (event, listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
  };
  const navigate = (event: 'will-navigate' | 'will-redirect', url: string) => {
    const preventDefault = vi.fn();
    listeners.get(event)!({ preventDefault }, url);
    return preventDefault.mock.calls.length > 0;
  };
  return { contents, navigate, open: (url: string) => openHandler!({ url }) };
}

describe('navigation guard', () => {
  it('knows our own origin', () => {
    expect(isOwnUrl('app://parley/index.html#/session/x')).toBe(true);
    expect(isOwnUrl('app://parley.evil.com/')).toBe(false);
    expect(isOwnUrl('https://parley/')).toBe(false);
    expect(isOwnUrl('file:///etc/passwd')).toBe(false);
  });

  it('lets the page move between our own routes and blocks everything else', () => {
    const { contents, navigate } = fakeContents();
    const openExternal = vi.fn();
    guardNavigation(contents, openExternal);
    expect(navigate('will-navigate', 'app://parley/index.html#/session/1')).toBe(false);
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies every window.open and hands only vetted https links to the system browser', () => {
    const { contents, open } = fakeContents();
    const openExternal = vi.fn();
    guardNavigation(contents, openExternal);
    expect(open('app://parley/index.html')).toEqual({ action: 'deny' });
    expect(open('https://github.com/parley/parley')).toEqual({ action: 'deny' });
    expect(open('http://github.com/')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://github.com/parley/parley']]);
  });

  it('vets external links: https and an allow-listed host only', () => {
    expect(isVettedExternalUrl('https://github.com/x')).toBe(true);
    expect(isVettedExternalUrl('https://github.com.evil.io/')).toBe(false);
    expect(isVettedExternalUrl('smb://github.com/share')).toBe(false);
  });

  it('refuses every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: ((c: unknown, p: string) => boolean) | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (h) => (request = h),
      setPermissionCheckHandler: (h) => (check = h),
    });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      request!(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check!(null, permission)).toBe(false);
    }
  });
});
