import { newestFirst, type SnapshotMeta } from '#shared/recovery/snapshot';

import { useServices } from '../../commands/AppServices';
import { readOrFailure, type ReadResult } from '../../db/readOrFailure';
import { useLiveQuery } from '../../db/useLiveQuery';

/** Snapshots newest first (by insertion), without their rows; a failed read is reported, never shown as "none". */
export function useSnapshotList(): ReadResult<SnapshotMeta[]> | undefined {
  const { db } = useServices();
  return useLiveQuery(
    () =>
      readOrFailure(async () => {
        // Insertion order, as pruning: a clock set back must not reorder the list.
        const rows = newestFirst(await db.snapshots.toArray());
        return rows.map(({ json: _json, ...meta }) => meta);
      }),
    [db],
  );
}
