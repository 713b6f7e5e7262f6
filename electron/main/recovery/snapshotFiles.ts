import { join } from 'node:path';

import { fail, ok } from '#shared/ipc/result';
import { SNAPSHOT_FILE_PATTERN, SNAPSHOT_KEEP } from '#shared/recovery/snapshot';

import { writeFileAtomically, type AtomicWriteFs } from '../atomicWrite';
import type { IpcHandlers } from '../ipc/registerHandlers';

export interface SnapshotFolderFs extends AtomicWriteFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  readdir(path: string): Promise<string[]>;
}

/**
 * Copies each recovery snapshot to `<userData>/snapshots` (Electron only), so a board survives
 * even a damaged browser profile. Writes are atomic — a crash mid-write leaves the previous
 * snapshots whole — and the folder keeps only the newest `keep` snapshot files.
 */
export function createSnapshotFileHandler(
  folder: string,
  fs: SnapshotFolderFs,
  nonce: () => string,
): IpcHandlers['writeSnapshotFile'] {
  return async ({ fileName, json }) => {
    const target = join(folder, fileName);
    try {
      await fs.mkdir(folder, { recursive: true });
      await writeFileAtomically(fs, target, json, nonce());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return fail(
        'failed',
        `The recovery snapshot could not be copied to disk (${code === 'ENOSPC' ? 'the disk is full' : (code ?? 'write failed')}). It is still kept inside Parley.`,
      );
    }
    // Only our own snapshot files are ever pruned; anything else a user puts there is left alone.
    const ours = (await fs.readdir(folder))
      .filter((name) => SNAPSHOT_FILE_PATTERN.test(name) && name !== fileName)
      .sort();
    for (const old of ours.slice(0, Math.max(0, ours.length - (SNAPSHOT_KEEP - 1))))
      await fs.rm(join(folder, old), { force: true });
    return ok({ written: true, location: target });
  };
}
