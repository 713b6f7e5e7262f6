import { z } from 'zod';

import { CloseRoomRequest, HostToServer, OpenRoomRequest, ServerToHost } from './protocol';

/**
 * Browser mode's host channel (docs/room.md): the facilitator's page talks to the room over a
 * loopback WebSocket instead of IPC. Requests carry an id; replies carry the same id and an
 * IpcResult; room events arrive unasked.
 */
export const ROOM_HOST_PATH = '/room-host';
/** The page learns the host secret from this meta tag, written only into loopback responses. */
export const ROOM_HOST_SECRET_META = 'parley-room-host';

const RequestId = z.number().int().min(0);
export const HostChannelRequest = z.discriminatedUnion('method', [
  z.strictObject({ id: RequestId, method: z.literal('openRoom'), request: OpenRoomRequest }),
  z.strictObject({ id: RequestId, method: z.literal('closeRoom'), request: CloseRoomRequest }),
  z.strictObject({ id: RequestId, method: z.literal('sendToRoom'), request: HostToServer }),
  z.strictObject({
    id: RequestId,
    method: z.literal('getRoomStatus'),
    request: z.strictObject({}),
  }),
]);
export type HostChannelRequest = z.infer<typeof HostChannelRequest>;

export const HostChannelMessage = z.union([
  z.strictObject({
    id: RequestId,
    result: z.union([
      z.strictObject({ ok: z.literal(true), value: z.unknown() }),
      z.strictObject({
        ok: z.literal(false),
        error: z.strictObject({ code: z.string(), message: z.string() }),
      }),
    ]),
  }),
  z.strictObject({ event: ServerToHost }),
]);
export type HostChannelMessage = z.infer<typeof HostChannelMessage>;
