// Composition root of the main process: the only file that touches Electron's live objects.
// Everything it wires up is a plain module that vitest exercises with fakes.

import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
} from 'electron';

import { createRoomController, roomSettingsFromEnv } from '#electron/room/index';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '#shared/ipc/contract';
import { ROOM_EVENT_CHANNEL } from '#shared/ipc/roomContract';
import type { WindowRole } from '#shared/ipc/windowChannels';
import { APP_ORIGIN, APP_SCHEME } from '#shared/security/csp';

import { createAppInfoHandler } from './appInfo';
import { syncPath, writeFileAtomically } from './atomicWrite';
import { createPrintSurfaceFactory, PrintDocuments } from './export/printSurface';
import { createPrintToPdfHandler } from './export/printToPdf';
import { openVettedExternal } from './externalLinks';
import { createSaveFileHandler } from './ipc/fileHandlers';
import { makeSenderCheck, ok, registerIpcHandlers, type IpcHandlers } from './ipc/registerHandlers';
import { createMainLog, logUncaughtErrors } from './mainLog';
import { buildMenuTemplate } from './menu';
import { denyAllPermissions, isOwnUrl } from './navigationGuard';
import { loadRememberedDisplay, saveRememberedDisplay } from './presenterDisplay';
import { createPresenterController } from './presenterWindow';
import { createAppProtocolHandler } from './protocol';
import { createSnapshotFileHandler } from './recovery/snapshotFiles';
import { createRoomHandlers } from './room/roomHandlers';
import { hardenWebContents } from './webContentsGuard';
import {
  facilitatorWindowOptions,
  presenterWindowOptions,
  printWindowOptions,
} from './windowOptions';
import { loadWindowBounds } from './windowState';

// Development switches work only when not packaged: in an installed Parley, an environment
// variable must not be able to open DevTools or point the app at another data folder.
const devSwitches = !app.isPackaged;
const isDev = devSwitches && process.env.PARLEY_DEV === '1';
// Tests point the app at their own data folder.
if (devSwitches && process.env.PARLEY_USER_DATA)
  app.setPath('userData', process.env.PARLEY_USER_DATA);
const fsApi = {
  readFile: (p: string) => readFile(p, 'utf8'),
  writeFile,
  rename,
  rm,
  fsync: syncPath,
};
const rendererRoot = join(__dirname, '..', 'renderer');
const preloadPath = join(__dirname, 'preload.cjs');
/** Our windows and what kind each is: the IPC channels a window may use follow from it. */
const windows = new Map<BrowserWindow, WindowRole>();
const printDocuments = new PrintDocuments();

// Main-process errors go to <userData>/parley-main.log (electron/main/mainLog.ts).
const writeLog = createMainLog(app.getPath('userData'), {
  appendFile: (path, data) => appendFile(path, data),
});
function log(message: string): void {
  void writeLog(message);
}
logUncaughtErrors(process, log);

// Must run before ready: a standard, secure scheme gets a real origin, so IndexedDB, fetch and
// the CSP behave as on https — and the origin never changes between releases.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same database in a second process; focus the first instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    const [first] = windows.keys();
    if (first) {
      if (first.isMinimized()) first.restore();
      first.focus();
    }
  });
  app.whenReady().then(start, (error) => log(`startup failed: ${String(error)}`));
}

async function start(): Promise<void> {
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  await mkdir(app.getPath('userData'), { recursive: true });
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler(rendererRoot, (p) => readFile(p), printDocuments),
  );
  denyAllPermissions(session.defaultSession);

  const displayFile = join(app.getPath('userData'), 'presenter-display.json');
  const presenter = createPresenterController({
    screen,
    createWindow: (placement) => new BrowserWindow(presenterWindowOptions(preloadPath, placement)),
    pageUrl: `${APP_ORIGIN}/index.html`,
    loadRemembered: () => loadRememberedDisplay(fsApi, displayFile),
    remember: (display) => saveRememberedDisplay(fsApi, displayFile, display, String(Date.now())),
    onCreated: (w) => windows.set(w, 'room'),
    onClosed: (w) => windows.delete(w),
    log,
  });

  // — the room: phones over the local network (docs/room.md); its events go to our windows —
  const room = createRoomController(
    roomSettingsFromEnv(process.env, join(__dirname, '..', 'phone')),
    (event) => {
      // The room view hears only the status (for its join code), never what phones send.
      for (const [w, role] of windows)
        if (!w.isDestroyed() && (role === 'facilitator' || event.type === 'status'))
          w.webContents.send(ROOM_EVENT_CHANNEL, event);
    },
  );
  app.on('before-quit', () => void room.close());

  const senderCheck = makeSenderCheck(
    () =>
      new Map(
        [...windows].filter(([w]) => !w.isDestroyed()).map(([w, role]) => [w.webContents.id, role]),
      ),
    isOwnUrl,
  );
  // Every channel of the contract, grouped by the part of the app that answers it; the
  // compiler checks that together they cover the contract (IpcHandlers).
  const appHandlers = {
    getAppInfo: createAppInfoHandler({
      version: app.getVersion(),
      platform: process.platform,
      userData: app.getPath('userData'),
    }),
    saveFile: createSaveFileHandler({ chooseSavePath: (name) => chooseSavePath(name) }, fsApi),
  } satisfies Partial<IpcHandlers>;
  const presenterHandlers = {
    openPresenter: async ({ sessionId }) => ok(await presenter.open(sessionId)),
    closePresenter: async () => ok({ closed: presenter.close() }),
  } satisfies Partial<IpcHandlers>;
  const exportHandlers = {
    printToPdf: createPrintToPdfHandler(
      createPrintSurfaceFactory(
        () => new BrowserWindow(printWindowOptions()),
        printDocuments,
        randomUUID,
      ),
      { chooseSavePath: (name) => chooseSavePath(name, [{ name: 'PDF', extensions: ['pdf'] }]) },
      fsApi,
    ),
  } satisfies Partial<IpcHandlers>;
  const recoveryHandlers = {
    writeSnapshotFile: createSnapshotFileHandler(
      join(app.getPath('userData'), 'snapshots'),
      { ...fsApi, mkdir, readdir },
      randomUUID,
    ),
  } satisfies Partial<IpcHandlers>;
  registerIpcHandlers(
    ipcMain,
    {
      ...appHandlers,
      ...presenterHandlers,
      ...exportHandlers,
      ...recoveryHandlers,
      ...createRoomHandlers(room),
    },
    senderCheck,
    log,
  );

  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, (url) => openVettedExternal(shell, url)),
  );

  // Menu commands are the facilitator's, even when the room view has the focus.
  let facilitatorWindow: BrowserWindow | null = null;
  const runInPage = (command: MenuCommand) =>
    (facilitatorWindow ?? BrowserWindow.getFocusedWindow())?.webContents.send(
      MENU_COMMAND_CHANNEL,
      command,
    );
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(
        process.platform,
        { runInPage, openDataFolder: () => void shell.openPath(app.getPath('userData')) },
        isDev,
      ),
    ),
  );

  async function openFacilitatorWindow(): Promise<void> {
    const bounds = await loadWindowBounds(
      fsApi,
      stateFile,
      screen.getAllDisplays().map((d) => d.workArea),
    );
    const win = new BrowserWindow(facilitatorWindowOptions(preloadPath, bounds));
    facilitatorWindow = win;
    win.on('closed', () => {
      if (facilitatorWindow === win) facilitatorWindow = null;
    });
    windows.set(win, 'facilitator');
    presenter.followOwner(win);
    if (bounds?.maximized) win.maximize();
    win.once('ready-to-show', () => win.show());
    win.on('close', () => {
      const saved = { ...win.getNormalBounds(), maximized: win.isMaximized() };
      void writeFileAtomically(fsApi, stateFile, JSON.stringify(saved), String(Date.now())).catch(
        (e) => log(`window state: ${String(e)}`),
      );
    });
    win.on('closed', () => windows.delete(win));
    await win.loadURL(`${APP_ORIGIN}/index.html`);
  }

  // macOS keeps the app running when its last window closes; clicking the Dock icon must bring
  // the facilitator's window back rather than leave an app with no window.
  app.on('activate', () => {
    if (facilitatorWindow === null)
      void openFacilitatorWindow().catch((e) => log(`activate: ${String(e)}`));
  });
  await openFacilitatorWindow();
}

/** The save dialog, over the focused window, starting in Documents; null when cancelled. */
async function chooseSavePath(
  suggestedName: string,
  filters?: Electron.FileFilter[],
): Promise<string | null> {
  const owner = BrowserWindow.getFocusedWindow();
  const options = {
    defaultPath: join(app.getPath('documents'), suggestedName),
    ...(filters ? { filters } : {}),
  };
  const result = owner
    ? await dialog.showSaveDialog(owner, options)
    : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
