import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from './windowState';

/**
 * Every window Parley opens is built here, so the security settings cannot be forgotten on a
 * new window (Electron security checklist items 2–4: isolation, sandbox, no Node in the page).
 */
export function secureWebPreferences(preloadPath: string | undefined): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
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

export function facilitatorWindowOptions(preloadPath: string, bounds: WindowBounds | null): BrowserWindowConstructorOptions {
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
