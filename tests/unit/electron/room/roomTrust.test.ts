import { request } from 'node:http';

import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';

import { connectPhone, joinPhone, LOOPBACK, useTestRooms } from './roomHarness';

const room = useTestRooms();

function get(port: number, path: string, host = `${LOOPBACK}:${port}`) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request({ host: LOOPBACK, port, path, headers: { host } }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      });
      req.on('error', reject);
      req.end();
    },
  );
}

function upgradeStatus(port: number, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`ws://${LOOPBACK}:${port}/ws`, { headers });
    socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.on('open', () => {
      socket.close();
      resolve(101);
    });
    socket.on('error', () => undefined);
  });
}

describe('the room’s trust checks', () => {
  it('serves the phone page with a strict CSP that allows a socket only back to itself', async () => {
    const r = await room();
    const page = await get(r.server.port, '/?code=ABCDEF');
    expect(page.status).toBe(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`connect-src ws://${LOOPBACK}:${r.server.port}`);
    expect(csp).not.toContain('unsafe');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves only the page and its assets, never other files', async () => {
    const r = await room();
    expect((await get(r.server.port, '/assets/phone.js')).status).toBe(200);
    expect((await get(r.server.port, '/secret.txt')).status).toBe(404);
    expect((await get(r.server.port, '/assets/../secret.txt')).status).toBe(404);
    expect((await get(r.server.port, '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
  });

  it('refuses a request for a host name it does not know (DNS rebinding)', async () => {
    const r = await room();
    const page = await get(r.server.port, '/', `evil.example:${r.server.port}`);
    expect(page.status).toBe(421);
  });

  it('refuses a WebSocket from another origin or for another host', async () => {
    const r = await room();
    const port = r.server.port;
    expect(await upgradeStatus(port, { origin: 'http://evil.example' })).toBe(403);
    expect(
      await upgradeStatus(port, {
        origin: `http://evil.example:${port}`,
        host: `evil.example:${port}`,
      }),
    ).toBe(403);
    expect(await upgradeStatus(port, {})).toBe(403);
    expect(await upgradeStatus(port, { origin: r.origin })).toBe(101);
  });

  it('lets the facilitator remove a phone: it is told, cut off, and its token stops working', async () => {
    const r = await room();
    const { phone, phoneId, token } = await joinPhone(r);
    r.server.fromHost({ type: 'remove', phoneId });
    expect(await phone.inbox.next()).toMatchObject({ type: 'removed' });
    expect(await phone.closed).toBe(4002);
    expect(r.server.status().phones).toHaveLength(0);
    const back = await joinPhone(r, token);
    expect(back.phoneId).not.toBe(phoneId);
  });

  it('tells every phone when the room closes, and takes no more connections', async () => {
    const r = await room();
    const a = await joinPhone(r);
    const b = await joinPhone(r);
    await r.server.close();
    for (const { phone } of [a, b]) {
      expect(await phone.inbox.next((m) => m.type === 'closed')).toMatchObject({
        message: expect.stringContaining('closed the room'),
      });
      expect(await phone.closed).toBe(4000);
    }
    expect(r.server.status().open).toBe(false);
    await expect(connectPhone(r)).rejects.toThrow();
  });

  it('refuses a facilitator message that would show a phone anything outside its list', async () => {
    const r = await room();
    const { phone } = await joinPhone(r);
    const leaky = {
      type: 'view',
      view: { sessionTitle: 'S', proposition: 'P', stage: null, privateNotes: 'secret' },
    };
    expect(r.server.fromHost(leaky)).toMatchObject({ ok: false });
    r.server.fromHost({ type: 'view', view: { sessionTitle: 'S', proposition: 'P', stage: null } });
    const view = await phone.inbox.next((m) => m.type === 'view');
    expect(JSON.stringify(view)).not.toContain('secret');
  });
});
