import { basename, dirname, join } from 'node:path';

export interface AtomicWriteFs {
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
}

/**
 * Writes to a temporary file beside the target, then renames it into place. A crash or a full
 * disk mid-write leaves the previous file intact instead of a half-written one.
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
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
