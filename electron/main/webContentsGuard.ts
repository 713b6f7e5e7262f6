import { guardNavigation, type GuardableContents } from './navigationGuard';

export interface HardenableContents extends GuardableContents {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: { preventDefault(): void }, url: string) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
}

/**
 * Applied to every web contents the app creates (app 'web-contents-created'): navigation and
 * window.open guarded, and <webview> refused outright — Parley has none, so one appearing means
 * injected markup (Electron checklist: verify webview options before creation).
 */
export function hardenWebContents(
  contents: HardenableContents,
  openExternal: (url: string) => void,
): void {
  guardNavigation(contents, openExternal);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
