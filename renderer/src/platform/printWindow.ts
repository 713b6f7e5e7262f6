import type { SaveFileResponse } from '#shared/ipc/contract';
import { ok, type IpcResult } from '#shared/ipc/result';

import { printHtmlInFrame, showExportIn } from './printHtml';

/**
 * Browser mode's PDF, printed from a window of its own (docs/exports.md, "PDF"). Laying a
 * 2,000-card write-up out for print takes the main thread for a second or more; opened without an
 * opener, the print window is a page of its own, with its own main thread, so the facilitator's
 * board never freezes. The export travels on a BroadcastChannel: the print window asks for its
 * job when it has loaded, gets the HTML, shows it, prints and closes.
 */
export const PRINT_CHANNEL = 'parley-print';
export const PRINT_ROUTE_PREFIX = '#/print/';
/** How long the board waits for the print window before printing from a frame instead. */
export const PRINT_WINDOW_WAIT_MS = 10_000;

type PrintMessage =
  | { type: 'ready'; job: string }
  | { type: 'job'; job: string; html: string }
  | { type: 'gone'; job: string };

function isPrintMessage(data: unknown): data is PrintMessage {
  return (
    typeof data === 'object' && data !== null && typeof (data as PrintMessage).job === 'string'
  );
}

/**
 * The facilitator's side: opens the print window and hands it the export once it asks. Resolves
 * at once; the print dialog opens in the print window.
 */
export async function printHtmlInWindow(
  doc: Document,
  html: string,
): Promise<IpcResult<SaveFileResponse>> {
  const win = doc.defaultView;
  if (!win || typeof BroadcastChannel === 'undefined') return printHtmlInFrame(doc, html);
  const job = crypto.randomUUID();
  const channel = new BroadcastChannel(PRINT_CHANNEL);
  let handedOver = false;
  // A blocked pop-up or a window that never loads: print from a frame after all, and tell a late
  // print window that its job is gone, so the export is never printed twice.
  const fallback = win.setTimeout(() => {
    if (handedOver) return;
    handedOver = true;
    void printHtmlInFrame(doc, html);
  }, PRINT_WINDOW_WAIT_MS);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (!isPrintMessage(message) || message.type !== 'ready' || message.job !== job) return;
    win.clearTimeout(fallback);
    channel.postMessage(
      handedOver ? { type: 'gone', job } : ({ type: 'job', job, html } satisfies PrintMessage),
    );
    handedOver = true;
    channel.close();
  };
  const url = new URL(win.location.href);
  url.hash = `${PRINT_ROUTE_PREFIX}${job}`;
  // No opener: the browser gives the window a page (and main thread) of its own. Opening a window
  // holds the page while the browser makes it (tens of ms on a busy machine), so it gets a task of
  // its own rather than adding to the one that draws the notice.
  win.setTimeout(() => win.open(url.href, '_blank', 'noopener'), 0);
  return ok({ saved: true, location: null });
}

/** The job a print window was opened for, from its address; null for any other window. */
export function printJobOf(hash: string): string | null {
  if (!hash.startsWith(PRINT_ROUTE_PREFIX)) return null;
  const job = hash.slice(PRINT_ROUTE_PREFIX.length);
  return /^[\w-]{1,64}$/.test(job) ? job : null;
}

/** The print window's side: asks for its job, shows the export, prints it and closes. */
export function runPrintJob(win: Window, job: string): void {
  const channel = new BroadcastChannel(PRINT_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (!isPrintMessage(message) || message.job !== job || message.type === 'ready') return;
    channel.close();
    if (message.type === 'gone') {
      win.close();
      return;
    }
    // The app's own stylesheets would lay the page out as a screen; the export brings its own.
    for (const sheet of win.document.querySelectorAll('link[rel="stylesheet"], style'))
      sheet.remove();
    showExportIn(win, win.document, message.html);
    win.addEventListener('afterprint', () => win.close(), { once: true });
    win.print();
  };
  channel.postMessage({ type: 'ready', job } satisfies PrintMessage);
}
