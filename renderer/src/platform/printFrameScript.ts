// The print frame's whole script (printSandbox.ts): built as a classic script of its own, with no
// app and no database. It runs in a sandboxed frame, an origin of its own.
import { showExportIn } from './printHtml';
import { isPrintFrameMessage, type PrintFrameMessage } from './printSandboxMessages';

/** Asks the board for the export, shows it as text, prints it, and says when the dialog closed. */
export function runPrintFrame(win: Window): void {
  const board = win.parent;
  const tell = (message: PrintFrameMessage) => board.postMessage(message, '*');
  win.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.source !== board || !isPrintFrameMessage(event.data)) return;
    if (event.data.type !== 'job' || typeof event.data.html !== 'string') return;
    showExportIn(win, win.document, event.data.html);
    win.addEventListener('afterprint', () => tell({ type: 'printed' }), { once: true });
    // Said before print(): the dialog may hold this frame's thread until it closes.
    tell({ type: 'printing' });
    win.print();
  });
  tell({ type: 'ready' });
}

if (typeof window !== 'undefined' && window.parent !== window) runPrintFrame(window);
