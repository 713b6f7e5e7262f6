import type { ParleyApi } from '#shared/ipc/contract';
import { snapshotFileName, type SnapshotRecord } from '#shared/recovery/snapshot';

/** Copies a snapshot to the native shell's folder; browser mode answers "not written". */
export async function copySnapshotToDisk(
  bridge: Pick<ParleyApi, 'writeSnapshotFile'>,
  record: SnapshotRecord,
): Promise<string | null> {
  const result = await bridge.writeSnapshotFile({
    fileName: snapshotFileName(record.takenAt, record.id),
    json: record.json,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.location;
}

/**
 * Copies a snapshot a command took inside its own transaction (the one before an import) to the
 * folder too, as the automatic ones are, so the way back does not live only in the database the
 * import just changed. Answers what went wrong, in words, or null.
 */
export async function copyStoredSnapshot(
  snapshots: { get(id: string): Promise<SnapshotRecord | undefined> },
  bridge: Pick<ParleyApi, 'writeSnapshotFile'>,
  snapshotId: string,
): Promise<string | null> {
  try {
    const record = await snapshots.get(snapshotId);
    if (!record) return 'The snapshot taken before the import is missing.';
    await copySnapshotToDisk(bridge, record);
    return null;
  } catch (error) {
    return `The snapshot taken before the import could not be copied to the snapshot folder (${error instanceof Error ? error.message : String(error)}); it is still in Restore.`;
  }
}
