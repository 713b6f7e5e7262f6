import { Dexie, type ObservabilitySet } from 'dexie';
import { useCallback, useRef, useSyncExternalStore } from 'react';

/**
 * Whether a commit (its key ranges, commitTouches.ts) may change what the last read returned
 * (undefined before the first).
 */
export type CommitAffects<T> = (parts: ObservabilitySet, last: T | undefined) => boolean;

/**
 * For a commit that concerns the last result: a read of only what the commit can have changed,
 * resolving to the whole next result — or undefined, when the whole read must run again.
 */
export type CatchUp<T> = (parts: ObservabilitySet, last: T) => (() => Promise<T>) | undefined;

/**
 * A read kept live by a test of its own instead of Dexie's bookkeeping, for reads of many rows.
 *
 * Why: a Dexie live query records the primary key of every row it reads through an index, one by
 * one into a balanced tree, so that a later write to any of them re-runs it. For a lane of 2,000
 * cards that is milliseconds of every read, and a lane is read again after each card added to it
 * (measured: 1.1–1.4 ms a read at 400 cards, `addKeys` in a profile). Here the caller says what
 * touches its read — for a lane, its stretch of the lane index, or a key among the cards it holds
 * (a Set lookup) — and the read itself is a plain one.
 *
 * `key` names the read: every component that asks for the same key in this window shares one read
 * and its result (the board's lane and the room preview beside it read a lane once, as Dexie's
 * live-query cache let them do before). So `read` and `affects` must depend on nothing `key` does
 * not say; the first caller's are used. A `null` key reads nothing (a hook that needs the read
 * only sometimes).
 *
 * Same contract as useLiveQuery: the last result is shown until the next arrives (also when `key`
 * changes); a commit heard while a read runs is tested against what that read returns, and read
 * again if it concerns it; every commit of every window is heard (Dexie's `storagemutated`, also
 * when announced after the frame, announceAfterPaint.ts). `read` should not reject: wrap it in
 * readOrFailure.
 *
 * `catchUp`, if given, may answer a commit heard while no read runs with a smaller read (a lane:
 * only the cards after its last one). A commit heard while any read runs is read again in full.
 */
export function useLiveRead<T>(
  key: string | null,
  read: () => Promise<T>,
  affects: CommitAffects<T>,
  catchUp?: CatchUp<T>,
): T | undefined {
  // The caller's functions as of this render, for a read this call is the first to ask for.
  const latest = useRef({ read, affects, catchUp });
  latest.current = { read, affects, catchUp };
  const subscribe = useCallback(
    (changed: () => void) => (key === null ? () => {} : join(key, latest.current, changed)),
    [key],
  );
  const value = useSyncExternalStore(subscribe, () =>
    key === null ? undefined : (sharedReads.get(key)?.value as T | undefined),
  );
  // The last result stays while a new key's first read runs.
  const shown = useRef<T | undefined>(undefined);
  if (value !== undefined) shown.current = value;
  return value ?? shown.current;
}

/** A live read and the components listening to it. */
interface SharedRead {
  value: unknown;
  listeners: Set<() => void>;
  close(): void;
}

const sharedReads = new Map<string, SharedRead>();

/** What a live read is made of: its read, and how a commit bears on it. */
interface ReadSpec<T> {
  read: () => Promise<T>;
  affects: CommitAffects<T>;
  catchUp?: CatchUp<T> | undefined;
}

/** Listens to the read named `key`, starting it if no one else does; returns how to leave. */
function join<T>(key: string, spec: ReadSpec<T>, changed: () => void): () => void {
  let shared = sharedReads.get(key);
  if (!shared) {
    const started: SharedRead = {
      value: undefined,
      listeners: new Set(),
      close: keepReading(spec, (value) => {
        started.value = value;
        for (const listener of started.listeners) listener();
      }),
    };
    sharedReads.set(key, started);
    shared = started;
  }
  const joined = shared;
  joined.listeners.add(changed);
  return () => {
    joined.listeners.delete(changed);
    if (joined.listeners.size > 0) return;
    joined.close();
    if (sharedReads.get(key) === joined) sharedReads.delete(key);
  };
}

/** Reads now and after every commit that concerns the last result; returns how to stop. */
function keepReading<T>(
  { read, affects, catchUp }: ReadSpec<T>,
  done: (value: T) => void,
): () => void {
  let closed = false;
  let reading = false;
  let last: T | undefined;
  // Commits heard while a read runs: the read may hold them or not, so each is tested against
  // what it returns, as Dexie's live queries do.
  let heardMeanwhile: ObservabilitySet[] = [];
  const run = (next: () => Promise<T> = read) => {
    reading = true;
    next().then(
      (value) => {
        reading = false;
        if (closed) return;
        last = value;
        const missed = heardMeanwhile.some((parts) => affects(parts, value));
        heardMeanwhile = [];
        if (missed) run();
        else done(value);
      },
      (error: unknown) => {
        reading = false;
        heardMeanwhile = [];
        console.error('A live read failed', error);
      },
    );
  };
  const heard = (parts: ObservabilitySet) => {
    if (closed) return;
    if (reading) heardMeanwhile.push(parts);
    else if (affects(parts, last)) run((last !== undefined && catchUp?.(parts, last)) || read);
  };
  Dexie.on('storagemutated', heard);
  run();
  return () => {
    closed = true;
    Dexie.on('storagemutated').unsubscribe(heard);
  };
}
