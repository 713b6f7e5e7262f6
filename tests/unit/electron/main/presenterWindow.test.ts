import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

import {
  choosePresenterDisplay,
  loadRememberedDisplay,
  presenterPlacement,
  saveRememberedDisplay,
  type DisplayInfo,
  type ScreenApi,
} from '#electron/main/presenterDisplay';
import {
  createPresenterController,
  type PresenterWindowLike,
} from '#electron/main/presenterWindow';
import { facilitatorWindowOptions, presenterWindowOptions } from '#electron/main/windowOptions';
import type { Rect } from '#electron/main/windowState';

const laptop: DisplayInfo = {
  id: 1,
  label: 'Built-in Retina Display',
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 25, width: 1440, height: 875 },
};
const projector: DisplayInfo = {
  id: 2,
  label: 'EPSON PJ',
  bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
  workArea: { x: 1440, y: 0, width: 1920, height: 1080 },
};
const monitor: DisplayInfo = {
  id: 3,
  label: 'DELL U2415',
  bounds: { x: -1920, y: 0, width: 1920, height: 1200 },
  workArea: { x: -1920, y: 0, width: 1920, height: 1160 },
};

function fakeScreen(displays: DisplayInfo[], primary = displays[0]!): ScreenApi {
  return {
    getAllDisplays: () => displays,
    getPrimaryDisplay: () => primary,
    getDisplayMatching: (rect: Rect) =>
      displays.find((d) => rect.x >= d.bounds.x && rect.x < d.bounds.x + d.bounds.width) ?? primary,
  };
}

describe('choosing the presenter display', () => {
  it('uses the laptop screen, as a normal window, when nothing else is connected', () => {
    const choice = choosePresenterDisplay(fakeScreen([laptop]), null);
    expect(choice).toEqual({ display: laptop, external: false });
    const placement = presenterPlacement(choice);
    expect(placement.fullscreen).toBe(false);
    // Centred inside the work area, whole.
    expect(placement.x).toBeGreaterThanOrEqual(0);
    expect(placement.y).toBeGreaterThanOrEqual(25);
    expect(placement.x + placement.width).toBeLessThanOrEqual(1440);
    expect(placement.y + placement.height).toBeLessThanOrEqual(900);
  });

  it('goes full screen over the whole external display when a projector is connected', () => {
    const choice = choosePresenterDisplay(fakeScreen([laptop, projector]), null);
    expect(choice).toEqual({ display: projector, external: true });
    expect(presenterPlacement(choice)).toEqual({
      x: 1440,
      y: 0,
      width: 1920,
      height: 1080,
      fullscreen: true,
    });
  });

  it('prefers the display remembered from last time, by id or else by name', () => {
    const screen = fakeScreen([laptop, projector, monitor]);
    expect(choosePresenterDisplay(screen, { id: 3, label: 'DELL U2415' }).display).toBe(monitor);
    expect(choosePresenterDisplay(screen, { id: 99, label: 'DELL U2415' }).display).toBe(monitor);
    // The facilitator chose their own screen last time: honour it, as a window.
    expect(choosePresenterDisplay(screen, { id: 1, label: '' })).toEqual({
      display: laptop,
      external: false,
    });
  });

  it('falls back to any external display when the remembered one is unplugged', () => {
    expect(
      choosePresenterDisplay(fakeScreen([laptop, projector]), { id: 3, label: 'DELL U2415' })
        .display,
    ).toBe(projector);
  });

  it('treats the primary display as the laptop even when it is not listed first', () => {
    expect(choosePresenterDisplay(fakeScreen([projector, laptop], laptop), null).display).toBe(
      projector,
    );
  });

  it('fits the window on a small screen', () => {
    const small: DisplayInfo = {
      id: 5,
      bounds: { x: 0, y: 0, width: 1024, height: 600 },
      workArea: { x: 0, y: 0, width: 1024, height: 560 },
    };
    const placement = presenterPlacement({ display: small, external: false });
    expect(placement.width).toBeLessThanOrEqual(1024);
    expect(placement.height).toBeLessThanOrEqual(560);
  });
});

describe('remembering the display', () => {
  function memoryFs(files: Record<string, string> = {}) {
    return {
      files,
      readFile: async (p: string) => {
        if (!(p in files)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
        return files[p]!;
      },
      writeFile: async (p: string, data: string | Uint8Array) => void (files[p] = String(data)),
      rename: async (from: string, to: string) => {
        files[to] = files[from]!;
        delete files[from];
      },
      rm: async (p: string) => void delete files[p],
      fsync: async () => undefined,
    };
  }

  it('round-trips the display, and reads a missing or corrupt file as no choice', async () => {
    const fs = memoryFs({ '/d/bad.json': '{"id":"x"' });
    expect(await loadRememberedDisplay(fs, '/d/none.json')).toBeNull();
    expect(await loadRememberedDisplay(fs, '/d/bad.json')).toBeNull();
    await saveRememberedDisplay(fs, '/d/presenter-display.json', projector, 'n1');
    expect(await loadRememberedDisplay(fs, '/d/presenter-display.json')).toEqual({
      id: 2,
      label: 'EPSON PJ',
    });
  });
});

class FakeWindow implements PresenterWindowLike {
  destroyed = false;
  url = '';
  shown = false;
  fullScreen = false;
  private listeners = new Map<string, (() => void)[]>();
  private inputListener:
    ((event: { preventDefault(): void }, input: { type: string; key: string }) => void) | null =
    null;
  webContents = {
    on: (_event: 'before-input-event', listener: NonNullable<FakeWindow['inputListener']>) => {
      this.inputListener = listener;
    },
  };

  constructor(readonly options: BrowserWindowConstructorOptions) {}
  async loadURL(url: string) {
    this.url = url;
  }
  show() {
    this.shown = true;
  }
  focus = vi.fn();
  close() {
    if (this.destroyed) return;
    this.emit('close');
    this.destroyed = true;
    this.emit('closed');
  }
  isDestroyed() {
    return this.destroyed;
  }
  setFullScreen(flag: boolean) {
    this.fullScreen = flag;
  }
  getBounds() {
    const { x = 0, y = 0, width = 0, height = 0 } = this.options;
    return { x, y, width, height };
  }
  once(event: string, listener: () => void) {
    this.on(event, listener);
  }
  on(event: string, listener: () => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }
  emit(event: string) {
    for (const l of this.listeners.get(event) ?? []) l();
  }
  press(key: string) {
    const event = { preventDefault: vi.fn() };
    this.inputListener?.(event, { type: 'keyDown', key });
    return event;
  }
}

function setup(displays: DisplayInfo[], remembered: { id: number; label: string } | null = null) {
  const created: FakeWindow[] = [];
  const own = new Set<FakeWindow>();
  const remember = vi.fn(async () => undefined);
  const controller = createPresenterController<FakeWindow>({
    screen: fakeScreen(displays),
    createWindow: (placement) => {
      const w = new FakeWindow(presenterWindowOptions('/app/preload.cjs', placement));
      created.push(w);
      return w;
    },
    pageUrl: 'app://parley/index.html',
    loadRemembered: async () => remembered,
    remember,
    onCreated: (w) => own.add(w),
    onClosed: (w) => own.delete(w),
    log: vi.fn(),
  });
  return { controller, created, own, remember };
}

describe('the presenter window', () => {
  it('is hardened like every window, never throttled, and shares the facilitator window’s storage', () => {
    const options = presenterWindowOptions('/app/preload.cjs', {
      x: 0,
      y: 0,
      width: 1280,
      height: 720,
      fullscreen: false,
    });
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      backgroundThrottling: false,
    });
    // Same (default) partition as the facilitator window: one IndexedDB for both.
    expect(options.webPreferences?.partition).toBe(
      facilitatorWindowOptions('/app/preload.cjs', null).webPreferences?.partition,
    );
    expect(options.webPreferences?.session).toBeUndefined();
  });

  it('opens full screen on the projector, on the presenter route of the session', async () => {
    const { controller, created, own } = setup([laptop, projector]);
    expect(await controller.open('s-1')).toEqual({ external: true, displayLabel: 'EPSON PJ' });
    const win = created[0]!;
    expect(win.url).toBe('app://parley/index.html#/present/s-1');
    expect(win.options).toMatchObject({ x: 1440, y: 0, width: 1920, height: 1080, show: false });
    expect(own.has(win)).toBe(true);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
    expect(win.fullScreen).toBe(true);
  });

  it('opens as a normal window when there is no second display', async () => {
    const { controller, created } = setup([laptop]);
    expect(await controller.open('s-1')).toEqual({ external: false, displayLabel: null });
    created[0]!.emit('ready-to-show');
    expect(created[0]!.fullScreen).toBe(false);
  });

  it('reuses the open window for a second Present, switching its session', async () => {
    const { controller, created } = setup([laptop, projector]);
    await Promise.all([controller.open('s-1'), controller.open('s-1')]);
    await controller.open('s-2');
    expect(created).toHaveLength(1);
    expect(created[0]!.url).toBe('app://parley/index.html#/present/s-2');
    expect(created[0]!.focus).toHaveBeenCalled();
  });

  it('closes on Esc, remembers the display it was on, and forgets the window', async () => {
    const { controller, created, own, remember } = setup([laptop, projector]);
    await controller.open('s-1');
    const win = created[0]!;
    expect(win.press('a').preventDefault).not.toHaveBeenCalled();
    expect(win.isDestroyed()).toBe(false);
    expect(win.press('Escape').preventDefault).toHaveBeenCalled();
    expect(win.isDestroyed()).toBe(true);
    expect(remember).toHaveBeenCalledWith(projector);
    expect(own.has(win)).toBe(false);
    expect(controller.window()).toBeNull();
    expect(controller.close()).toBe(false);
  });

  it('closes from the facilitator window, and with it', async () => {
    const { controller, created } = setup([laptop]);
    await controller.open('s-1');
    expect(controller.close()).toBe(true);
    expect(created[0]!.isDestroyed()).toBe(true);

    const owner = new FakeWindow({});
    controller.followOwner(owner);
    await controller.open('s-1');
    owner.close();
    expect(created[1]!.isDestroyed()).toBe(true);
  });
});
