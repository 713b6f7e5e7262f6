// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

import {
  PRINT_ROUTE_PREFIX,
  PRINT_WINDOW_WAIT_MS,
  printHtmlInWindow,
  printJobOf,
  runPrintJob,
} from '#renderer/platform/printWindow';

const EXPORT =
  '<html><head><title>Group B</title><style>h1{color:red}</style></head><body><h1>Group B</h1><p>&lt;script&gt;</p></body></html>';

/** The print window's side, in a document of its own; says when it has printed or closed. */
function printWindowFor(url: string) {
  const doc = document.implementation.createHTMLDocument('print');
  const events = { printed: 0, closed: 0 };
  const win = {
    document: doc,
    CSSStyleSheet,
    print: vi.fn(() => void events.printed++),
    close: vi.fn(() => void events.closed++),
    addEventListener: vi.fn(),
  } as unknown as Window;
  const job = printJobOf(new URL(url).hash);
  if (job) runPrintJob(win, job);
  return { doc, events };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
};

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('browser-mode PDF from a window of its own', () => {
  it('reads the job only from a print address', () => {
    expect(printJobOf(`${PRINT_ROUTE_PREFIX}0b7c-11`)).toBe('0b7c-11');
    expect(printJobOf('#/session/s-1')).toBeNull();
    expect(printJobOf(`${PRINT_ROUTE_PREFIX}<script>`)).toBeNull();
  });

  it('opens a window without an opener and hands it the export, which it shows as text and prints', async () => {
    const opened: string[] = [];
    vi.spyOn(window, 'open').mockImplementation((url, _target, features) => {
      expect(features).toBe('noopener');
      opened.push(String(url));
      return null;
    });
    expect(await printHtmlInWindow(document, EXPORT)).toEqual({
      ok: true,
      value: { saved: true, location: null },
    });
    await until(() => opened.length > 0);
    expect(opened).toHaveLength(1);
    const { doc, events } = printWindowFor(opened[0]!);
    await until(() => events.printed > 0);
    expect(events.printed).toBe(1);
    expect(doc.title).toBe('Group B');
    expect(doc.querySelector('h1')?.textContent).toBe('Group B');
    expect(doc.body.textContent).toContain('<script>');
    expect(doc.querySelector('script')).toBeNull();
    // Nothing printed from the board's own page.
    expect(document.querySelector('iframe')).toBeNull();
  });

  it('prints from a frame when no print window answers, and a late one is told its job is gone', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const opened: string[] = [];
    vi.spyOn(window, 'open').mockImplementation((url) => (opened.push(String(url)), null));
    const print = vi.fn();
    vi.spyOn(HTMLIFrameElement.prototype, 'contentWindow', 'get').mockReturnValue({
      focus: vi.fn(),
      print,
      CSSStyleSheet,
    } as unknown as Window);
    await printHtmlInWindow(document, EXPORT);
    vi.advanceTimersByTime(PRINT_WINDOW_WAIT_MS);
    expect(opened).toHaveLength(1);
    expect(print).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
    const { events } = printWindowFor(opened[0]!);
    await until(() => events.closed > 0);
    expect(events).toEqual({ printed: 0, closed: 1 });
  });
});
