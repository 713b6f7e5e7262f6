import { defineCommand } from '#renderer/commands/command';
import { CommandError } from '#renderer/commands/commandError';
import { TABLE_NAMES, type ParleyDb, type TableName } from '#renderer/db/database';
import { newId, type SessionId, type WorkshopId } from '#shared/domain/ids';
import type { Backup, BackupRow } from '#shared/export/backup/schema';

/** What to do with sessions that are already on this machine. Never chosen silently. */
export type ConflictChoice = 'replace' | 'keep-both';

export interface ImportInput {
  backup: Backup;
  /** Required when any session in the file exists here already. */
  onConflict?: ConflictChoice;
  /** Put the imported sessions into this workshop (the organiser collecting groups' work). */
  intoWorkshopId?: WorkshopId | null;
}

export interface ImportOutcome {
  sessionIds: SessionId[];
  replaced: number;
  copied: number;
  rows: number;
}

/** The sessions of a backup that already exist here (the question the UI must ask first). */
export async function existingSessions(
  db: ParleyDb,
  backup: Backup,
): Promise<{ id: string; title: string }[]> {
  const found = await db.sessions.bulkGet(backup.tables.sessions.map((s) => s.id as SessionId));
  return found.filter((s) => s !== undefined).map((s) => ({ id: s.id, title: s.title }));
}

const DERIVED = /[:|]/;

/**
 * Replaces every string equal to an old id with its new id, anywhere in a row (fields, arrays,
 * nested objects). Other features' rows point at cards and sessions in fields this code cannot
 * know (votes.cardId, clause.sourceCardIds…); ids are random UUIDs, so matching by value is safe.
 */
function remap(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') {
    const whole = ids.get(value);
    if (whole !== undefined) return whole;
    // Derived keys such as a stage note's `${sessionId}:${stageId}` or a dot's `${cardId}|${participantId}`
    // are remapped part by part.
    return DERIVED.test(value)
      ? value
          .split(/([:|])/)
          .map((part) => ids.get(part) ?? part)
          .join('')
      : value;
  }
  if (Array.isArray(value)) return value.map((v) => remap(v, ids));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = remap(v, ids);
    return out;
  }
  return value;
}

/** Deletes every row that belongs to the given sessions, in every table that has sessionId. */
async function deleteSessions(db: ParleyDb, sessionIds: string[]): Promise<void> {
  for (const name of TABLE_NAMES) {
    const table = db.table(name);
    if (name === 'sessions') await table.bulkDelete(sessionIds);
    else if (table.schema.idxByName.sessionId)
      await table.where('sessionId').anyOf(sessionIds).delete();
    else
      await table
        .filter(
          (row: BackupRow) =>
            typeof row.sessionId === 'string' && sessionIds.includes(row.sessionId),
        )
        .delete();
  }
}

/**
 * Imports a validated backup in ONE transaction over every table: if any write fails, nothing of
 * the file is kept. It does not enter the undo history (docs/architecture.md, "Commands and undo");
 * it writes with bulk operations rather than row-by-row through the TxWriter, which is what lets
 * 10,000 cards land within the 1.5 s budget.
 */
export const importBackup = defineCommand<ImportInput, ImportOutcome>({
  name: 'backup.import',
  label: 'Import backup',
  tables: TABLE_NAMES,
  undoable: false,
  async run({ backup, onConflict, intoWorkshopId }, _writer, { db }) {
    const conflicts = (await existingSessions(db, backup)).map((s) => s.id);
    if (conflicts.length && !onConflict) {
      throw new CommandError(
        'invalid',
        'Some of these sessions are already on this computer; choose Replace or Keep both.',
      );
    }
    const ids = new Map<string, string>();
    if (conflicts.length && onConflict === 'keep-both') {
      // Every row of the file gets a fresh id, except workshops and settings, which are shared.
      for (const [name, rows] of Object.entries(backup.tables)) {
        if (name === 'workshops' || name === 'settings') continue;
        const primKey = String(db.table(name).schema.primKey.keyPath);
        for (const row of rows as BackupRow[]) {
          const key = String(row[primKey]);
          // A derived key (`a:b`, `a|b`) follows its parts instead of getting an id of its own.
          if (!DERIVED.test(key) && !ids.has(key)) ids.set(key, newId());
        }
      }
    } else if (conflicts.length) {
      await deleteSessions(db, conflicts);
    }
    const copied = onConflict === 'keep-both' ? conflicts.length : 0;
    let count = 0;
    for (const [name, rows] of Object.entries(backup.tables) as [TableName, BackupRow[]][]) {
      const table = db.table(name);
      let out = ids.size ? (rows.map((r) => remap(r, ids)) as BackupRow[]) : rows;
      if (name === 'sessions') {
        const copies = new Set(copied ? conflicts.map((id) => ids.get(id)) : []);
        out = out.map((s) => ({
          ...s,
          ...(intoWorkshopId !== undefined ? { workshopId: intoWorkshopId } : {}),
          // A kept copy must be told apart from the original on the home screen.
          ...(copies.has(String(s.id))
            ? { title: `${String(s.title)} (imported copy)`.slice(0, 200) }
            : {}),
        }));
      }
      if (name === 'workshops' || name === 'settings') {
        // Never overwrite what is here: an existing workshop or preference wins.
        const primKey = String(table.schema.primKey.keyPath);
        const present = new Set(
          (await table.bulkGet(out.map((r) => r[primKey] as string)))
            .filter(Boolean)
            .map((r) => (r as BackupRow)[primKey]),
        );
        out = out.filter((r) => !present.has(r[primKey]));
      }
      await table.bulkAdd(out);
      count += out.length;
    }
    const sessionIds = backup.tables.sessions.map((s) => (ids.get(s.id) ?? s.id) as SessionId);
    return {
      sessionIds,
      replaced: onConflict === 'replace' ? conflicts.length : 0,
      copied,
      rows: count,
    };
  },
});
