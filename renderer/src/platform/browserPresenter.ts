import type { SessionId } from '#shared/domain/ids';
import type { ParleyApi } from '#shared/ipc/contract';
import { fail, ok } from '#shared/ipc/result';

import { parseRoute, routeHref } from '../ui/useHashRoute';

/** One named window, so pressing Present again brings the same room view forward (and switches its session). */
const PRESENTER_WINDOW_NAME = 'parley-presenter';

/**
 * The room view in browser mode (docs/architecture.md, "Browser mode"): window.open on the
 * presenter route instead of a second BrowserWindow. The browser decides which screen it opens on;
 * the facilitator drags it to the projector and makes it full screen.
 */
export function createBrowserPresenter(
  win: Window = window,
): Pick<ParleyApi, 'openPresenter' | 'closePresenter'> {
  let opened: Window | null = null;
  return {
    async openPresenter({ sessionId }) {
      const url = new URL(win.location.href);
      url.hash = routeHref({ name: 'present', sessionId: sessionId as SessionId });
      const handle = win.open(url.href, PRESENTER_WINDOW_NAME, 'popup,width=1280,height=720');
      if (!handle)
        return fail(
          'failed',
          'The browser blocked the room view. Allow pop-up windows for Parley, then press Present again.',
        );
      opened = handle;
      handle.focus();
      return ok({ external: false, displayLabel: null });
    },
    async closePresenter() {
      if (opened && !opened.closed) {
        opened.close();
        opened = null;
        return ok({ closed: true });
      }
      // Called from the room view itself (Esc): a window opened by script may close itself.
      if (parseRoute(win.location.hash).name === 'present') {
        win.close();
        return ok({ closed: true });
      }
      return ok({ closed: false });
    },
  };
}
