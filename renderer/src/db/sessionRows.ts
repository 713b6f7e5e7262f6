import { TABLE_NAMES, type ParleyDb, type TableName } from './database';

/** Tables whose rows belong to the whole app, not to one session: they carry no `sessionId`. */
const APP_WIDE: ReadonlySet<TableName> = new Set<TableName>([
  'workshops',
  'settings',
  'planTemplates',
  'snapshots',
] as TableName[]);

/**
 * Tables whose rows belong to one session through their `sessionId` field (the sessions table
 * itself is keyed by `id`, so it is left to the caller). Derived from TABLE_NAMES, so a table a
 * feature adds later is deleted with its session and goes into its backup without a change here.
 */
export const SESSION_OWNED_TABLES: readonly TableName[] = TABLE_NAMES.filter(
  (t) => t !== 'sessions' && !APP_WIDE.has(t),
);

export function isSessionOwned(table: TableName): boolean {
  return SESSION_OWNED_TABLES.includes(table);
}

export type SessionRow = Record<string, unknown> & { sessionId: string };

/** The rows of a session-owned table that belong to any of `sessionIds`: by key, by index, or (no index) by scan. */
export async function rowsOfSessions(
  db: ParleyDb,
  table: TableName,
  sessionIds: readonly string[],
): Promise<SessionRow[]> {
  const t = db.table<SessionRow>(table);
  if (t.schema.primKey.name === 'sessionId')
    return (await t.bulkGet([...sessionIds])).filter((row): row is SessionRow => row !== undefined);
  if (t.schema.idxByName['sessionId'])
    return t
      .where('sessionId')
      .anyOf([...sessionIds])
      .toArray();
  const wanted = new Set(sessionIds);
  return t.filter((row) => wanted.has(row.sessionId)).toArray();
}

/** The primary key of a row of `table`. */
export function rowKey(db: ParleyDb, table: TableName, row: Record<string, unknown>): string {
  return String(row[String(db.table(table).schema.primKey.keyPath)]);
}
