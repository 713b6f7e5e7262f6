// The room's plain constants, without zod, so the phone page can use them and stay small
// (docs/room.md: ≤ 60 kB of gzipped script). shared/room/protocol.ts re-exports them.

export const ROOM_PROTOCOL_VERSION = 1;

/** Join codes are short, unambiguous capitals and digits (no 0/O, 1/I) so they can be read aloud. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

export const ROOM_NAME_LIMIT = 120;

/** The WebSocket path the phone page connects to. */
export const PHONE_SOCKET_PATH = '/ws';
/** The query parameter of the join address that carries the join code. */
export const JOIN_CODE_PARAM = 'code';
