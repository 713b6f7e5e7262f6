import { APP_ORIGIN } from '#shared/security/csp';

import type { PrintSurface, PrintToPdfOptions } from './printToPdf';

/** The slice of Electron's BrowserWindow the print surface uses (tests pass a fake). */
export interface HiddenWindow {
  webContents: {
    loadURL(url: string): Promise<void>;
    printToPDF(options: PrintToPdfOptions): Promise<Uint8Array>;
  };
  isDestroyed(): boolean;
  destroy(): void;
}

/**
 * Documents waiting to be printed, served by the app:// protocol at /__print/<nonce>.html.
 * They go through our own protocol rather than a file:// URL (Electron checklist item 18) or a
 * data: URL, which Chromium caps at 2 MB — an away-day pack is bigger.
 */
export class PrintDocuments {
  private readonly documents = new Map<string, string>();

  static readonly PATH = /^\/__print\/([\w-]{1,64})\.html$/;

  put(nonce: string, html: string): string {
    this.documents.set(nonce, html);
    return `${APP_ORIGIN}/__print/${nonce}.html`;
  }

  /** The document for an app:// path, if it is a print path we are holding. */
  lookup(pathname: string): string | undefined {
    const nonce = PrintDocuments.PATH.exec(pathname)?.[1];
    return nonce === undefined ? undefined : this.documents.get(nonce);
  }

  delete(nonce: string): void {
    this.documents.delete(nonce);
  }
}

/**
 * Builds print surfaces from hidden windows. The window has JavaScript off and the document is
 * served with a policy that forbids every script: the export holds none and must never run any.
 */
export function createPrintSurfaceFactory(
  newWindow: () => HiddenWindow,
  documents: PrintDocuments,
  nonce: () => string,
): () => PrintSurface {
  return () => {
    const win = newWindow();
    const id = nonce();
    return {
      async load(html) {
        await win.webContents.loadURL(documents.put(id, html));
      },
      printToPDF: (options) => win.webContents.printToPDF(options),
      dispose() {
        if (!win.isDestroyed()) win.destroy();
        documents.delete(id);
      },
    };
  };
}
