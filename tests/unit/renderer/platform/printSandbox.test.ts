// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

import { runPrintFrame } from '#renderer/platform/printFrameScript';
import { PRINT_FRAME_TITLE } from '#renderer/platform/printHtml';
import {
  PRINT_FRAME_WAIT_MS,
  PRINT_SANDBOX,
  printHtmlInSandbox,
} from '#renderer/platform/printSandbox';

const EXPORT =
  '<html><head><title>Group B</title><style>h1{color:red}</style></head><body><h1>Group B</h1><p>&lt;script&gt;</p></body></html>';
const SCRIPT = 'https://parley.test/assets/printFrameScript-x.js';

const printFrames = () =>
  [...document.querySelectorAll<HTMLIFrameElement>('iframe')].filter(
    (f) => f.title === PRINT_FRAME_TITLE,
  );

/** A message as the board hears it, from `source`. */
function hear(data: unknown, source: Window | null) {
  window.dispatchEvent(new MessageEvent('message', { data, source }));
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('browser-mode PDF from a sandboxed frame', () => {
  it('puts in a frame with an origin of its own that runs only the print script', async () => {
    expect(await printHtmlInSandbox(document, EXPORT, SCRIPT)).toEqual({
      ok: true,
      value: { saved: true, location: null },
    });
    const [frame] = printFrames();
    expect(frame?.getAttribute('sandbox')).toBe(PRINT_SANDBOX);
    expect(PRINT_SANDBOX.split(' ')).not.toContain('allow-same-origin');
    expect(frame?.getAttribute('srcdoc')).toContain(`<script src="${SCRIPT}"></script>`);
    // The export is handed over by message, never written into the frame's markup.
    expect(frame?.getAttribute('srcdoc')).not.toContain('Group B');
  });

  it('hands the export to its own frame once it is ready, and takes the frame away once printed', async () => {
    await printHtmlInSandbox(document, EXPORT, SCRIPT);
    const [frame] = printFrames();
    const post = vi.spyOn(frame!.contentWindow!, 'postMessage');
    hear({ type: 'ready' }, window);
    expect(post).not.toHaveBeenCalled();
    hear({ type: 'ready' }, frame!.contentWindow);
    expect(post).toHaveBeenCalledTimes(1);
    expect(post).toHaveBeenCalledWith({ type: 'job', html: EXPORT }, '*');
    hear({ type: 'ready' }, frame!.contentWindow);
    expect(post).toHaveBeenCalledTimes(1);
    hear({ type: 'printed' }, frame!.contentWindow);
    expect(printFrames()).toHaveLength(0);
  });

  it('a second print replaces the first: one frame, one dialog', async () => {
    await printHtmlInSandbox(document, EXPORT, SCRIPT);
    const [first] = printFrames();
    await printHtmlInSandbox(document, EXPORT, SCRIPT);
    expect(printFrames()).toHaveLength(1);
    expect(printFrames()[0]).not.toBe(first);
  });

  /** Starts a sandboxed print, lets `frameSays` happen, then waits out the fallback's time. */
  async function afterTheWait(frameSays: (frame: Window) => void) {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await printHtmlInSandbox(document, EXPORT, SCRIPT);
    frameSays(printFrames()[0]!.contentWindow!);
    const print = vi.fn();
    vi.spyOn(HTMLIFrameElement.prototype, 'contentWindow', 'get').mockReturnValue({
      focus: vi.fn(),
      postMessage: vi.fn(),
      print,
      CSSStyleSheet,
    } as unknown as Window);
    vi.advanceTimersByTime(PRINT_FRAME_WAIT_MS);
    return print;
  }

  it('prints from a same-origin frame when the print frame never says it is ready', async () => {
    const print = await afterTheWait(() => {});
    expect(print).toHaveBeenCalledTimes(1);
    const frames = printFrames();
    expect(frames).toHaveLength(1);
    expect(frames[0]!.hasAttribute('sandbox')).toBe(false);
  });

  it('prints from a same-origin frame when the print frame took the export but never printed it', async () => {
    const print = await afterTheWait((frame) => hear({ type: 'ready' }, frame));
    expect(print).toHaveBeenCalledTimes(1);
    expect(printFrames().map((f) => f.hasAttribute('sandbox'))).toEqual([false]);
  });

  it('leaves a frame that has started printing alone: one dialog, never two', async () => {
    const print = await afterTheWait((frame) => {
      hear({ type: 'ready' }, frame);
      hear({ type: 'printing' }, frame);
    });
    expect(print).not.toHaveBeenCalled();
    expect(printFrames().map((f) => f.getAttribute('sandbox'))).toEqual([PRINT_SANDBOX]);
  });
});

describe('the print frame', () => {
  function frameWindow() {
    const listeners = new Map<string, ((event: unknown) => void)[]>();
    const board = { postMessage: vi.fn() };
    const doc = document.implementation.createHTMLDocument('print');
    const win = {
      parent: board,
      document: doc,
      CSSStyleSheet,
      print: vi.fn(),
      addEventListener: (type: string, listener: (event: unknown) => void) =>
        listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    };
    const fire = (type: string, event: unknown = {}) =>
      listeners.get(type)?.forEach((listener) => listener(event));
    return { win, board, doc, fire };
  }

  it('says it is ready, shows only what the board hands it, as text, and prints it once', () => {
    const { win, board, doc, fire } = frameWindow();
    runPrintFrame(win as unknown as Window);
    expect(board.postMessage).toHaveBeenCalledWith({ type: 'ready' }, '*');
    fire('message', { source: {}, data: { type: 'job', html: '<h1>Not ours</h1>' } });
    expect(win.print).not.toHaveBeenCalled();
    fire('message', { source: board, data: { type: 'job', html: EXPORT } });
    expect(win.print).toHaveBeenCalledTimes(1);
    // The board hears that printing started before the dialog can hold this frame.
    expect(board.postMessage).toHaveBeenLastCalledWith({ type: 'printing' }, '*');
    expect(board.postMessage.mock.invocationCallOrder.at(-1)).toBeLessThan(
      win.print.mock.invocationCallOrder[0]!,
    );
    expect(doc.title).toBe('Group B');
    expect(doc.querySelector('h1')?.textContent).toBe('Group B');
    expect(doc.body.textContent).toContain('<script>');
    expect(doc.querySelector('script, style')).toBeNull();
    fire('afterprint');
    expect(board.postMessage).toHaveBeenLastCalledWith({ type: 'printed' }, '*');
  });
});
