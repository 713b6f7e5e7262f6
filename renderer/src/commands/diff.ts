import type { ParleyDb, TableName } from '../db/database';
import { CommandError } from './commandError';
import { restoredRow } from './undoMerge';

/** One row's change inside a command: the undo history replays these backwards and forwards. */
export interface RowDiff {
  table: TableName;
  key: string;
  before: unknown;
  after: unknown;
}

type AnyTable = {
  get(key: string): Promise<unknown>;
  add(row: unknown): Promise<unknown>;
  put(row: unknown): Promise<unknown>;
  delete(key: string): Promise<void>;
};

function tableOf(db: ParleyDb, name: TableName): AnyTable {
  return db.table(name) as unknown as AnyTable;
}

/**
 * The only way commands write. Each write first reads the row it replaces, so the command's undo
 * entry is exactly the rows before and after — no hand-written inverse operations to get wrong.
 */
export class TxWriter {
  readonly diffs: RowDiff[] = [];
  /** The diff of each row already put, by table and key. */
  private readonly written = new Map<string, RowDiff>();

  constructor(private readonly db: ParleyDb) {}

  async put<T extends object>(table: TableName, key: string, row: T): Promise<void> {
    const t = tableOf(this.db, table);
    const earlier = this.written.get(`${table}\u0000${key}`);
    if (earlier) {
      // Written twice in one command (a first guess corrected): still one change, from the row
      // as it was before the command to the row as it is now.
      await t.put(row);
      earlier.after = row;
      return;
    }
    // Both requests go out at once: a transaction runs its requests in the order they were made,
    // so the get still reads the row as it was, and the command waits one round trip, not two.
    const [before] = await Promise.all([t.get(key), t.put(row)]);
    this.record({ table, key, before, after: row });
  }

  /**
   * A new row under a key made for it (newId): nothing to read first, so one request, not two.
   * Fails (and with it the command) if the key is taken after all.
   */
  async insert<T extends object>(table: TableName, key: string, row: T): Promise<void> {
    await tableOf(this.db, table).add(row);
    this.record({ table, key, before: undefined, after: row });
  }

  private record(diff: RowDiff): void {
    this.diffs.push(diff);
    this.written.set(`${diff.table}\u0000${diff.key}`, diff);
  }

  async delete(table: TableName, key: string): Promise<void> {
    const t = tableOf(this.db, table);
    const before = await t.get(key);
    if (before === undefined) return;
    await t.delete(key);
    this.diffs.push({ table, key, before, after: undefined });
  }
}

/** Writes one side of a list of diffs (`before` to undo, `after` to redo) in the right order. */
export async function applyDiffs(
  db: ParleyDb,
  diffs: readonly RowDiff[],
  side: 'before' | 'after',
): Promise<void> {
  const ordered = side === 'before' ? [...diffs].reverse() : diffs;
  for (const diff of ordered) {
    const row = diff[side];
    const t = tableOf(db, diff.table);
    if (row === undefined) await t.delete(diff.key);
    else await t.put(row);
  }
}

/**
 * Undo and redo: writes one side of the diffs field by field over what is stored now
 * (`restoredRow`), and throws without writing if something the diffs changed has been changed
 * since by a write outside this history.
 */
export async function restoreDiffs(
  db: ParleyDb,
  diffs: readonly RowDiff[],
  side: 'before' | 'after',
  refusal: string,
): Promise<void> {
  const ordered = side === 'before' ? [...diffs].reverse() : diffs;
  for (const diff of ordered) {
    const t = tableOf(db, diff.table);
    const restored = restoredRow(await t.get(diff.key), diff, side);
    if (restored === null) continue;
    if (restored.kind === 'conflict') throw new CommandError('conflict', refusal);
    if (restored.kind === 'delete') await t.delete(diff.key);
    else await t.put(restored.row);
  }
}

export function tablesOf(diffs: readonly RowDiff[]): TableName[] {
  return [...new Set(diffs.map((d) => d.table))];
}
