import { z } from 'zod';

import {
  CloseRoomRequest,
  HostToServer,
  OpenRoomRequest,
  RoomStatus,
  type ServerToHost,
} from '../room/protocol';

// The room's IPC schemas (docs/room.md), kept beside the contract so the map stays a map. Browser
// mode carries the same requests over its loopback host socket (shared/room/hostChannel.ts).

export const ROOM_EVENT_CHANNEL = 'app:room:event';

export const roomChannels = {
  openRoom: { channel: 'app:room:open', request: OpenRoomRequest, response: RoomStatus },
  closeRoom: { channel: 'app:room:close', request: CloseRoomRequest, response: RoomStatus },
  sendToRoom: {
    channel: 'app:room:send',
    request: HostToServer,
    response: z.object({ sent: z.boolean() }),
  },
  getRoomStatus: { channel: 'app:room:status', request: z.strictObject({}), response: RoomStatus },
} as const;

export type RoomEventListener = (event: ServerToHost) => void;
