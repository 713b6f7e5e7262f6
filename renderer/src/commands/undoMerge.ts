import type { RowDiff } from './diff';

/**
 * Undo and redo put back only what the command itself changed, on top of whatever was written
 * since by writes that are not in this window's history: a phone's stance, dot or point, or
 * another window (docs/architecture.md, "Commands and undo"). Restoring whole rows would erase those — undoing
 * "Edit clause" used to wipe the stances phones had given on the agreement since.
 *
 * For each field the command changed: if the row still holds the command's value, the other side
 * is put back; if it already holds that side, nothing is needed; if it holds something else, the
 * same thing was changed since, and the undo is refused rather than overwrite it. `updatedAt` is
 * bookkeeping and never a conflict.
 */
export type Restored = { kind: 'put'; row: object } | { kind: 'delete' } | { kind: 'conflict' };

const BOOKKEEPING = 'updatedAt';

export function restoredRow(
  current: unknown,
  diff: RowDiff,
  side: 'before' | 'after',
): Restored | null {
  const left = (side === 'before' ? diff.after : diff.before) as Fields | undefined;
  const target = diff[side] as Fields | undefined;
  const now = current as Fields | undefined;

  if (target === undefined) {
    // Undo of a create (or redo of a delete): remove the row unless it has been changed since.
    if (now === undefined) return null;
    return left !== undefined && sameIgnoringBookkeeping(now, left)
      ? { kind: 'delete' }
      : { kind: 'conflict' };
  }
  if (left === undefined || now === undefined) {
    // Undo of a delete (or redo of a create): bring it back unless another row took its place;
    // a row the command changed that has been deleted since cannot be changed back.
    if (now === undefined)
      return left === undefined ? { kind: 'put', row: target } : { kind: 'conflict' };
    return sameIgnoringBookkeeping(now, target) ? null : { kind: 'conflict' };
  }

  const merged: Fields = { ...now };
  for (const field of new Set([...Object.keys(left), ...Object.keys(target)])) {
    if (field === BOOKKEEPING || sameData(left[field], target[field])) continue;
    if (sameData(now[field], target[field])) continue;
    if (!sameData(now[field], left[field])) return { kind: 'conflict' };
    if (field in target) merged[field] = target[field];
    else delete merged[field];
  }
  if (BOOKKEEPING in target) merged[BOOKKEEPING] = target[BOOKKEEPING];
  return { kind: 'put', row: merged };
}

type Fields = Record<string, unknown>;

function sameIgnoringBookkeeping(a: Fields, b: Fields): boolean {
  const { [BOOKKEEPING]: _a, ...restA } = a;
  const { [BOOKKEEPING]: _b, ...restB } = b;
  return sameData(restA, restB);
}

/** Structural equality of stored data (plain objects, arrays and primitives), key order aside. */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => sameData(item, other[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Fields)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Fields)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameData((a as Fields)[k], (b as Fields)[k]));
}
