import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';

import { WebSocketServer, type WebSocket } from 'ws';

import { fail, ok, type IpcResult } from '#shared/ipc/result';
import { HostChannelRequest, ROOM_HOST_PATH } from '#shared/room/hostChannel';
import type { ServerToHost } from '#shared/room/protocol';

import type { RoomController } from './roomController';

/** Host names the facilitator's page may use in browser mode: loopback only. */
export function loopbackHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

function sameSecret(given: string | null, secret: string): boolean {
  if (!given || given.length !== secret.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(secret));
}

/**
 * Browser mode's host channel (docs/room.md): the facilitator's page reaches the room over a
 * WebSocket on the loopback web server. It must come from our own page (Origin), for a loopback
 * host name (Host, against DNS rebinding), and carry the secret the server wrote into that page.
 */
export function attachRoomHostSocket(
  http: Server,
  options: { port: number; secret: string; controller: RoomController },
): { broadcast(event: ServerToHost): void } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
  const hosts = loopbackHosts(options.port);
  http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://host');
    if (url.pathname !== ROOM_HOST_PATH) return;
    const host = req.headers.host ?? '';
    const trusted =
      hosts.includes(host) &&
      req.headers.origin === `http://${host}` &&
      sameSecret(url.searchParams.get('secret'), options.secret);
    if (!trusted) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serve(ws));
  });

  function serve(ws: WebSocket) {
    ws.on('message', async (data) => {
      let id = -1;
      let result: IpcResult<unknown>;
      try {
        const json: unknown = JSON.parse(data.toString());
        // The id first, so even a request that fails validation gets its answer.
        const rawId = (json as { id?: unknown } | null)?.id;
        if (typeof rawId === 'number' && Number.isInteger(rawId) && rawId >= 0) id = rawId;
        const parsed = HostChannelRequest.safeParse(json);
        if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('; '));
        result = await run(parsed.data);
      } catch (error) {
        result = fail('bad-request', error instanceof Error ? error.message : String(error));
      }
      if (id >= 0) ws.send(JSON.stringify({ id, result }));
    });
  }

  async function run(request: HostChannelRequest): Promise<IpcResult<unknown>> {
    const { controller } = options;
    switch (request.method) {
      case 'openRoom':
        return ok(await controller.open(request.request));
      case 'closeRoom':
        return ok(await controller.close());
      case 'getRoomStatus':
        return ok(controller.status());
      case 'sendToRoom': {
        const sent = controller.send(request.request);
        return sent.ok ? ok({ sent: true }) : fail('unavailable', sent.message);
      }
    }
  }

  return {
    broadcast(event) {
      const text = JSON.stringify({ event });
      for (const client of wss.clients) client.send(text);
    },
  };
}
