import { randomUUID } from 'node:crypto';

import { fail, ok } from '#shared/ipc/result';

import { writeFileAtomically, type AtomicWriteFs } from '../atomicWrite';
import type { IpcHandlers } from './registerHandlers';

export interface SaveDialog {
  /** Resolves to the chosen path, or null when the user cancels. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
}

/** Save: ask where with the native dialog, then write atomically. */
export function createSaveFileHandler(
  dialog: SaveDialog,
  fs: AtomicWriteFs,
): IpcHandlers['saveFile'] {
  return async (request) => {
    const target = await dialog.chooseSavePath(request.suggestedName);
    if (!target) return ok({ saved: false, location: null });
    try {
      await writeFileAtomically(fs, target, request.data, randomUUID());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason =
        code === 'ENOSPC'
          ? 'the disk is full'
          : code === 'EACCES' || code === 'EPERM'
            ? 'Parley may not write there'
            : 'the file could not be written';
      return fail(
        'failed',
        `Not saved: ${reason}. Nothing was overwritten; choose another place and try again.`,
      );
    }
    return ok({ saved: true, location: target });
  };
}
