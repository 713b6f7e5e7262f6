import { fingerprintOf, type SnapshotTables } from '#shared/recovery/snapshot';

import { TABLE_NAMES, type ParleyDb, type TableName } from '../db/database';

/**
 * Every table a snapshot holds: all of TABLE_NAMES but the snapshots themselves, so tables that
 * other features add are included without anyone remembering to list them here — the room's
 * pending points too, so a restore keeps what phones sent that is not on the board yet.
 */
export const SNAPSHOT_TABLES: readonly TableName[] = TABLE_NAMES.filter(
  (name) => name !== 'snapshots',
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
