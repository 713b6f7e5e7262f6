import { createServer, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

import { WebSocketServer, type WebSocket } from 'ws';

import {
  HostToServer,
  JOIN_CODE_PARAM,
  ROOM_MAX_MESSAGE_BYTES,
  type PhoneView,
  type RoomStatus,
  type ServerToHost,
} from '#shared/room/protocol';

import { atMostEvery } from './atMostEvery';
import { createHostGuard } from './hostGuard';
import { makeJoinCode } from './joinCode';
import { roomAddresses } from './networkAddresses';
import { CLOSE_REFUSED, PhoneConnection } from './phoneConnection';
import { createPhonePageHandler, PHONE_SOCKET_PATH } from './phonePage';
import { PhoneRegistry } from './phoneRegistry';
import type { RateLimit } from './rateLimiter';
import { Room } from './room';

export interface RoomServerOptions {
  sessionId: string;
  /** The facilitator window that opened the room and relays for it. */
  hostWindow: string;
  view: PhoneView;
  /** The built phone page (dist/phone). */
  phonePageDir: string;
  toHost: (message: ServerToHost) => void;
  /** PARLEY_ROOM_HOST: one address to listen on and show; otherwise every network address. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  maxPhones?: number;
  rate?: RateLimit;
  /** A phone that has not said hello by then is disconnected. */
  helloTimeoutMs?: number;
  now?: () => number;
  listAddresses?: () => string[];
}

export interface RoomServer {
  readonly port: number;
  status(): RoomStatus;
  /** A message from the facilitator's window; validated here too, whatever carried it. */
  fromHost(message: unknown): { ok: true } | { ok: false; message: string };
  close(): Promise<void>;
}

export const DEFAULT_MAX_PHONES = 150;
export const DEFAULT_RATE: RateLimit = { burst: 20, perSecond: 2 };
/**
 * The window hears of phones joining and leaving at most this often: soon enough for "12 phones
 * connected" to feel live, rare enough that a room joining at once is a few lists, not a hundred.
 */
export const STATUS_INTERVAL_MS = 250;

/**
 * Opens the room (docs/room.md): an HTTP server for the phone page and a WebSocket for its
 * messages, on the port given. No Electron here: the Electron main process and browser mode's
 * server host this same module.
 */
export async function openRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  const now = options.now ?? Date.now;
  const maxPhones = options.maxPhones ?? DEFAULT_MAX_PHONES;
  const { listenHost, addresses } = roomAddresses(options.host, options.listAddresses);
  const registry = new PhoneRegistry(maxPhones, options.rate ?? DEFAULT_RATE);
  const joinCode = makeJoinCode();
  const http = createServer();
  const wss = new WebSocketServer({ noServer: true, maxPayload: ROOM_MAX_MESSAGE_BYTES });
  let port = 0;
  let closed = false;

  const status = (): RoomStatus => ({
    open: !closed,
    sessionId: options.sessionId,
    hostWindow: options.hostWindow,
    joinCode,
    joinUrls: addresses.map((a) => joinUrl(a, port, joinCode)),
    phones: registry.summaries(),
    limits: { maxPhones },
  });
  const statusPush = atMostEvery(STATUS_INTERVAL_MS, () =>
    options.toHost({ type: 'status', status: status() }),
  );
  // Once closing, close() says the last word: a phone's socket closing after it must not send a
  // status of this room after the next room has opened.
  const room = new Room(joinCode, registry, options.view, options.toHost, now, () => {
    if (!closed) statusPush.ask();
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, listenHost, () => resolve());
  });
  port = (http.address() as { port: number }).port;
  const guard = createHostGuard(addresses, port);
  const servePage = createPhonePageHandler(options.phonePageDir);

  http.on('request', (req, res) => {
    if (!guard.isAllowedHost(req.headers.host)) {
      res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' }).end('Unknown host');
      return;
    }
    void servePage(req, res, req.headers.host!);
  });
  http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const refuse = (status: string) => {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
    };
    if (closed) return refuse('503 Service Unavailable');
    if (new URL(req.url ?? '/', 'http://room').pathname !== PHONE_SOCKET_PATH)
      return refuse('404 Not Found');
    if (!guard.isAllowedOrigin(req.headers.origin, req.headers.host))
      return refuse('403 Forbidden');
    // Sockets that never join count too: a flood of them is refused before it costs memory.
    if (wss.clients.size >= maxPhones * 3) return refuse('503 Service Unavailable');
    wss.handleUpgrade(req, socket, head, (ws) => accept(ws));
  });

  function accept(ws: WebSocket): void {
    const connection = new PhoneConnection(room, ws);
    const helloTimer = setTimeout(() => {
      if (!connection.joinedPhone) ws.close(CLOSE_REFUSED, 'no hello');
    }, options.helloTimeoutMs ?? 10_000);
    helloTimer.unref();
    ws.on('message', (data, isBinary) => {
      connection.receive(isBinary ? '' : data.toString());
    });
    ws.on('close', () => {
      clearTimeout(helloTimer);
      const phone = connection.joinedPhone;
      if (phone) room.socketClosed(phone, ws);
    });
    ws.on('error', () => ws.terminate());
  }

  return {
    get port() {
      return port;
    },
    status,
    fromHost(message) {
      const parsed = HostToServer.safeParse(message);
      if (!parsed.success)
        return { ok: false, message: parsed.error.issues.map((i) => i.message).join('; ') };
      if (!closed) room.fromHost(parsed.data);
      return { ok: true };
    },
    async close() {
      if (closed) return;
      closed = true;
      statusPush.cancel();
      room.close();
      // Give each phone a moment to receive "closed" before the sockets are cut.
      await Promise.race([
        Promise.all([...wss.clients].map((ws) => new Promise((done) => ws.once('close', done)))),
        new Promise((done) => setTimeout(done, 1000).unref()),
      ]);
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => {
        wss.close(() => http.close(() => resolve()));
        http.closeAllConnections();
      });
      options.toHost({ type: 'status', status: status() });
    },
  };
}

export function joinUrl(address: string, port: number, code: string): string {
  const host = address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${port}/?${JOIN_CODE_PARAM}=${code}`;
}
