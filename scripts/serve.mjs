// A small static server for browser mode: serves dist/renderer on 127.0.0.1 only.
// The CSP arrives with the page as a meta tag written at build time.
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

export function startServer({
  port = 4173,
  host = '127.0.0.1',
  root = fileURLToPath(new URL('../dist/renderer', import.meta.url)),
} = {}) {
  const rootDir = resolve(root);
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
      const body = await readFile(file);
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
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
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
