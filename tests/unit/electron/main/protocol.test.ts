import { join, resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  createAppProtocolHandler,
  PRINT_DOCUMENT_POLICY,
  resolveAppPath,
} from '#electron/main/protocol';

const root = resolve('/srv/parley/renderer');

describe('the app:// protocol path guard', () => {
  it('maps our URLs to files under the renderer folder', () => {
    expect(resolveAppPath('app://parley/index.html', root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://parley/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://parley/assets/index-abc.js?v=1#x', root)).toBe(
      join(root, 'assets', 'index-abc.js'),
    );
  });

  it('rejects every way of climbing out of the folder', () => {
    for (const url of [
      'app://parley/../../etc/passwd',
      'app://parley/%2e%2e/%2e%2e/etc/passwd',
      'app://parley/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://parley/..%5c..%5csecret',
      'app://parley/%2e%2e%2fsecret',
      'app://parley/a%00.html',
      'app://parley/%E0%A4%A',
    ]) {
      const target = resolveAppPath(url, root);
      // Either refused, or folded to a (non-existent) file still inside the renderer folder.
      expect(target === null || target.startsWith(root + '/'), url).toBe(true);
    }
  });

  it('rejects other hosts and garbage', () => {
    expect(resolveAppPath('app://evil/index.html', root)).toBeNull();
    expect(resolveAppPath('not a url', root)).toBeNull();
  });
});

describe('the app:// protocol handler', () => {
  const files: Record<string, string> = { [join(root, 'index.html')]: '<!doctype html>' };
  const handler = createAppProtocolHandler(root, async (path) => {
    if (!(path in files)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return new TextEncoder().encode(files[path]);
  });

  it('serves a page with the strict CSP and its content type', async () => {
    const response = await handler(new Request('app://parley/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toBe('<!doctype html>');
  });

  it('answers 404 for a missing file or an escape attempt, and 405 for writes', async () => {
    expect((await handler(new Request('app://parley/missing.js'))).status).toBe(404);
    expect((await handler(new Request('app://parley/%2e%2e/%2e%2e/etc/passwd'))).status).toBe(404);
    expect(
      (await handler(new Request('app://parley/index.html', { method: 'POST', body: 'x' }))).status,
    ).toBe(405);
  });
});

describe('documents held for printing', () => {
  it('are served at their print path with a script-free policy, and nothing else is', async () => {
    const held = {
      lookup: (path: string) => (path === '/__print/n1.html' ? '<h1>Agreement</h1>' : undefined),
    };
    const handler = createAppProtocolHandler(
      root,
      async () => Promise.reject(new Error('ENOENT')),
      held,
    );
    const response = await handler(new Request('app://parley/__print/n1.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<h1>Agreement</h1>');
    expect(response.headers.get('content-security-policy')).toBe(PRINT_DOCUMENT_POLICY);
    expect(PRINT_DOCUMENT_POLICY).not.toMatch(/script-src|unsafe-eval/);
    expect(PRINT_DOCUMENT_POLICY).toContain("default-src 'none'");
    expect((await handler(new Request('app://parley/__print/other.html'))).status).toBe(404);
    expect((await handler(new Request('app://evil/__print/n1.html'))).status).toBe(404);
  });
});
