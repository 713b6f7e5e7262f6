import { randomUUID } from 'node:crypto';

import { fail, ok } from '#shared/ipc/result';

import { writeFileAtomically, type AtomicWriteFs } from '../atomicWrite';
import type { SaveDialog } from '../ipc/fileHandlers';
import type { IpcHandlers } from '../ipc/registerHandlers';

/** The part of a hidden BrowserWindow's webContents the handler needs; tests pass a fake. */
export interface PrintSurface {
  /** Loads the document and resolves when it has finished loading. */
  load(html: string): Promise<void>;
  printToPDF(options: PrintToPdfOptions): Promise<Uint8Array>;
  /** Always called, on success, failure and timeout alike, so no hidden window leaks. */
  dispose(): void;
}

export interface PrintToPdfOptions {
  pageSize: 'A4';
  printBackground: boolean;
  /** The document's own @page rules (margins, page numbers) win over Electron's defaults. */
  preferCSSPageSize: boolean;
}

export const PRINT_TIMEOUT_MS = 30_000;

class PrintTimeout extends Error {}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PrintTimeout()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * PDF export in the native shell: print the export's HTML in a hidden, script-less window, then
 * ask where to save and write atomically. Printing first means a slow or failed print never
 * leaves the user staring at a save dialog for a file that will not come.
 */
export function createPrintToPdfHandler(
  createSurface: () => PrintSurface,
  dialog: SaveDialog,
  fs: AtomicWriteFs,
  timeoutMs = PRINT_TIMEOUT_MS,
): IpcHandlers['printToPdf'] {
  return async (request) => {
    let pdf: Uint8Array;
    const surface = createSurface();
    try {
      pdf = await withTimeout(
        surface
          .load(request.html)
          .then(() =>
            surface.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }),
          ),
        timeoutMs,
      );
    } catch (error) {
      if (error instanceof PrintTimeout) {
        return fail(
          'failed',
          `The PDF was not ready after ${Math.round(timeoutMs / 1000)} seconds, so nothing was saved. Try again, or export Word instead.`,
        );
      }
      return fail(
        'failed',
        `The PDF could not be made (${error instanceof Error ? error.message : String(error)}). Nothing was saved; try Word or HTML instead.`,
      );
    } finally {
      surface.dispose();
    }
    const target = await dialog.chooseSavePath(request.suggestedName);
    if (!target) return ok({ saved: false, location: null });
    try {
      await writeFileAtomically(fs, target, pdf, randomUUID());
    } catch {
      return fail(
        'failed',
        'The PDF was not saved: the file could not be written there. Nothing was overwritten; choose another place.',
      );
    }
    return ok({ saved: true, location: target });
  };
}
