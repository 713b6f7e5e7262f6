import { defineCommand } from '#renderer/commands/command';
import { CommandError } from '#renderer/commands/commandError';
import type { TxWriter } from '#renderer/commands/diff';
import type { ParleyDb } from '#renderer/db/database';
import { newId } from '#shared/domain/ids';
import {
  parseSnapshotTables,
  SNAPSHOT_KEEP,
  snapshotsToPrune,
  type SnapshotReason,
  type SnapshotRecord,
} from '#shared/recovery/snapshot';

import { collectState, SNAPSHOT_TABLES } from '../snapshotTables';

const ALL_TABLES = [...SNAPSHOT_TABLES, 'snapshots'] as const;

/** Writes a snapshot of the current state and prunes to the newest SNAPSHOT_KEEP. */
async function writeSnapshot(
  db: ParleyDb,
  w: TxWriter,
  takenAt: number,
  reason: SnapshotReason,
  onlyIfChanged: boolean,
  spare?: string,
): Promise<SnapshotRecord | null> {
  const state = await collectState(db);
  const latest = await db.snapshots.orderBy('takenAt').last();
  // "Every 5 minutes while changed": an idle board does not push its real history out of the list.
  if (onlyIfChanged && latest?.fingerprint === state.fingerprint) return null;
  const record: SnapshotRecord = {
    id: newId<string>(),
    takenAt,
    reason,
    counts: state.counts,
    fingerprint: state.fingerprint,
    bytes: state.json.length,
    json: state.json,
  };
  await w.put('snapshots', record.id, record);
  const all = await db.snapshots.toArray();
  // The snapshot being restored is spared, so the facilitator can go back to it again.
  const metas = all.filter((s) => s.id !== spare).map(({ id, takenAt: t }) => ({ id, takenAt: t }));
  for (const id of snapshotsToPrune(metas, spare ? SNAPSHOT_KEEP - 1 : SNAPSHOT_KEEP))
    await w.delete('snapshots', id);
  return record;
}

export const takeSnapshot = defineCommand<
  { reason: Exclude<SnapshotReason, 'before-restore'>; onlyIfChanged: boolean },
  SnapshotRecord | null
>({
  name: 'recovery.takeSnapshot',
  label: 'Take snapshot',
  // Every data table, so the snapshot is one consistent cut of the board, not a mix of moments.
  tables: ALL_TABLES,
  // A snapshot is a safety net beside the history, not an edit the facilitator would undo.
  undoable: false,
  async run({ reason, onlyIfChanged }, w, { db, now }) {
    return writeSnapshot(db, w, now(), reason, onlyIfChanged);
  },
});

export const restoreSnapshot = defineCommand<
  { snapshotId: string },
  { safetySnapshot: SnapshotRecord }
>({
  name: 'recovery.restoreSnapshot',
  label: 'Restore snapshot',
  tables: ALL_TABLES,
  // Not in the undo history: the snapshot of the current state taken first is the way back.
  undoable: false,
  async run({ snapshotId }, w, { db, now }) {
    const chosen = await db.snapshots.get(snapshotId);
    if (!chosen)
      throw new CommandError('not-found', 'That snapshot is no longer kept; choose another one.');
    let tables;
    try {
      tables = parseSnapshotTables(chosen.json);
    } catch {
      throw new CommandError(
        'invalid',
        'That snapshot is damaged and cannot be restored. Nothing was changed.',
      );
    }
    // Same transaction as the replacement: either both happen or neither does.
    const safetySnapshot = await writeSnapshot(db, w, now(), 'before-restore', false, snapshotId);
    // Replacing whole tables row by row through the TxWriter would read every row first to build
    // undo diffs that are never used; the safety snapshot already makes this step reversible.
    for (const name of SNAPSHOT_TABLES) {
      const table = db.table(name);
      await table.clear();
      const rows = tables[name];
      if (rows?.length) await table.bulkPut(rows);
    }
    return { safetySnapshot: safetySnapshot! };
  },
});
