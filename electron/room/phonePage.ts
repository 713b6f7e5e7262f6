import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

export { PHONE_SOCKET_PATH } from '#shared/room/constants';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * The phone page's policy: its own script and style only, no inline code, and a socket only back
 * to the address it was loaded from. User text is set as text, so even a slip elsewhere could not
 * run a script.
 */
export function phonePageCsp(hostHeader: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src ws://${hostHeader}`,
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function securityHeaders(hostHeader: string): Record<string, string> {
  return {
    'content-security-policy': phonePageCsp(hostHeader),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cache-control': 'no-store',
  };
}

/**
 * Serves the built phone page (its index for "/", its hashed assets) and nothing else; paths are
 * resolved inside the page's folder so "../" cannot read the laptop's files.
 */
export function createPhonePageHandler(phonePageDir: string) {
  const root = resolve(phonePageDir);
  return async (req: IncomingMessage, res: ServerResponse, hostHeader: string) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://room').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
    const file = resolve(root, normalize(relative));
    if (
      !file.startsWith(root + sep) ||
      !(relative === 'index.html' || relative.startsWith('assets/'))
    ) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    try {
      const body = await readFile(join(file));
      res.writeHead(200, {
        ...securityHeaders(hostHeader),
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  };
}
