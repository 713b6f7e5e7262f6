import type { ParleyBridge } from '#shared/ipc/contract';
import { ok } from '#shared/ipc/result';

import { createBrowserPresenter } from './browserPresenter';
import { createBrowserRoom } from './browserRoom';
import { printHtmlInSandbox } from './printSandbox';

/**
 * The same API as the Electron preload, for browser mode (docs/architecture.md, "Browser mode"): a
 * download instead of a save dialog. Features call `parley.saveFile` and never ask which shell they
 * are in.
 */
export function createBrowserBridge(doc: Document = document): ParleyBridge {
  return {
    async getAppInfo() {
      return ok({
        name: 'Parley',
        version: import.meta.env.PACKAGE_VERSION ?? '0.0.0',
        shell: 'browser',
        platform: navigator.platform || 'web',
        dataLocation: `this browser's storage for ${location.origin}`,
      });
    },
    async saveFile(request) {
      const blob = new Blob([request.data as BlobPart], { type: request.mimeType });
      const url = URL.createObjectURL(blob);
      const link = doc.createElement('a');
      link.href = url;
      link.download = request.suggestedName;
      link.rel = 'noopener';
      doc.body.append(link);
      link.click();
      link.remove();
      // Revoke later: revoking at once can cancel the download in some browsers.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return ok({ saved: true, location: null });
    },
    ...createBrowserPresenter(doc.defaultView ?? window),
    // Browser mode keeps its snapshots in IndexedDB only: a page cannot write to a folder unasked.
    async writeSnapshotFile() {
      return ok({ written: false, location: null });
    },
    // Printing to PDF in a page is the browser's own print dialog, run in a sandboxed frame (a
    // process of its own) so that laying the export out never holds the board (printSandbox.ts).
    printToPdf: (request) => printHtmlInSandbox(doc, request.html),
    onMenuCommand() {
      return () => undefined;
    },
    ...createBrowserRoom(doc),
  };
}
