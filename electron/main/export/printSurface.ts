import { join } from 'node:path';
import type { PrintSurface, PrintToPdfOptions } from './printToPdf';

/** The slice of Electron's BrowserWindow the print surface uses (tests pass a fake). */
export interface HiddenWindow {
  webContents: { loadFile(path: string): Promise<void>; printToPDF(options: PrintToPdfOptions): Promise<Uint8Array> };
  isDestroyed(): boolean;
  destroy(): void;
}

export interface TempFiles {
  writeFile(path: string, data: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
}

/**
 * Builds print surfaces from hidden windows. The HTML goes through a temporary file rather than a
 * data: URL, which Chromium caps at 2 MB — an away-day pack is bigger. The window has JavaScript
 * off: the export holds no script and must never run any.
 */
export function createPrintSurfaceFactory(newWindow: () => HiddenWindow, tempDir: () => string, fs: TempFiles, nonce: () => string): () => PrintSurface {
  return () => {
    const win = newWindow();
    const file = join(tempDir(), `parley-print-${nonce()}.html`);
    return {
      async load(html) {
        await fs.writeFile(file, html);
        await win.webContents.loadFile(file);
      },
      printToPDF: (options) => win.webContents.printToPDF(options),
      dispose() {
        if (!win.isDestroyed()) win.destroy();
        void fs.rm(file, { force: true }).catch(() => undefined);
      },
    };
  };
}

/** Options for the hidden print window: never shown, no script, no Node, sandboxed. */
export const PRINT_WINDOW_OPTIONS = {
  show: false,
  width: 794,
  height: 1123,
  webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, images: true, offscreen: false },
} as const;
