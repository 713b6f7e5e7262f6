import { fingerprintOf, type SnapshotTables } from '#shared/recovery/snapshot';

import { TABLE_NAMES, type ParleyDb, type TableName } from '../db/database';

/**
 * Tables that are not part of a snapshot: the room's inbox of points from phones lives only while
 * the room is open (a point on the board is a card, and cards are in every snapshot). Its rows have
 * no backup schema yet (docs/backup-format.md), so a snapshot holding them could not be restored.
 */
export const LIVE_ONLY_TABLES: readonly TableName[] = ['roomPoints'];
const LIVE_ONLY = new Set<TableName>(LIVE_ONLY_TABLES);

/**
 * Every table a snapshot holds: all of TABLE_NAMES but the snapshots themselves, so tables that
 * other features add are included without anyone remembering to list them here.
 */
export const SNAPSHOT_TABLES: readonly TableName[] = TABLE_NAMES.filter(
  (name) => name !== 'snapshots' && !LIVE_ONLY.has(name),
);

export interface CollectedState {
  json: string;
  counts: Record<string, number>;
  fingerprint: string;
}

/** Reads every data table. Call it inside a transaction over SNAPSHOT_TABLES for a consistent cut. */
export async function collectState(db: ParleyDb): Promise<CollectedState> {
  const tables: SnapshotTables = {};
  const counts: Record<string, number> = {};
  for (const name of SNAPSHOT_TABLES) {
    const rows = await db.table(name).toArray();
    tables[name] = rows;
    counts[name] = rows.length;
  }
  const json = JSON.stringify(tables);
  return { json, counts, fingerprint: fingerprintOf(json) };
}
