import { cmp, type ObservabilitySet } from 'dexie';

/**
 * Reading a commit's key ranges: the `storagemutated` parts Dexie announces for every commit, in
 * this window or another (one range set per table index, named `idb://<db>/<table>/<index>`; the
 * primary key's index name is empty). A set may arrive from another window as a plain object, so
 * it is walked as data: `{ from, to, l, r }` nodes.
 */
interface RangeNode {
  from?: unknown;
  to?: unknown;
  l?: RangeNode | null;
  r?: RangeNode | null;
}

/** Every range of a set, or false as soon as `visit` returns true for one. */
function someRange(node: RangeNode | null | undefined, visit: (r: RangeNode) => boolean): boolean {
  if (!node || node.from === undefined) return false;
  return visit(node) || someRange(node.l, visit) || someRange(node.r, visit);
}

function partOf(
  parts: ObservabilitySet,
  dbName: string,
  table: string,
  index: string,
): RangeNode | undefined {
  return (parts as Record<string, RangeNode | undefined>)[`idb://${dbName}/${table}/${index}`];
}

/** Whether the commit wrote any key of `index` between `lower` and `upper` (both included). */
export function touchesIndexRange(
  parts: ObservabilitySet,
  dbName: string,
  table: string,
  index: string,
  lower: unknown,
  upper: unknown,
): boolean {
  if ((parts as { all?: boolean }).all) return true;
  return someRange(
    partOf(parts, dbName, table, index),
    (r) => cmp(r.from, upper) <= 0 && cmp(r.to, lower) >= 0,
  );
}

/**
 * Whether the commit wrote, changed or deleted a row whose primary key is in `keys` (a range of
 * keys written at once, such as a whole table cleared, counts as touching).
 */
export function touchesKeys(
  parts: ObservabilitySet,
  dbName: string,
  table: string,
  keys: ReadonlySet<string>,
): boolean {
  if ((parts as { all?: boolean }).all) return true;
  const touches = (r: RangeNode) =>
    cmp(r.from, r.to) !== 0 || (typeof r.from === 'string' && keys.has(r.from));
  return (
    someRange(partOf(parts, dbName, table, ''), touches) ||
    someRange(partOf(parts, dbName, table, ':dels'), touches)
  );
}
