// Starts the BUILT main bundle (dist/electron/main.cjs) in plain Node with a stand-in `electron`
// module that records what main asks of it, then drives it as Electron would: ready, a request
// for the page through the app:// handler, a print, the room view, activate. Prints one JSON
// report on stdout for tests/package/mainBundle.test.ts. Run as
//   node electronStandIn.mjs <main.cjs> <userData> <packaged 0|1>
import { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';

const [mainPath, userData, packaged] = process.argv.slice(2);
const calls = [];
const record = (name, ...args) => calls.push({ name, args: JSON.parse(safeJson(args)) });
function safeJson(value) {
  return JSON.stringify(value, (_k, v) => (typeof v === 'function' ? '[function]' : v)) ?? 'null';
}

/** Any method not modelled below is recorded and does nothing. */
function recorder(name, target = {}) {
  return new Proxy(target, {
    get(obj, prop) {
      if (prop in obj || typeof prop === 'symbol') return obj[prop];
      return (...args) => record(`${name}.${String(prop)}`, ...args);
    },
  });
}

const protocolHandlers = new Map();
const ipcHandlers = new Map();
let markReady;
const ready = new Promise((resolve) => (markReady = resolve));
const loads = [];
let nextId = 1;

async function fetchApp(url) {
  const handler = protocolHandlers.get('app');
  if (!handler) return { url, status: 'no handler' };
  const response = await handler(new Request(url));
  return {
    url,
    status: response.status,
    type: response.headers.get('content-type'),
    csp: response.headers.get('content-security-policy'),
    body: await response.text(),
  };
}

class FakeWebContents extends EventEmitter {
  constructor(id) {
    super();
    this.id = id;
    return recorder(`webContents#${id}`, this);
  }
  async loadURL(url) {
    record(`webContents#${this.id}.loadURL`, url);
    loads.push(await fetchApp(url));
  }
  async printToPDF() {
    return Buffer.from('%PDF-stand-in');
  }
  send(...args) {
    record(`webContents#${this.id}.send`, ...args);
  }
}

class BrowserWindow extends EventEmitter {
  static all = [];
  constructor(options) {
    super();
    this.id = nextId++;
    this.options = options;
    this.destroyed = false;
    this.webContents = new FakeWebContents(this.id);
    BrowserWindow.all.push(this);
    record('new BrowserWindow', options);
    return recorder(`window#${this.id}`, this);
  }
  static getFocusedWindow() {
    return BrowserWindow.all.find((w) => !w.destroyed) ?? null;
  }
  static getAllWindows() {
    return BrowserWindow.all.filter((w) => !w.destroyed);
  }
  async loadURL(url) {
    record(`window#${this.id}.loadURL`, url);
    loads.push(await fetchApp(url));
  }
  isDestroyed() {
    return this.destroyed;
  }
  destroy() {
    this.destroyed = true;
  }
  close() {
    this.emit('close');
    this.destroyed = true;
    this.emit('closed');
  }
  isMaximized() {
    return false;
  }
  isMinimized() {
    return false;
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1280, height: 800 };
  }
  getBounds() {
    return this.getNormalBounds();
  }
}

const display = {
  id: 1,
  label: 'Built-in',
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  scaleFactor: 1,
  internal: true,
};

const app = recorder(
  'app',
  Object.assign(new EventEmitter(), {
    isPackaged: packaged === '1',
    getPath: (name) => (name === 'userData' ? userData : join(userData, name)),
    setPath: (...args) => record('app.setPath', ...args),
    getVersion: () => '0.0.0-stand-in',
    requestSingleInstanceLock: () => (record('app.requestSingleInstanceLock'), true),
    quit: () => record('app.quit'),
    whenReady: () => (record('app.whenReady'), ready),
  }),
);
const on = app.on.bind(app);
app.on = (event, listener) => (record('app.on', event), on(event, listener));

const electron = {
  app,
  BrowserWindow,
  protocol: recorder('protocol', {
    registerSchemesAsPrivileged: (schemes) =>
      record('protocol.registerSchemesAsPrivileged', schemes),
    handle: (scheme, handler) => (
      record('protocol.handle', scheme),
      protocolHandlers.set(scheme, handler)
    ),
  }),
  ipcMain: recorder('ipcMain', { handle: (channel, fn) => ipcHandlers.set(channel, fn) }),
  dialog: recorder('dialog', {
    showSaveDialog: async (...args) => ({
      canceled: false,
      filePath: join(userData, 'out', args.at(-1).defaultPath.split(/[\\/]/).pop()),
    }),
  }),
  Menu: recorder('Menu', { buildFromTemplate: (template) => template }),
  screen: recorder('screen', {
    getAllDisplays: () => [display],
    getPrimaryDisplay: () => display,
    getDisplayMatching: () => display,
    getDisplayNearestPoint: () => display,
  }),
  session: { defaultSession: recorder('session') },
  shell: recorder('shell'),
};

const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'electron' ? electron : load.call(this, request, ...rest);
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
async function until(condition) {
  // Bounded: main's start-up is a handful of awaited file reads.
  for (let i = 0; i < 2000 && !condition(); i++) await settle();
  if (!condition()) throw new Error('main did not get there');
}

async function invoke(channel, window, request) {
  const handler = ipcHandlers.get(channel);
  if (!handler) return { missing: channel };
  const event = {
    sender: { id: window.webContents.id },
    senderFrame: { url: 'app://parley/index.html' },
  };
  return handler(event, request);
}

async function main() {
  mkdirSync(join(userData, 'documents'), { recursive: true });
  mkdirSync(join(userData, 'out'), { recursive: true });
  // The bundle is CommonJS: loaded through Node's CJS loader, whose `electron` is the stand-in.
  createRequire(mainPath)(mainPath);
  record('— ready —');
  markReady();
  await until(() => loads.length >= 1);
  const facilitator = BrowserWindow.all[0];
  const page = await fetchApp('app://parley/index.html');
  const room = await invoke('app:presenter:open', facilitator, { sessionId: 'session-1' });
  const roomWindow = BrowserWindow.all[1];
  await until(() => loads.length >= 2);
  const roomSave = roomWindow
    ? await invoke('app:file:save', roomWindow, {
        suggestedName: 'x.md',
        mimeType: 'text/markdown',
        data: 'x',
      })
    : null;
  const printed = await invoke('app:export:printToPdf', facilitator, {
    html: '<!doctype html><title>Write-up</title><p>Printed through app://</p>',
    suggestedName: 'write-up.pdf',
  });
  const windowsBefore = BrowserWindow.all.length;
  const loadsBefore = loads.length;
  facilitator.close();
  app.emit('activate');
  await until(() => BrowserWindow.all.length > windowsBefore && loads.length > loadsBefore);
  process.stdout.write(
    JSON.stringify({ calls, loads, page, room, roomSave, printed, ipc: [...ipcHandlers.keys()] }),
  );
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(String(error?.stack ?? error));
    process.exit(1);
  },
);
