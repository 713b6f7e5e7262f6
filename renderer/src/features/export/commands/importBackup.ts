import { defineCommand } from '#renderer/commands/command';
import { CommandError } from '#renderer/commands/commandError';
import { writeSnapshot } from '#renderer/commands/snapshotCommands';
import { TABLE_NAMES, type ParleyDb } from '#renderer/db/database';
import { RequestQueue } from '#renderer/db/requestQueue';
import { SESSION_OWNED_TABLES } from '#renderer/db/sessionRows';
import { voteBudgetKey } from '#shared/board/types';
import { newId, type SessionId, type WorkshopId } from '#shared/domain/ids';
import { TITLE_LIMIT } from '#shared/domain/text';
import { withFreshIds } from '#shared/export/backup/freshIds';
import type { Backup, BackupRow, BackupTables } from '#shared/export/backup/schema';
import { BACKUP_PRIMARY_KEYS, BACKUP_TABLE_NAMES } from '#shared/export/backup/tableSchemas';

/** What to do with sessions that are already on this machine. Never chosen silently. */
export type ConflictChoice = 'replace' | 'keep-both';

export interface ImportInput {
  backup: Backup;
  /** Required when any session in the file exists here already. */
  onConflict?: ConflictChoice;
  /** Put the imported sessions into this workshop (the organiser collecting groups' work). */
  intoWorkshopId?: WorkshopId | null;
  /** Told after each chunk of rows is written (rows written so far, rows in the file). */
  onProgress?(done: number, total: number): void;
  /** Stops the import between chunks; the transaction is abandoned, so nothing is kept. */
  signal?: AbortSignal;
}

/**
 * Rows per write (and per key check): IndexedDB clones each row on the calling thread, about
 * 0.1 ms a card and several times that on a loaded laptop, so a chunk must stay far below a 100 ms
 * task for a 10,000-card import to leave the window responsive (docs/architecture.md, "Long work").
 */
const CHUNK_ROWS = 50;

export interface ImportOutcome {
  sessionIds: SessionId[];
  replaced: number;
  copied: number;
  rows: number;
  /** Replace only: the snapshot of everything as it was, which the notice's Undo restores. */
  safetySnapshotId: string | null;
}

/** The sessions of a backup that already exist here (the question the UI must ask first). */
export async function existingSessions(
  db: ParleyDb,
  backup: Backup,
): Promise<{ id: string; title: string }[]> {
  const found = await db.sessions.bulkGet(backup.tables.sessions.map((s) => s.id as SessionId));
  return found.filter((s) => s !== undefined).map((s) => ({ id: s.id, title: s.title }));
}

/** Deletes every row that belongs to the given sessions (Replace), their settings included. */
async function deleteSessions(db: ParleyDb, sessionIds: string[]): Promise<void> {
  await db.sessions.bulkDelete(sessionIds as SessionId[]);
  await db.settings.bulkDelete(sessionIds.map((id) => voteBudgetKey(id as SessionId)));
  for (const name of SESSION_OWNED_TABLES) {
    const table = db.table(name);
    if (table.schema.primKey.name === 'sessionId') await table.bulkDelete(sessionIds);
    else if (table.schema.idxByName.sessionId)
      await table.where('sessionId').anyOf(sessionIds).delete();
    else
      await table.filter((row: BackupRow) => sessionIds.includes(row.sessionId as string)).delete();
  }
}

/** Whether any row of the file would land on a key already used here (by any session). */
async function anyKeyTaken(db: ParleyDb, tables: BackupTables): Promise<boolean> {
  const queue = new RequestQueue();
  let taken = false;
  for (const name of BACKUP_TABLE_NAMES) {
    if (taken) break;
    if (SHARED_TABLES.has(name)) continue;
    const key = BACKUP_PRIMARY_KEYS[name];
    const keys = ((tables[name] ?? []) as BackupRow[]).map((row) => row[key] as string);
    const table = db.table(name);
    const here = keys.length ? await table.count() : 0;
    if (here === 0) continue;
    if (here <= keys.length) {
      // Fewer rows here than in the file: one read of their keys is cheaper than a read per key
      // of the file (a 10,000-card file into an empty table asks nothing at all).
      const present = new Set<unknown>(await table.toCollection().primaryKeys());
      if (keys.some((k) => present.has(k))) taken = true;
      continue;
    }
    // In chunks: one bulkGet asks IndexedDB once per key in a single task, which for 10,000
    // cards blocked the window for a quarter of a second.
    for (let at = 0; at < keys.length && !taken; at += CHUNK_ROWS) {
      const asked = table.bulkGet(keys.slice(at, at + CHUNK_ROWS));
      await queue.add(asked.then((found) => (taken ||= found.some((row) => row !== undefined))));
    }
  }
  await queue.drain();
  return taken;
}

/** Rows here win over the file's: an existing workshop or plan template is never overwritten. */
const SHARED_TABLES: ReadonlySet<string> = new Set(['workshops', 'planTemplates']);

/**
 * Imports a validated backup in ONE transaction: if any write fails, nothing of the file is
 * kept (docs/backup-format.md, "Import"). Replace first takes a safety snapshot in the same
 * transaction — the notice's Undo restores it — and deletes the sessions it replaces. If any id
 * of the file is then still taken here (Keep both; or a file whose rows share ids with another
 * session), every row gets a fresh id, so no row of another session is ever touched. Every
 * window forgets its undo history afterwards: its entries describe rows that may be gone.
 */
export const importBackup = defineCommand<ImportInput, ImportOutcome>({
  name: 'backup.import',
  label: 'Import backup',
  tables: TABLE_NAMES,
  undoable: false,
  clearsHistory: true,
  async run({ backup, onConflict, intoWorkshopId, onProgress, signal }, w, { db, now }) {
    const conflicts = (await existingSessions(db, backup)).map((s) => s.id);
    if (conflicts.length && !onConflict) {
      throw new CommandError(
        'invalid',
        'Some of these sessions are already on this computer; choose Replace or Keep both.',
      );
    }
    if (intoWorkshopId && !(await db.workshops.get(intoWorkshopId)))
      throw new CommandError('not-found', 'That away day is no longer here; choose another.');
    let safetySnapshotId: string | null = null;
    if (conflicts.length && onConflict === 'replace') {
      safetySnapshotId = (await writeSnapshot(db, w, now(), 'before-import', false))!.id;
      await deleteSessions(db, conflicts);
    }
    const fresh = await anyKeyTaken(db, backup.tables);
    const tables = fresh ? withFreshIds(backup.tables, () => newId()) : backup.tables;
    const conflicting = new Set<string>(conflicts);
    const copies = new Set(
      onConflict === 'keep-both'
        ? tables.sessions.filter((_, i) => conflicting.has(backup.tables.sessions[i]!.id))
        : [],
    );
    let rows = 0;
    const writing = new RequestQueue();
    const total = BACKUP_TABLE_NAMES.reduce((n, name) => n + (tables[name]?.length ?? 0), 0);
    for (const name of BACKUP_TABLE_NAMES) {
      const table = db.table(name);
      // A table an older file leaves out (the room's points) counts as empty.
      let out = (tables[name] ?? []) as BackupRow[];
      if (name === 'sessions')
        out = tables.sessions.map((s) => ({
          ...s,
          ...(intoWorkshopId !== undefined ? { workshopId: intoWorkshopId } : {}),
          // A kept copy must be told apart from the original on the home screen.
          ...(copies.has(s) ? { title: `${s.title} (imported copy)`.slice(0, TITLE_LIMIT) } : {}),
        }));
      if (SHARED_TABLES.has(name)) {
        const key = BACKUP_PRIMARY_KEYS[name];
        const present = await table.bulkGet(out.map((r) => r[key] as string));
        out = out.filter((_, i) => present[i] === undefined);
      }
      for (let at = 0; at < out.length; at += CHUNK_ROWS) {
        if (signal?.aborted) throw new CommandError('invalid', 'Import cancelled.');
        const done = rows + Math.min(at + CHUNK_ROWS, out.length);
        const write = table.bulkAdd(out.slice(at, at + CHUNK_ROWS));
        await writing.add(write.then(() => onProgress?.(done, total)));
      }
      rows += out.length;
    }
    await writing.drain();
    return {
      sessionIds: tables.sessions.map((s) => s.id as SessionId),
      replaced: safetySnapshotId ? conflicts.length : 0,
      copied: copies.size,
      rows,
      safetySnapshotId,
    };
  },
});
