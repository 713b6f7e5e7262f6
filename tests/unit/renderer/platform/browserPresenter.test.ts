import { describe, expect, it, vi } from 'vitest';

import { createBrowserPresenter } from '#renderer/platform/browserPresenter';

function fakeWindow(hash = '#/session/s-1', opens: 'a window' | 'nothing' = 'a window') {
  const popup = { closed: false, focus: vi.fn(), close: vi.fn(() => void (popup.closed = true)) };
  const win = {
    location: { href: `http://127.0.0.1:4173/index.html${hash}`, hash },
    open: vi.fn(() => (opens === 'a window' ? popup : null)),
    close: vi.fn(),
  };
  return { win: win as unknown as Window, open: win.open, close: win.close, popup };
}

describe('the room view in browser mode', () => {
  it('opens one named window on the presenter route of the session', async () => {
    const { win, open, popup } = fakeWindow();
    const presenter = createBrowserPresenter(win);
    expect(await presenter.openPresenter({ sessionId: 's-1' })).toEqual({
      ok: true,
      value: { external: false, displayLabel: null },
    });
    expect(open).toHaveBeenCalledWith(
      'http://127.0.0.1:4173/index.html#/present/s-1',
      'parley-presenter',
      expect.stringContaining('popup'),
    );
    expect(popup.focus).toHaveBeenCalled();
    expect(await presenter.closePresenter({})).toEqual({ ok: true, value: { closed: true } });
    expect(popup.close).toHaveBeenCalled();
    expect(await presenter.closePresenter({})).toEqual({ ok: true, value: { closed: false } });
  });

  it('says how to fix it when the browser blocks the window', async () => {
    const { win } = fakeWindow('#/session/s-1', 'nothing');
    const result = await createBrowserPresenter(win).openPresenter({ sessionId: 's-1' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'failed', message: expect.stringContaining('Allow pop-up windows') },
    });
  });

  it('lets the room view close itself (Esc there)', async () => {
    const { win, close } = fakeWindow('#/present/s-1');
    expect(await createBrowserPresenter(win).closePresenter({})).toEqual({
      ok: true,
      value: { closed: true },
    });
    expect(close).toHaveBeenCalled();
  });
});
