// Rolling recovery snapshots (docs/architecture.md, "Security and reliability"): the pure rules
// both processes share — how often, how many are kept, what a snapshot file is called, and how
// "nothing changed" is recognised.

/** A snapshot is taken at most this often, and only when something changed since the last one. */
export const SNAPSHOT_INTERVAL_MS = 5 * 60_000;
/** Older snapshots beyond this many are deleted, in the database and in the user-data folder. */
export const SNAPSHOT_KEEP = 10;

export type SnapshotReason = 'auto' | 'manual' | 'before-restore' | 'before-import';

/** What the Restore screen lists; the rows themselves stay in `json` until a restore needs them. */
export interface SnapshotMeta {
  id: string;
  /** The clock when taken, clamped to "now": for showing, never for ordering (see `seq`). */
  takenAt: number;
  /**
   * Insertion order (1, 2, 3…). Pruning and "the latest" follow it rather than `takenAt`, so a
   * clock set back (or a row dated in the future) can never push real snapshots out. Rows from
   * before this field have none and count as older than every row that has one.
   */
  seq?: number;
  reason: SnapshotReason;
  /** Rows per table, so a facilitator can tell "the one with 40 cards" from "the empty one". */
  counts: Record<string, number>;
  fingerprint: string;
  bytes: number;
}

/**
 * Stored as one JSON string rather than an object graph: listing snapshots clones strings, not
 * thousands of rows, and the same string is what Electron writes to disk.
 */
export interface SnapshotRecord extends SnapshotMeta {
  json: string;
}

/** FNV-1a over the JSON: cheap, and plenty to tell "unchanged since the last snapshot". */
export function fingerprintOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}

type Ordered = { id: string; takenAt: number; seq?: number };

/** Newest first, by insertion order (`seq`), then — for rows without one — by time. */
export function newestFirst<T extends Ordered>(rows: readonly T[]): T[] {
  return [...rows].sort(
    (a, b) => (b.seq ?? -1) - (a.seq ?? -1) || b.takenAt - a.takenAt || (a.id < b.id ? 1 : -1),
  );
}

/** The next insertion number after the rows kept. */
export function nextSeq(rows: readonly Ordered[]): number {
  return rows.reduce((max, r) => Math.max(max, r.seq ?? 0), 0) + 1;
}

/**
 * The ids to delete so that only the newest `keep` remain (oldest first out). Spared rows (the
 * snapshot just written, the one being restored) are never pruned and take up places of `keep`.
 */
export function snapshotsToPrune(
  rows: readonly Ordered[],
  keep = SNAPSHOT_KEEP,
  spare: ReadonlySet<string> = new Set(),
): string[] {
  return newestFirst(rows.filter((r) => !spare.has(r.id)))
    .slice(Math.max(0, keep - spare.size))
    .map((r) => r.id);
}

export const SNAPSHOT_FILE_PATTERN = /^snapshot-\d{8}T\d{6}\d{3}Z-[\w-]{1,64}\.json$/;

/** File names sort by time, so pruning the folder is a sort by name. */
export function snapshotFileName(takenAt: number, id: string): string {
  const stamp = new Date(takenAt).toISOString().replace(/[-:.]/g, '');
  return `snapshot-${stamp}-${id}.json`;
}

export type SnapshotTables = Record<string, unknown[]>;

/** Parses a snapshot's JSON, refusing anything that is not a map of table name → array of rows. */
export function parseSnapshotTables(json: string): SnapshotTables {
  const value: unknown = JSON.parse(json);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('a snapshot is an object of tables');
  const tables: SnapshotTables = {};
  for (const [name, rows] of Object.entries(value)) {
    if (!Array.isArray(rows)) throw new Error(`table ${name} is not a list of rows`);
    tables[name] = rows;
  }
  return tables;
}
