import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach } from 'vitest';
import WebSocket from 'ws';

import { openRoomServer, type RoomServer, type RoomServerOptions } from '#electron/room/index';
import { phoneView } from '#fixtures/room';
import type { ServerToHost, ServerToPhone } from '#shared/room/protocol';

// Tests reach the room only on loopback (docs/room.md): PARLEY_ROOM_HOST=127.0.0.1, port 0.
export const LOOPBACK = '127.0.0.1';

export const testView = phoneView;

/** A stand-in for dist/phone: the server only needs an index and an asset to serve. */
export function fakePhonePage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-phone-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Parley</title>');
  writeFileSync(join(dir, 'assets', 'phone.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'not for phones');
  return dir;
}

/** Waits for the first queued or future item that matches; bounded so a broken test fails. */
class Inbox<T> {
  private readonly items: T[] = [];
  private readonly waiters: { match: (t: T) => boolean; done: (t: T) => void }[] = [];

  push(item: T): void {
    const waiter = this.waiters.find((w) => w.match(item));
    if (waiter) {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.done(item);
    } else this.items.push(item);
  }

  all(): readonly T[] {
    return this.items;
  }

  next(match: (t: T) => boolean = () => true, what = 'a message'): Promise<T> {
    const index = this.items.findIndex(match);
    if (index >= 0) return Promise.resolve(this.items.splice(index, 1)[0]!);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${what} arrived`)), 5000);
      this.waiters.push({
        match,
        done: (t) => {
          clearTimeout(timer);
          resolve(t);
        },
      });
    });
  }
}

export interface TestRoom {
  server: RoomServer;
  host: Inbox<ServerToHost>;
  origin: string;
}

export async function openTestRoom(options: Partial<RoomServerOptions> = {}): Promise<TestRoom> {
  const host = new Inbox<ServerToHost>();
  const server = await openRoomServer({
    sessionId: 'session-1',
    hostWindow: 'window-test-1',
    view: testView,
    phonePageDir: fakePhonePage(),
    toHost: (m) => host.push(m),
    host: LOOPBACK,
    port: 0,
    ...options,
  });
  return { server, host, origin: `http://${LOOPBACK}:${server.port}` };
}

export interface TestPhone {
  socket: WebSocket;
  inbox: Inbox<ServerToPhone>;
  closed: Promise<number>;
  send(message: unknown): void;
}

export function connectPhone(
  room: TestRoom,
  headers: Record<string, string> = { origin: room.origin },
): Promise<TestPhone> {
  const socket = new WebSocket(`ws://${LOOPBACK}:${room.server.port}/ws`, { headers });
  const inbox = new Inbox<ServerToPhone>();
  socket.on('message', (data) => inbox.push(JSON.parse(data.toString()) as ServerToPhone));
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    socket.once('open', () =>
      resolve({ socket, inbox, closed, send: (m) => socket.send(JSON.stringify(m)) }),
    );
    socket.once('error', reject);
  });
}

/** Connects and joins with the room's code; returns the phone, its token and its id. */
export async function joinPhone(room: TestRoom, token?: string) {
  const phone = await connectPhone(room);
  phone.send({ type: 'hello', v: 1, code: room.server.status().joinCode, token });
  const welcome = await phone.inbox.next((m) => m.type === 'welcome', 'welcome');
  const ready = await room.host.next((m) => m.type === 'phone-ready', 'phone-ready');
  if (welcome.type !== 'welcome' || ready.type !== 'phone-ready') throw new Error('unreachable');
  return { phone, token: welcome.token, phoneId: ready.phoneId, welcome };
}

export function point(id: string, text = 'A point from a phone') {
  return { type: 'point', id, stageId: 'stage-1', text };
}

/** Rooms opened by a test file, closed after each test: `const room = useTestRooms();`. */
export function useTestRooms() {
  let rooms: TestRoom[] = [];
  afterEach(async () => {
    await Promise.all(rooms.map((r) => r.server.close()));
    rooms = [];
  });
  return async (options?: Partial<RoomServerOptions>) => {
    const opened = await openTestRoom(options);
    rooms.push(opened);
    return opened;
  };
}
