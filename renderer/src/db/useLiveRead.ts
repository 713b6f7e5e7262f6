import { Dexie, type ObservabilitySet } from 'dexie';
import { useEffect, useRef, useState } from 'react';

/**
 * Whether a commit (its key ranges, commitTouches.ts) may change what the last read returned
 * (undefined before the first).
 */
export type CommitAffects<T> = (parts: ObservabilitySet, last: T | undefined) => boolean;

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
 * Same contract as useLiveQuery: the last result is shown until the next arrives (also when `deps`
 * change); a commit heard while a read runs is tested against what that read returns, and read
 * again if it concerns it; every commit of every window is heard (Dexie's `storagemutated`, also
 * when announced after the frame, announceAfterPaint.ts). `read` should not reject: wrap it in readOrFailure.
 */
export function useLiveRead<T>(
  read: () => Promise<T>,
  affects: CommitAffects<T>,
  deps: readonly unknown[],
): T | undefined {
  const [result, setResult] = useState<T | undefined>(undefined);
  // The latest test, without restarting the subscription when the caller makes a new function.
  const affectsRef = useRef(affects);
  affectsRef.current = affects;

  useEffect(() => {
    let closed = false;
    let reading = false;
    let last: T | undefined;
    // Commits heard while a read runs: the read may hold them or not, so each is tested against
    // what it returns, as Dexie's live queries do.
    let heardMeanwhile: ObservabilitySet[] = [];
    const run = () => {
      reading = true;
      read().then(
        (value) => {
          reading = false;
          if (closed) return;
          last = value;
          const missed = heardMeanwhile.some((parts) => affectsRef.current(parts, value));
          heardMeanwhile = [];
          if (missed) run();
          else setResult(() => value);
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
      else if (affectsRef.current(parts, last)) run();
    };
    Dexie.on('storagemutated', heard);
    run();
    return () => {
      closed = true;
      Dexie.on('storagemutated').unsubscribe(heard);
    };
    // `read` and `affects` are the caller's, renewed each render; `deps` say when they change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return result;
}
