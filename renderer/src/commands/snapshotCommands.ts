import type { ParleyDb } from '#renderer/db/database';
import { newId } from '#shared/domain/ids';
import {
  newestFirst,
  nextSeq,
  SNAPSHOT_KEEP,
  snapshotsToPrune,
  type SnapshotReason,
  type SnapshotRecord,
} from '#shared/recovery/snapshot';
import { validateSnapshot } from '#shared/recovery/validateSnapshot';

import { defineCommand } from './command';
import { CommandError } from './commandError';
import type { TxWriter } from './diff';
import { collectState, SNAPSHOT_TABLES } from './snapshotTables';

// Recovery snapshots are written by two features — recovery's own screen and scheduler, and
// export's import, whose Replace takes a safety snapshot — so the commands live below both.

const ALL_TABLES = [...SNAPSHOT_TABLES, 'snapshots'] as const;

/**
 * Writes a snapshot of the current state and prunes to the newest SNAPSHOT_KEEP, by insertion
 * order: the snapshot just written is never pruned, nor `spare` (the one being restored).
 * Exported for the commands that take a safety snapshot in their own transaction.
 */
export async function writeSnapshot(
  db: ParleyDb,
  w: TxWriter,
  takenAt: number,
  reason: SnapshotReason,
  onlyIfChanged: boolean,
  spare?: string,
): Promise<SnapshotRecord | null> {
  const state = await collectState(db);
  const metas = (await db.snapshots.toArray()).map(({ id, takenAt: t, seq }) => ({
    id,
    takenAt: t,
    seq,
  }));
  const latest = newestFirst(metas)[0];
  // "Every 5 minutes while changed": an idle board does not push its real history out of the list.
  if (
    onlyIfChanged &&
    latest &&
    (await db.snapshots.get(latest.id))?.fingerprint === state.fingerprint
  )
    return null;
  const record: SnapshotRecord = {
    id: newId<string>(),
    takenAt,
    seq: nextSeq(metas),
    reason,
    counts: state.counts,
    fingerprint: state.fingerprint,
    bytes: state.json.length,
    json: state.json,
  };
  await w.put('snapshots', record.id, record);
  const spared = new Set([record.id, ...(spare ? [spare] : [])]);
  for (const id of snapshotsToPrune([...metas, record], SNAPSHOT_KEEP, spared))
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
  // Every window's history describes rows that were just replaced; replaying it would mix states.
  clearsHistory: true,
  async run({ snapshotId }, w, { db, now }) {
    const chosen = await db.snapshots.get(snapshotId);
    if (!chosen)
      throw new CommandError('not-found', 'That snapshot is no longer kept; choose another one.');
    // Checked like an imported backup: a damaged or planted row is never written back.
    const checked = validateSnapshot(chosen.json);
    if (!checked.ok)
      throw new CommandError(
        'invalid',
        `That snapshot is damaged (${checked.message}) and cannot be restored. Nothing was changed.`,
      );
    const tables = checked.tables;
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
