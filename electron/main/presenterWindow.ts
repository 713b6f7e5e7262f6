import type { OpenPresenterResponse } from '#shared/ipc/presenterContract';

import {
  choosePresenterDisplay,
  presenterPlacement,
  type DisplayInfo,
  type Placement,
  type RememberedDisplay,
  type ScreenApi,
} from './presenterDisplay';
import type { Rect } from './windowState';

/** The part of a BrowserWindow the controller uses, so Node tests can drive it with a fake. */
export interface PresenterWindowLike {
  loadURL(url: string): Promise<void>;
  show(): void;
  focus(): void;
  close(): void;
  isDestroyed(): boolean;
  setFullScreen(flag: boolean): void;
  getBounds(): Rect;
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'close' | 'closed', listener: () => void): unknown;
  webContents: {
    on(
      event: 'before-input-event',
      listener: (event: { preventDefault(): void }, input: { type: string; key: string }) => void,
    ): unknown;
  };
}

export interface PresenterDeps<W extends PresenterWindowLike> {
  screen: ScreenApi;
  /** Builds the window at a placement (with presenterWindowOptions from ./windowOptions, in main). */
  createWindow(placement: Placement): W;
  /** The page URL without a hash, e.g. app://parley/index.html. */
  pageUrl: string;
  loadRemembered(): Promise<RememberedDisplay | null>;
  remember(display: DisplayInfo): Promise<void>;
  /** Lets main trust the new window's IPC (it joins the set of our own windows) and forget it later. */
  onCreated(win: W): void;
  onClosed(win: W): void;
  log(message: string): void;
}

/**
 * Opens, reuses and closes the one room-view window. It chooses the display, remembers the
 * display the window was last on, closes on Esc, and closes with the facilitator's window.
 */
export function createPresenterController<W extends PresenterWindowLike>(deps: PresenterDeps<W>) {
  let current: W | null = null;

  const live = (): W | null => (current && !current.isDestroyed() ? current : null);
  const urlFor = (sessionId: string) => `${deps.pageUrl}#/present/${sessionId}`;

  function close(): boolean {
    const win = live();
    if (!win) return false;
    win.close();
    return true;
  }

  async function open(sessionId: string): Promise<OpenPresenterResponse> {
    const choice = choosePresenterDisplay(deps.screen, await deps.loadRemembered());
    // Checked after the await and acted on without another: two quick presses make one window.
    const existing = live();
    const label = choice.external ? choice.display.label || 'the second display' : null;
    if (existing) {
      // Already on the wall: switch it to this session (a hash change, so no blank flash) and raise it.
      await existing.loadURL(urlFor(sessionId));
      existing.focus();
      return { external: choice.external, displayLabel: label };
    }
    const placement = presenterPlacement(choice);
    const win = deps.createWindow(placement);
    current = win;
    deps.onCreated(win);
    win.webContents.on('before-input-event', (event, input) => {
      if (input.type === 'keyDown' && input.key === 'Escape') {
        event.preventDefault();
        win.close();
      }
    });
    win.once('ready-to-show', () => {
      win.show();
      if (placement.fullscreen) win.setFullScreen(true);
    });
    win.on('close', () => {
      // Wherever the facilitator left it (they may have dragged it to another screen) is their choice.
      const display = deps.screen.getDisplayMatching(win.getBounds());
      void deps.remember(display).catch((error) => deps.log(`presenter display: ${String(error)}`));
    });
    win.on('closed', () => {
      if (current === win) current = null;
      deps.onClosed(win);
    });
    await win.loadURL(urlFor(sessionId));
    return { external: choice.external, displayLabel: label };
  }

  /** The room view has no purpose without the facilitator's window: it closes with it. */
  function followOwner(owner: { on(event: 'closed', listener: () => void): unknown }): void {
    owner.on('closed', () => close());
  }

  return { open, close, followOwner, window: live };
}

export type PresenterController = ReturnType<typeof createPresenterController>;
