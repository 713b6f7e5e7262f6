import type { BrowserWindowConstructorOptions } from 'electron';

import type { Placement } from './presenterDisplay';
import type { WindowBounds } from './windowState';

/**
 * Every window Parley opens is built here, so the security settings cannot be forgotten on a
 * new window (Electron security checklist items 2–4: isolation, sandbox, no Node in the page).
 */
export function secureWebPreferences(
  preloadPath: string | undefined,
): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    ...(preloadPath ? { preload: preloadPath } : {}),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: true,
    // Both windows must read one IndexedDB; the default persistent partition is shared.
  };
}

export function facilitatorWindowOptions(
  preloadPath: string,
  bounds: WindowBounds | null,
): BrowserWindowConstructorOptions {
  return {
    title: 'Parley',
    width: bounds?.width ?? 1366,
    height: bounds?.height ?? 860,
    ...(bounds ? { x: bounds.x, y: bounds.y } : {}),
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#f6f4ef',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/**
 * The hidden window that prints exports to PDF: never shown, and with JavaScript off on top of
 * the usual isolation, since all it loads is a document built from user text.
 */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 794,
    height: 1123,
    webPreferences: { ...secureWebPreferences(undefined), javascript: false },
  };
}

/** The room view (electron/main/presenterWindow.ts), placed on the display chosen for it (or, with no placement, a 1280×720 window where the system puts it). */
export function presenterWindowOptions(
  preloadPath: string,
  placement: Placement | null,
): BrowserWindowConstructorOptions {
  return {
    title: 'Parley — room view',
    ...(placement ? { x: placement.x, y: placement.y } : {}),
    width: placement?.width ?? 1280,
    height: placement?.height ?? 720,
    // Full screen is entered after the window is placed on its display (see open): created
    // full screen, some platforms put it on the screen of the focused window instead.
    fullscreen: false,
    show: false,
    autoHideMenuBar: true,
    backgroundColor: '#0b1220',
    webPreferences: {
      ...secureWebPreferences(preloadPath),
      // The room view is never focused while the facilitator types; throttled, it would lag.
      backgroundThrottling: false,
    },
  };
}
