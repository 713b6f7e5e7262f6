import type { SessionId, WorkshopId } from '#shared/domain/ids';
import type { TablePrimaryKeys } from '#shared/export/backup/parseBackup';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type Backup,
  type BackupRow,
} from '#shared/export/backup/schema';

import { TABLE_NAMES, type ParleyDb } from '../../db/database';
import { isSessionOwned, rowsOfSessions } from '../../db/sessionRows';

export type BackupScopeRequest =
  { kind: 'session'; sessionId: SessionId } | { kind: 'workshop'; workshopId: WorkshopId | null };

/** Every table this build has, with its primary key, read from Dexie at runtime. */
export function tablePrimaryKeys(db: ParleyDb): TablePrimaryKeys {
  return Object.fromEntries(
    TABLE_NAMES.map((name) => [name, String(db.table(name).schema.primKey.keyPath)]),
  );
}

function byKey(primKey: string) {
  return (a: BackupRow, b: BackupRow) =>
    String(a[primKey]) < String(b[primKey]) ? -1 : String(a[primKey]) > String(b[primKey]) ? 1 : 0;
}

/**
 * A backup of one session or of a whole away day. Every table in TABLE_NAMES is written, so the
 * tables other features add are included without change here: rows are taken when their
 * `sessionId` is in scope; rows without one (settings, templates) only in a whole-workshop
 * backup. Read in one transaction, so the file is a consistent picture.
 */
export async function createBackup(
  db: ParleyDb,
  scope: BackupScopeRequest,
  meta: { now: number; appVersion: string },
): Promise<Backup> {
  const keys = tablePrimaryKeys(db);
  return db.transaction('r', [...TABLE_NAMES], async () => {
    const sessions =
      scope.kind === 'session'
        ? await db.sessions.where('id').equals(scope.sessionId).toArray()
        : (await db.sessions.toArray()).filter((s) => s.workshopId === scope.workshopId);
    if (sessions.length === 0) throw new Error('There is no session to back up.');
    const sessionIds = new Set<string>(sessions.map((s) => s.id));
    const workshopIds = new Set(
      sessions.map((s) => s.workshopId).filter((id): id is WorkshopId => id !== null),
    );
    const tables: Record<string, BackupRow[]> = {};
    for (const name of TABLE_NAMES) {
      let rows: BackupRow[];
      // Recovery snapshots are copies of this computer's whole database: they belong to its own
      // safety net, not to a group's work, and would multiply the file's size tenfold.
      if (name === 'snapshots') rows = [];
      else if (name === 'sessions') rows = sessions as unknown as BackupRow[];
      else if (name === 'workshops')
        rows = (await db.workshops.bulkGet([...workshopIds])).filter(
          (w) => w !== undefined,
        ) as unknown as BackupRow[];
      else if (isSessionOwned(name))
        rows = (await rowsOfSessions(db, name, [...sessionIds])) as BackupRow[];
      // App-wide rows (settings, plan templates) travel only with a whole away day.
      else
        rows = scope.kind === 'workshop' ? ((await db.table(name).toArray()) as BackupRow[]) : [];
      tables[name] = rows.sort(byKey(keys[name]!));
    }
    const workshop =
      scope.kind === 'workshop' && scope.workshopId
        ? await db.workshops.get(scope.workshopId)
        : undefined;
    const title =
      scope.kind === 'session' ? sessions[0]!.title : (workshop?.name ?? 'All sessions');
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: meta.now,
      app: { name: 'Parley', version: meta.appVersion },
      scope: { kind: scope.kind, title, sessionIds: [...sessionIds].sort() },
      tables,
    } as Backup;
  });
}

/** The file's text: stable key order and two-space indents, so two backups diff cleanly. */
export function serialiseBackup(backup: Backup): string {
  return JSON.stringify(backup, null, 2) + '\n';
}
