import { voteBudgetKey } from '#shared/board/types';
import type { SessionId, WorkshopId } from '#shared/domain/ids';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type Backup,
  type BackupRow,
} from '#shared/export/backup/schema';
import { BACKUP_PRIMARY_KEYS, BACKUP_TABLE_NAMES } from '#shared/export/backup/tableSchemas';

import type { ParleyDb, TableName } from '../../db/database';
import { isSessionOwned, rowsOfSessions } from '../../db/sessionRows';

export type BackupScopeRequest =
  { kind: 'session'; sessionId: SessionId } | { kind: 'workshop'; workshopId: WorkshopId | null };

function byKey(primKey: string) {
  return (a: BackupRow, b: BackupRow) =>
    String(a[primKey]) < String(b[primKey]) ? -1 : String(a[primKey]) > String(b[primKey]) ? 1 : 0;
}

/**
 * A backup of one session or of a whole away day: the tables the format lists
 * (docs/backup-format.md, "What a backup may hold"). Rows are taken when their `sessionId` is
 * in scope; the only settings are the sessions' own (their dot budgets); plan templates travel
 * only with a whole away day; recovery snapshots never. Read in one transaction, so the file is
 * a consistent picture.
 */
export async function createBackup(
  db: ParleyDb,
  scope: BackupScopeRequest,
  meta: { now: number; appVersion: string },
): Promise<Backup> {
  return db.transaction('r', [...BACKUP_TABLE_NAMES], async () => {
    const found =
      scope.kind === 'session'
        ? await db.sessions.where('id').equals(scope.sessionId).toArray()
        : (await db.sessions.toArray()).filter((s) => s.workshopId === scope.workshopId);
    if (found.length === 0) throw new Error('There is no session to back up.');
    const sessionIds = new Set<string>(found.map((s) => s.id));
    const workshops = (
      await db.workshops.bulkGet([
        ...new Set(found.map((s) => s.workshopId).filter((id): id is WorkshopId => id !== null)),
      ])
    ).filter((w) => w !== undefined);
    const filed = new Set<string>(workshops.map((w) => w.id));
    // A session filed in a workshop deleted since is written as unfiled, so its file imports.
    const sessions = found.map((s) =>
      s.workshopId === null || filed.has(s.workshopId) ? s : { ...s, workshopId: null },
    );
    const tables: Record<string, BackupRow[]> = {};
    for (const name of BACKUP_TABLE_NAMES) {
      let rows: BackupRow[];
      if (name === 'sessions') rows = sessions as unknown as BackupRow[];
      else if (name === 'workshops') rows = workshops as unknown as BackupRow[];
      else if (name === 'settings')
        rows = (
          await db.settings.bulkGet([...sessionIds].map((id) => voteBudgetKey(id as SessionId)))
        ).filter((row) => row !== undefined) as unknown as BackupRow[];
      else if (isSessionOwned(name as TableName))
        rows = (await rowsOfSessions(db, name as TableName, [...sessionIds])) as BackupRow[];
      // Plan templates are the facilitator's own library: they travel only with a whole away day.
      else
        rows = scope.kind === 'workshop' ? ((await db.table(name).toArray()) as BackupRow[]) : [];
      tables[name] = rows.sort(byKey(BACKUP_PRIMARY_KEYS[name]));
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

/** A copy with every object's keys in alphabetical order, however the row was built. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortedKeys(v)]));
}

/**
 * The file's text: two-space indents, and rows with their fields in alphabetical order — rows
 * read back through the format's schemas come out in another order than they went in — so two
 * backups of the same data are identical and diff cleanly.
 */
export function serialiseBackup(backup: Backup): string {
  return JSON.stringify({ ...backup, tables: sortedKeys(backup.tables) }, null, 2) + '\n';
}
