import type { SaveFileResponse } from '#shared/ipc/contract';
import { ok, type IpcResult } from '#shared/ipc/result';

import printFrameScriptUrl from './printFrameScript.ts?worker&url';
import { newPrintFrame, printHtmlInFrame } from './printHtml';
import { isPrintFrameMessage, type PrintFrameMessage } from './printSandboxMessages';

/**
 * Browser mode's PDF, printed from a sandboxed frame (docs/exports.md, "PDF"). Laying a
 * 2,000-card write-up out for print takes a main thread for a second or more. A frame sandboxed
 * without `allow-same-origin` has an origin of its own, and Chromium runs it in a process of its
 * own: its layout and print never hold the board. (A window without an opener did the same, but
 * opening one holds the page 40–120 ms while the browser makes the window.) `allow-modals` is what
 * lets a sandboxed page print; it may run only our script (the page's CSP, which it inherits).
 */
export const PRINT_SANDBOX = 'allow-scripts allow-modals';
/**
 * How long the board waits for the print frame to start printing before printing from a
 * same-origin frame: a browser that will not run the frame's script, or a frame that could not
 * show the export.
 */
export const PRINT_FRAME_WAIT_MS = 10_000;

/** The print in progress: a new one replaces it (a facilitator who exports twice prints once). */
let endCurrent: (() => void) | null = null;

/**
 * Puts a sandboxed frame in the page that loads our print script; once the script says it is
 * ready, hands it the export, which it shows as text and prints (saying so first). Resolves at once; the print
 * dialog opens for the frame. The frame goes when the dialog closes or the next print starts.
 */
export async function printHtmlInSandbox(
  doc: Document,
  html: string,
  scriptUrl: string = printFrameScriptUrl,
): Promise<IpcResult<SaveFileResponse>> {
  const win = doc.defaultView;
  if (!win) return printHtmlInFrame(doc, html);
  endCurrent?.();
  const frame = newPrintFrame(doc);
  frame.setAttribute('sandbox', PRINT_SANDBOX);
  // The frame's address is about:srcdoc; the script's must be absolute (and the app's own).
  const src = new URL(scriptUrl, doc.baseURI).href;
  frame.srcdoc = `<!doctype html><meta charset="utf-8"><title>Print</title><script src="${src}"></script>`;

  let handedOver = false;
  let printing = false;
  const end = () => {
    win.removeEventListener('message', onMessage);
    win.clearTimeout(fallback);
    frame.remove();
    if (endCurrent === end) endCurrent = null;
  };
  // The frame never started printing: print from a same-origin frame after all.
  const fallback = win.setTimeout(() => {
    if (printing) return;
    end();
    void printHtmlInFrame(doc, html);
  }, PRINT_FRAME_WAIT_MS);
  const onMessage = (event: MessageEvent<unknown>) => {
    // Only our frame's page: its origin is opaque ("null"), so the source says who it is.
    if (event.source === null || event.source !== frame.contentWindow) return;
    if (!isPrintFrameMessage(event.data)) return;
    if (event.data.type === 'ready' && !handedOver) {
      handedOver = true;
      // "*": an opaque origin cannot be named. The frame is ours, sandboxed from navigating.
      frame.contentWindow?.postMessage({ type: 'job', html } satisfies PrintFrameMessage, '*');
    } else if (event.data.type === 'printing') {
      printing = true;
      win.clearTimeout(fallback);
    } else if (event.data.type === 'printed') end();
  };
  win.addEventListener('message', onMessage);
  endCurrent = end;
  doc.body.append(frame);
  return ok({ saved: true, location: null });
}
