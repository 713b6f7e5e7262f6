import {
  CLOSED_ROOM_STATUS,
  type OpenRoomRequest,
  type RoomStatus,
  type ServerToHost,
} from '#shared/room/protocol';

import { openRoomServer, type RoomServer, type RoomServerOptions } from './roomServer';

export type RoomSettings = Pick<
  RoomServerOptions,
  'phonePageDir' | 'host' | 'port' | 'maxPhones' | 'rate'
>;

/** The room as its host sees it: at most one opening at a time, whichever window asks. */
export interface RoomController {
  open(request: OpenRoomRequest): Promise<RoomStatus>;
  close(): Promise<RoomStatus>;
  send(message: unknown): { ok: true } | { ok: false; message: string };
  status(): RoomStatus;
}

/** The port a room listens on unless PARLEY_ROOM_PORT says otherwise (a busy port falls back). */
export const DEFAULT_ROOM_PORT = 4400;

/**
 * Hosts the room for the Electron main process and browser mode alike. Opening again (another
 * session, or after a reload) closes the old opening first, so its phones are told and its join
 * code dies with it.
 */
export function createRoomController(
  settings: RoomSettings,
  onEvent: (event: ServerToHost) => void,
): RoomController {
  let server: RoomServer | null = null;
  const start = (request: OpenRoomRequest, port: number) =>
    openRoomServer({ ...settings, ...request, port, toHost: onEvent });
  return {
    async open(request) {
      const previous = server;
      server = null;
      await previous?.close();
      const port = settings.port ?? DEFAULT_ROOM_PORT;
      server = await start(request, port).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'EADDRINUSE' && settings.port === undefined) return start(request, 0);
        throw error;
      });
      const status = server.status();
      onEvent({ type: 'status', status });
      return status;
    },
    async close() {
      const previous = server;
      server = null;
      await previous?.close();
      return CLOSED_ROOM_STATUS;
    },
    send(message) {
      if (!server) return { ok: false, message: 'The room is not open.' };
      return server.fromHost(message);
    },
    status: () => server?.status() ?? CLOSED_ROOM_STATUS,
  };
}

/** Reads PARLEY_ROOM_HOST / PARLEY_ROOM_PORT (docs/room.md); tests pin 127.0.0.1. */
export function roomSettingsFromEnv(
  env: Record<string, string | undefined>,
  phonePageDir: string,
): RoomSettings {
  const port = Number(env.PARLEY_ROOM_PORT);
  return {
    phonePageDir,
    host: env.PARLEY_ROOM_HOST || undefined,
    port: env.PARLEY_ROOM_PORT && Number.isInteger(port) ? port : undefined,
  };
}
