import { JOIN_CODE_PARAM, PHONE_SOCKET_PATH, ROOM_PROTOCOL_VERSION } from '#shared/room/constants';
import type { PhoneMessage, ServerToPhone } from '#shared/room/protocol';

export type Connection = 'connecting' | 'online' | 'offline' | 'ended';

export interface SocketEvents {
  onMessage(message: ServerToPhone): void;
  onConnection(state: Connection): void;
  token(): string | null;
}

/** Close codes of 4000 and up mean "do not come back": closed, refused, removed. */
const FINAL_CLOSE = 4000;

/**
 * The phone's connection to the room: says hello with the join code, reconnects with growing
 * pauses when the Wi-Fi drops, and treats the phone's own "offline" as a dropped connection so
 * points wait on the phone instead of vanishing into a dead socket.
 */
export class PhoneSocket {
  private ws: WebSocket | null = null;
  private retryMs = 1000;
  private ended = false;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly code: string,
    private readonly events: SocketEvents,
  ) {
    addEventListener('online', () => this.reconnectNow());
    addEventListener('offline', () => this.ws?.close());
  }

  start(): void {
    this.connect();
  }

  send(message: PhoneMessage): boolean {
    if (this.ws?.readyState !== WebSocket.OPEN || !navigator.onLine) return false;
    this.ws.send(JSON.stringify(message));
    return true;
  }

  end(): void {
    this.ended = true;
    this.ws?.close();
    this.events.onConnection('ended');
  }

  private reconnectNow(): void {
    if (this.ended) return;
    if (this.timer) clearTimeout(this.timer);
    this.retryMs = 1000;
    if (!this.ws) this.connect();
  }

  private connect(): void {
    if (this.ended) return;
    if (!navigator.onLine) {
      this.events.onConnection('offline');
      return;
    }
    this.events.onConnection('connecting');
    const ws = new WebSocket(`ws://${location.host}${PHONE_SOCKET_PATH}`);
    this.ws = ws;
    ws.addEventListener('open', () => {
      const token = this.events.token();
      ws.send(
        JSON.stringify({
          type: 'hello',
          v: ROOM_PROTOCOL_VERSION,
          code: this.code,
          ...(token ? { token } : {}),
        }),
      );
    });
    ws.addEventListener('message', (e) => {
      let message: ServerToPhone;
      try {
        message = JSON.parse(String(e.data)) as ServerToPhone;
      } catch {
        return;
      }
      if (message.type === 'welcome') {
        this.retryMs = 1000;
        this.events.onConnection('online');
      }
      this.events.onMessage(message);
    });
    ws.addEventListener('close', (e) => {
      if (this.ws === ws) this.ws = null;
      if (e.code >= FINAL_CLOSE) this.ended = true;
      if (this.ended) return;
      this.events.onConnection('offline');
      this.timer = setTimeout(() => this.connect(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, 10_000);
    });
  }
}

export function joinCodeFromUrl(href: string): string | null {
  const code = new URL(href).searchParams.get(JOIN_CODE_PARAM);
  return code ? code.trim().toUpperCase() : null;
}
