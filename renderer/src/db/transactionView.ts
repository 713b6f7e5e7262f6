import type { Transaction } from 'dexie';

import { TABLE_NAMES, type ParleyDb, type TableName } from './database';

const TABLES: ReadonlySet<string | symbol> = new Set<string>(TABLE_NAMES);

/**
 * The database as seen from inside one transaction: every table it hands out is bound to `tx`,
 * so each read and write of a command goes to the command's transaction explicitly.
 *
 * Why not rely on Dexie finding the transaction by itself: it tracks "the current transaction"
 * across native `await`s with a zone that can be lost (Dexie issues #1186, #1996). When it was
 * lost mid-command, the rest of the command's work ran in transactions of its own and the
 * command's own transaction, left with nothing to do, committed half the work — seen once as a
 * part-made example session. Bound tables cannot stray: a command is all or nothing.
 */
export function transactionView(db: ParleyDb, tx: Transaction): ParleyDb {
  return new Proxy(db, {
    get(target, property, receiver) {
      if (TABLES.has(property)) return tx.table(property as TableName);
      if (property === 'table') return (name: TableName) => tx.table(name);
      return Reflect.get(target, property, receiver);
    },
  });
}
