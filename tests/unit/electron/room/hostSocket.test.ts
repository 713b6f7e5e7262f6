import { createServer, type Server } from 'node:http';

import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';

import {
  attachRoomHostSocket,
  createRoomController,
  type RoomController,
} from '#electron/room/index';
import type { ServerToHost } from '#shared/room/protocol';

import { fakePhonePage, LOOPBACK, testView } from './roomHarness';

// Browser mode's host channel: the facilitator's page on the loopback web server drives the room.
let web: Server;
let controller: RoomController;
const SECRET = 's'.repeat(32);

async function start() {
  web = createServer();
  await new Promise<void>((ok) => web.listen(0, LOOPBACK, ok));
  const port = (web.address() as { port: number }).port;
  const events: ServerToHost[] = [];
  let socket: ReturnType<typeof attachRoomHostSocket> | null = null;
  controller = createRoomController(
    { phonePageDir: fakePhonePage(), host: LOOPBACK, port: 0 },
    (e) => {
      events.push(e);
      socket?.broadcast(e);
    },
  );
  socket = attachRoomHostSocket(web, { port, secret: SECRET, controller });
  return { port, events };
}

afterEach(async () => {
  await controller.close();
  web.closeAllConnections();
  await new Promise((ok) => web.close(ok));
});

function connect(port: number, query: string, headers: Record<string, string>) {
  return new Promise<WebSocket | number>((resolve) => {
    const ws = new WebSocket(`ws://${LOOPBACK}:${port}/room-host${query}`, { headers });
    ws.on('open', () => resolve(ws));
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('error', () => undefined);
  });
}

function call(ws: WebSocket, id: number, method: string, request: unknown) {
  return new Promise<Record<string, unknown>>((resolve) => {
    const listener = (data: WebSocket.RawData) => {
      const message = JSON.parse(data.toString());
      if (message.id === id) {
        ws.off('message', listener);
        resolve(message.result);
      }
    };
    ws.on('message', listener);
    ws.send(JSON.stringify({ id, method, request }));
  });
}

describe('the room’s host channel in browser mode', () => {
  it('refuses a page without the secret, from another origin, or under another host name', async () => {
    const { port } = await start();
    const origin = `http://${LOOPBACK}:${port}`;
    expect(await connect(port, '?secret=wrong', { origin })).toBe(403);
    expect(await connect(port, `?secret=${SECRET}`, { origin: 'http://evil.example' })).toBe(403);
    expect(
      await connect(port, `?secret=${SECRET}`, {
        origin: `http://evil.example:${port}`,
        host: `evil.example:${port}`,
      }),
    ).toBe(403);
  });

  it('opens and closes the room for the facilitator’s own page and relays its events', async () => {
    const { port } = await start();
    const ws = (await connect(port, `?secret=${SECRET}`, {
      origin: `http://${LOOPBACK}:${port}`,
    })) as WebSocket;
    const events: unknown[] = [];
    ws.on('message', (d) => {
      const m = JSON.parse(d.toString());
      if (m.event) events.push(m.event);
    });
    const opened = await call(ws, 1, 'openRoom', {
      sessionId: 'session-1',
      view: testView,
      hostWindow: 'window-test-1',
    });
    expect(opened).toMatchObject({ ok: true, value: { open: true, sessionId: 'session-1' } });
    expect(await call(ws, 2, 'sendToRoom', { type: 'view', view: testView })).toEqual({
      ok: true,
      value: { sent: true },
    });
    expect(
      await call(ws, 3, 'sendToRoom', { type: 'view', view: { ...testView, x: 1 } }),
    ).toMatchObject({
      ok: false,
    });
    expect(await call(ws, 4, 'closeRoom', {})).toMatchObject({ ok: true, value: { open: false } });
    expect(events).toContainEqual(expect.objectContaining({ type: 'status' }));
    ws.close();
  });
});
