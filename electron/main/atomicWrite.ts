import { open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteFs {
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
  /** Flushes a file, or a folder's list of names, to the disk (fsync); see syncPath. */
  fsync(path: string): Promise<void>;
}

/**
 * fsync for a path. A file is opened for writing (Windows flushes only handles that may write);
 * a folder is opened for reading, and where the system cannot flush one (Windows), the rename is
 * already durable there and the refusal is ignored.
 */
export async function syncPath(path: string): Promise<void> {
  let handle;
  try {
    handle = await open(path, 'r+');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EACCES') throw error;
    try {
      handle = await open(path, 'r');
    } catch {
      return;
    }
  }
  try {
    await handle.sync().catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EISDIR' && error.code !== 'EPERM' && error.code !== 'EINVAL') throw error;
    });
  } finally {
    await handle.close();
  }
}

/**
 * Writes to a temporary file beside the target, flushes it to the disk, renames it into place,
 * and flushes the folder so the rename itself survives a power cut. A crash or a full disk
 * mid-write leaves the previous file intact instead of a half-written one; without the flushes a
 * power cut after the rename could leave an empty file under the target's name.
 */
export async function writeFileAtomically(
  fs: AtomicWriteFs,
  target: string,
  data: string | Uint8Array,
  nonce: string,
): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${nonce}.tmp`);
  try {
    await fs.writeFile(temp, data);
    await fs.fsync(temp);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await fs.fsync(dirname(target));
}
