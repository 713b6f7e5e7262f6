import { extname, normalize, resolve, sep } from 'node:path';

import { APP_HOST, CONTENT_SECURITY_POLICY } from '#shared/security/csp';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Maps an app:// URL to a file under the renderer folder, or null when it would escape it.
 * URL parsing already folds plain `..`, but encoded forms (%2e%2e, %2f, backslashes) survive
 * parsing, so the decoded path is resolved and checked to still be inside the root.
 */
export function resolveAppPath(rawUrl: string, root: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relative =
    pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const rootDir = resolve(root);
  const target = resolve(rootDir, normalize(relative));
  return target.startsWith(rootDir + sep) ? target : null;
}

export type ReadFile = (path: string) => Promise<Uint8Array>;

/** Documents held in memory for printing (see export/printSurface.ts). */
export interface HeldDocuments {
  lookup(pathname: string): string | undefined;
}

/**
 * Export documents carry their styles inline, and must never run script: they get a policy of
 * their own that allows inline styles and data: images and nothing else.
 */
export const PRINT_DOCUMENT_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

/** The handler behind protocol.handle('app', …); plain Request → Response so Node tests can drive it. */
export function createAppProtocolHandler(
  root: string,
  readFile: ReadFile,
  held?: HeldDocuments,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return new Response(null, { status: 405 });
    const printable =
      held && new URL(request.url).host === APP_HOST
        ? held.lookup(new URL(request.url).pathname)
        : undefined;
    if (printable !== undefined) {
      return new Response(printable, {
        status: 200,
        headers: {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': PRINT_DOCUMENT_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    }
    const file = resolveAppPath(request.url, root);
    if (!file) return new Response('Not found', { status: 404 });
    let body: Uint8Array;
    try {
      body = await readFile(file);
    } catch {
      return new Response('Not found', { status: 404 });
    }
    return new Response(body as BodyInit, {
      status: 200,
      headers: {
        'content-type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  };
}
