import type { RoomController } from '#electron/room/index';
import { fail, ok } from '#shared/ipc/result';

import type { IpcHandlers } from '../ipc/registerHandlers';

/** The room's IPC handlers (docs/room.md): the main process hosts the room for the page. */
export function createRoomHandlers(
  controller: RoomController,
): Pick<IpcHandlers, 'openRoom' | 'closeRoom' | 'sendToRoom' | 'getRoomStatus'> {
  return {
    openRoom: async (request) => ok(await controller.open(request)),
    closeRoom: async () => ok(await controller.close()),
    getRoomStatus: async () => ok(controller.status()),
    sendToRoom: async (message) => {
      const sent = controller.send(message);
      return sent.ok ? ok({ sent: true }) : fail('unavailable', sent.message);
    },
  };
}
