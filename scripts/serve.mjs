// A small static server for browser mode: serves dist/renderer on 127.0.0.1 only.
// The CSP arrives with the page as a meta tag written at build time.
// It also hosts the room (docs/room.md) from dist/room, built from electron/room.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
/** The room's host secret: written into the facilitator's page, asked for by the room's host socket. */
const ROOM_SECRET_META = 'parley-room-host';

/**
 * The room server module, if it was built. The secret goes only into pages asked for by a loopback
 * host name: a page elsewhere that rebinds its own name to 127.0.0.1 gets the page without it.
 */
async function hostTheRoom(server, port) {
  let room;
  try {
    room = await import(new URL('room/roomHost.mjs', `file://${distDir}`).href);
  } catch {
    return { pageFor: (html) => html };
  }
  const secret = randomBytes(24).toString('base64url');
  let socket = null;
  const controller = room.createRoomController(
    room.roomSettingsFromEnv(process.env, resolve(distDir, 'phone')),
    (event) => socket?.broadcast(event),
  );
  socket = room.attachRoomHostSocket(server, { port, secret, controller });
  server.on('close', () => void controller.close());
  const loopback = new Set(room.loopbackHosts(port));
  return {
    pageFor: (html, hostHeader) =>
      loopback.has(hostHeader ?? '')
        ? html.replace('</head>', `<meta name="${ROOM_SECRET_META}" content="${secret}" /></head>`)
        : html,
  };
}

export async function startServer({
  port = 4173,
  host = '127.0.0.1',
  root = fileURLToPath(new URL('../dist/renderer', import.meta.url)),
} = {}) {
  const rootDir = resolve(root);
  let room = { pageFor: (html) => html };
  const server = createServer(async (req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = resolve(
      rootDir,
      normalize(pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '')),
    );
    if (!file.startsWith(rootDir + sep)) {
      res.writeHead(404).end();
      return;
    }
    try {
      let body = await readFile(file);
      if (file === resolve(rootDir, 'index.html'))
        body = room.pageFor(body.toString('utf8'), req.headers.host);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('Not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok());
  });
  room = await hostTheRoom(server, port);
  return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173);
  startServer({ port })
    .then(() => console.log(`Parley (browser mode) is running at http://127.0.0.1:${port}/`))
    .catch((error) => {
      console.error(
        error.code === 'EADDRINUSE'
          ? `Port ${port} is in use; set PORT to another port, e.g. PORT=4180 npm run web`
          : `Could not start the server: ${error.message}`,
      );
      process.exit(1);
    });
}
