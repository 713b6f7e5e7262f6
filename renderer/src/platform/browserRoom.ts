import type { ParleyBridge } from '#shared/ipc/contract';
import { fail, type IpcResult } from '#shared/ipc/result';
import type { RoomEventListener } from '#shared/ipc/roomContract';
import {
  HostChannelMessage,
  ROOM_HOST_PATH,
  ROOM_HOST_SECRET_META,
  type HostChannelRequest,
} from '#shared/room/hostChannel';

type RoomApi = Pick<
  ParleyBridge,
  'openRoom' | 'closeRoom' | 'sendToRoom' | 'getRoomStatus' | 'onRoomEvent'
>;
type Method = HostChannelRequest['method'];

const NO_ROOM_SERVER =
  'The room needs Parley’s own server: start it with npm run web (or the desktop app).';
const LOST =
  'Lost the connection to Parley’s server. Check that npm run web is still running, then try again.';

/**
 * The room in browser mode (docs/room.md): the page talks to the server that served it over a
 * loopback WebSocket. The server wrote a host secret into this page only because it was asked on
 * a loopback address, so another page (or another device) cannot act as the facilitator.
 */
export function createBrowserRoom(doc: Document = document): RoomApi {
  const secret = doc
    .querySelector(`meta[name="${ROOM_HOST_SECRET_META}"]`)
    ?.getAttribute('content');
  const listeners = new Set<RoomEventListener>();
  const waiting = new Map<number, (result: IpcResult<unknown>) => void>();
  let socket: Promise<WebSocket> | null = null;
  let nextId = 0;

  function connect(): Promise<WebSocket> {
    if (socket) return socket;
    const url = `ws://${location.host}${ROOM_HOST_PATH}?secret=${encodeURIComponent(secret!)}`;
    socket = new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      ws.addEventListener('open', () => resolve(ws));
      ws.addEventListener('message', (e) => receive(String(e.data)));
      ws.addEventListener('close', () => {
        socket = null;
        reject(new Error(LOST));
        for (const done of waiting.values()) done(fail('unavailable', LOST));
        waiting.clear();
        // Keep listening while someone listens: the server may have restarted.
        if (listeners.size > 0) setTimeout(() => void connect().catch(() => undefined), 2000);
      });
    });
    return socket;
  }

  function receive(text: string) {
    let parsed;
    try {
      parsed = HostChannelMessage.safeParse(JSON.parse(text));
    } catch {
      return;
    }
    if (!parsed.success) return;
    const message = parsed.data;
    if ('event' in message) for (const listener of listeners) listener(message.event);
    else {
      waiting.get(message.id)?.(message.result as IpcResult<unknown>);
      waiting.delete(message.id);
    }
  }

  async function call<T>(method: Method, request: unknown): Promise<IpcResult<T>> {
    if (!secret) return fail('unavailable', NO_ROOM_SERVER);
    try {
      const ws = await connect();
      const id = nextId++;
      const result = new Promise<IpcResult<unknown>>((done) => waiting.set(id, done));
      ws.send(JSON.stringify({ id, method, request }));
      return (await result) as IpcResult<T>;
    } catch {
      return fail('unavailable', LOST);
    }
  }

  return {
    openRoom: (request) => call('openRoom', request),
    closeRoom: (request) => call('closeRoom', request),
    sendToRoom: (request) => call('sendToRoom', request),
    getRoomStatus: (request) => call('getRoomStatus', request),
    onRoomEvent(listener) {
      listeners.add(listener);
      if (secret) void connect().catch(() => undefined);
      return () => listeners.delete(listener);
    },
  };
}
