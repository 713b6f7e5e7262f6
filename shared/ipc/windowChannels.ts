import type { IpcMethod } from './contract';

/** The kinds of window that load Parley's page (the print surface has no bridge at all). */
export type WindowRole = 'facilitator' | 'room';

/**
 * What each window may ask the native shell for (docs/hardening.md). The room view is on a
 * projector, often with a keyboard anyone can reach: it may only close itself (Escape). Saving
 * files, printing, opening windows, writing snapshots and running the room are the facilitator
 * window's.
 */
export const WINDOW_CHANNELS: Readonly<Record<WindowRole, readonly IpcMethod[]>> = {
  facilitator: [
    'getAppInfo',
    'saveFile',
    'openPresenter',
    'closePresenter',
    'printToPdf',
    'writeSnapshotFile',
    // — the room (docs/room.md) —
    'openRoom',
    'closeRoom',
    'sendToRoom',
    'getRoomStatus',
  ],
  // The room view may read the room's status, to show the join code on the wall.
  room: ['closePresenter', 'getRoomStatus'],
};
