import { z } from 'zod';

import {
  BACKUP_PRIMARY_KEYS,
  BACKUP_TABLE_ROWS,
  type BackupTableName,
} from '../export/backup/tableSchemas';
import { parseSnapshotTables, type SnapshotTables } from './snapshot';

/** App-wide preferences live in a snapshot too (the chime); a backup carries none of them. */
const AnySettingRow = z.strictObject({ key: z.string().min(1).max(200), value: z.json() });

/** Tables a snapshot holds whose rows name their session by `sessionId`. */
const APP_WIDE = new Set<string>(['workshops', 'sessions', 'settings', 'planTemplates']);

export type SnapshotCheck = { ok: true; tables: SnapshotTables } | { ok: false; message: string };

/**
 * Checks a snapshot's rows as an import checks a backup's (docs/backup-format.md, "Restoring a
 * snapshot"): only tables the app has, every row of the shape the app reads, no primary key
 * twice, and every session-owned row belonging to a session of the same snapshot. A snapshot
 * that fails is refused and nothing is written, so a damaged row can never be restored.
 */
export function validateSnapshot(json: string): SnapshotCheck {
  let tables: SnapshotTables;
  try {
    tables = parseSnapshotTables(json);
  } catch {
    return { ok: false, message: 'it is not a snapshot of Parley’s tables' };
  }
  const sessions = new Set<unknown>();
  for (const [name, rows] of Object.entries(tables)) {
    if (!Object.hasOwn(BACKUP_TABLE_ROWS, name))
      return { ok: false, message: `no table “${name}”` };
    const table = name as BackupTableName;
    const schema = table === 'settings' ? AnySettingRow : BACKUP_TABLE_ROWS[table];
    const seen = new Set<unknown>();
    for (const row of rows) {
      const parsed = schema.safeParse(row);
      if (!parsed.success)
        return {
          ok: false,
          message: `a row of “${name}” is damaged (${parsed.error.issues[0]?.message})`,
        };
      const key = (row as Record<string, unknown>)[BACKUP_PRIMARY_KEYS[table]];
      if (seen.has(key)) return { ok: false, message: `“${name}” holds ${String(key)} twice` };
      seen.add(key);
      if (table === 'sessions') sessions.add(key);
    }
  }
  for (const [name, rows] of Object.entries(tables)) {
    if (APP_WIDE.has(name)) continue;
    if (rows.some((row) => !sessions.has((row as { sessionId: unknown }).sessionId)))
      return { ok: false, message: `a row of “${name}” belongs to no session in the snapshot` };
  }
  return { ok: true, tables };
}
