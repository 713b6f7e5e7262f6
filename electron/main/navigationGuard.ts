import { APP_HOST, APP_SCHEME } from '#shared/security/csp';

/**
 * Our own pages: the app:// origin only. Everything else is somebody else's code.
 * (Scheme and host are compared rather than URL.origin, which is "null" for a custom scheme
 * until Electron registers it as standard.)
 */
export function isOwnUrl(rawUrl: string): boolean {
  try {
    const url = new URL(rawUrl);
    return (
      url.protocol === `${APP_SCHEME}:` &&
      url.host === APP_HOST &&
      url.username === '' &&
      url.password === ''
    );
  } catch {
    return false;
  }
}

/** Links we are willing to hand to the system browser (Electron checklist: vet openExternal). */
const EXTERNAL_ALLOW_LIST = ['github.com', 'parley.app'];

export function isVettedExternalUrl(rawUrl: string): boolean {
  try {
    const url = new URL(rawUrl);
    return (
      url.protocol === 'https:' &&
      EXTERNAL_ALLOW_LIST.some((host) => url.hostname === host || url.hostname.endsWith(`.${host}`))
    );
  } catch {
    return false;
  }
}

interface NavigationEvent {
  preventDefault(): void;
}

export interface GuardableContents {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: NavigationEvent, url: string) => void,
  ): unknown;
  setWindowOpenHandler(
    handler: (details: { url: string }) => { action: 'deny' } | { action: 'allow' },
  ): void;
}

/**
 * Denies navigation away from our origin and every window.open: the presenter window is opened
 * by main through IPC, never by the page, so the page has no reason to open windows itself.
 * A vetted https link is handed to the system browser instead.
 */
export function guardNavigation(
  contents: GuardableContents,
  openExternal: (url: string) => void,
): void {
  const block = (event: NavigationEvent, url: string) => {
    if (isOwnUrl(url)) return;
    event.preventDefault();
    if (isVettedExternalUrl(url)) openExternal(url);
  };
  contents.on('will-navigate', block);
  contents.on('will-redirect', block);
  contents.setWindowOpenHandler(({ url }) => {
    if (isVettedExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}

export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
}

/** Parley needs no camera, microphone, location or notifications: every request is refused. */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
