import { z } from 'zod';

import { COMMAND_NAMES } from '../commands/commandSpecs';
import { SNAPSHOT_FILE_PATTERN } from '../recovery/snapshot';
import {
  ClosePresenterRequest,
  ClosePresenterResponse,
  OpenPresenterRequest,
  OpenPresenterResponse,
} from './presenterContract';
import type { IpcResult } from './result';
import { roomChannels, type RoomEventListener } from './roomContract';

/**
 * The one map of everything the page may ask the native shell to do (docs/architecture.md, "The IPC
 * contract"). The preload builds `window.parley` from it, main validates every request against it,
 * and the browser build implements the same methods — so features never ask which shell they run
 * in.
 */

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  shell: z.enum(['electron', 'browser']),
  platform: z.string(),
  /** Where the app keeps its data, shown in About so a user can find their backups. */
  dataLocation: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** 50 MB: far above any realistic export, low enough that a bug cannot fill the disk through IPC. */
export const SAVE_FILE_MAX_BYTES = 50 * 1024 * 1024;

export const SaveFileRequest = z
  .object({
    suggestedName: z
      .string()
      .min(1)
      .max(200)
      // A suggested name is just a name: a path separator here would let the page pick the folder.
      .refine(
        (name) => !/[\\/]/.test(name) && name !== '.' && name !== '..',
        'a file name, not a path',
      ),
    mimeType: z.string().max(100),
    data: z.union([
      z.string().max(SAVE_FILE_MAX_BYTES),
      z.instanceof(Uint8Array).refine((b) => b.byteLength <= SAVE_FILE_MAX_BYTES),
    ]),
  })
  .strict();
export type SaveFileRequest = z.input<typeof SaveFileRequest>;

export const SaveFileResponse = z.object({ saved: z.boolean(), location: z.string().nullable() });
export type SaveFileResponse = z.infer<typeof SaveFileResponse>;

const NoArguments = z.object({}).strict();

// Recovery: the rolling snapshots' copy on disk.
/**
 * A snapshot copied to the user-data folder (Electron); the name is checked, never a path. How
 * many files are kept is main's to decide (SNAPSHOT_KEEP), never the page's.
 */
export const WriteSnapshotFileRequest = z
  .object({
    fileName: z.string().regex(SNAPSHOT_FILE_PATTERN, 'a snapshot file name'),
    json: z.string().max(SAVE_FILE_MAX_BYTES),
  })
  .strict();
export const WriteSnapshotFileResponse = z.object({
  written: z.boolean(),
  location: z.string().nullable(),
});
// Export: PDF through Chromium's printer.
/** Prints a self-contained HTML document to PDF and saves it where the user chooses. */
export const PrintToPdfRequest = z
  .object({
    html: z.string().min(1).max(SAVE_FILE_MAX_BYTES),
    suggestedName: SaveFileRequest.shape.suggestedName,
  })
  .strict();
export type PrintToPdfRequest = z.input<typeof PrintToPdfRequest>;

export const ipcContract = {
  getAppInfo: { channel: 'app:info:get', request: NoArguments, response: AppInfo },
  saveFile: { channel: 'app:file:save', request: SaveFileRequest, response: SaveFileResponse },

  // The room view (electron/main/presenterWindow.ts).
  openPresenter: {
    channel: 'app:presenter:open',
    request: OpenPresenterRequest,
    response: OpenPresenterResponse,
  },
  closePresenter: {
    channel: 'app:presenter:close',
    request: ClosePresenterRequest,
    response: ClosePresenterResponse,
  },

  printToPdf: {
    channel: 'app:export:printToPdf',
    request: PrintToPdfRequest,
    response: SaveFileResponse,
  },

  writeSnapshotFile: {
    channel: 'app:recovery:writeSnapshot',
    request: WriteSnapshotFileRequest,
    response: WriteSnapshotFileResponse,
  },

  // — room channels —
  ...roomChannels,
} as const;

export type IpcContract = typeof ipcContract;
export type IpcMethod = keyof IpcContract;
export type IpcRequest<M extends IpcMethod> = z.input<IpcContract[M]['request']>;
export type IpcParsedRequest<M extends IpcMethod> = z.output<IpcContract[M]['request']>;
export type IpcResponse<M extends IpcMethod> = z.output<IpcContract[M]['response']>;

/** What the page sees as `window.parley`: one async method per channel. */
export type ParleyApi = {
  [M in IpcMethod]: (request: IpcRequest<M>) => Promise<IpcResult<IpcResponse<M>>>;
};

/** Main → page notifications (menu items run renderer commands by name). */
export const MENU_COMMAND_CHANNEL = 'app:menu:command';
/** The menu sends any user-facing command by its registry name (shared/commands/commandSpecs.ts). */
export const MenuCommand = z.enum(COMMAND_NAMES);
export type MenuCommand = z.infer<typeof MenuCommand>;

export interface ParleyBridge extends ParleyApi {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** The room's events (docs/room.md): phones joining, their submissions, the room's status. */
  onRoomEvent(listener: RoomEventListener): () => void;
}
