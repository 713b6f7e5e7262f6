import type { SaveFileResponse } from '#shared/ipc/contract';
import { fail, ok, type IpcResult } from '#shared/ipc/result';

export const PRINT_FRAME_TITLE = 'Print preview of the export';

/**
 * Puts the export into `target`, a same-origin document. The page's CSP forbids inline <style>,
 * so the export's stylesheet is adopted as a constructed stylesheet; its markup comes from our
 * escaping HTML renderer, never raw user text.
 */
export function showExportIn(win: Window, target: Document, html: string): void {
  // The stylesheet is taken out before parsing: a <style> in a parsed document would be refused by
  // the page's CSP (and logged as a violation). Our renderer escapes every "<" of user text, so the
  // one <style> element of the export is the only match.
  const STYLE = /<style>([\s\S]*?)<\/style>/;
  const css = STYLE.exec(html)?.[1] ?? '';
  const parsed = new DOMParser().parseFromString(html.replace(STYLE, ''), 'text/html');
  target.title = parsed.title;
  target.body.replaceChildren(
    ...[...parsed.body.childNodes].map((n) => target.importNode(n, true)),
  );
  try {
    const sheet = new (win as unknown as typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(css);
    target.adoptedStyleSheets = [sheet];
  } catch {
    // Without the stylesheet the print is plain but complete; better than no PDF at all.
  }
}

/**
 * A hidden frame to print from, in place of any left from the last print (one print at a time).
 * Not yet in the page: a caller sets it up first.
 */
export function newPrintFrame(doc: Document): HTMLIFrameElement {
  doc.querySelector(`iframe[title="${PRINT_FRAME_TITLE}"]`)?.remove();
  const frame = doc.createElement('iframe');
  frame.title = PRINT_FRAME_TITLE;
  frame.className = 'export-print-frame';
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  return frame;
}

/**
 * Browser mode's PDF where the sandboxed print frame did not answer: the browser's own print
 * pipeline (Print → Save as PDF) from a hidden same-origin frame, so the app's page is not what
 * gets printed. Laying a long export out for print holds this page meanwhile (printSandbox.ts
 * avoids it).
 */
export async function printHtmlInFrame(
  doc: Document,
  html: string,
): Promise<IpcResult<SaveFileResponse>> {
  const frame = newPrintFrame(doc);
  doc.body.append(frame);
  const win = frame.contentWindow;
  const target = frame.contentDocument;
  if (!win || !target) {
    frame.remove();
    return fail(
      'unavailable',
      'This browser would not open a print view. Export HTML instead and print it from the browser.',
    );
  }
  showExportIn(win, target, html);
  win.focus();
  win.print();
  return ok({ saved: true, location: null });
}
