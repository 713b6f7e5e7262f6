import { Dexie } from 'dexie';
import { useLiveQuery as useDexieLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';

/**
 * After this many committed writes (in any window) without running again, a live query is
 * renewed: unsubscribed and subscribed afresh, which costs it one read.
 *
 * Why: a Dexie 4.4.7 live query adds the key ranges of every write it hears about to a set that
 * it clears only when it runs again. A query a write does not touch (participants, the plan, a
 * lane's groups…) never runs again, so its set grows with every card written anywhere — measured
 * at about 1 MB per 100 writes with 30 such queries (tests/unit/renderer/db/useLiveQuery.test.tsx),
 * for as long as the board is open. Renewing drops the set. dexie-react-hooks keeps showing the
 * last result while the renewed query reads, so nothing on screen flickers.
 */
export const RENEW_AFTER_WRITES = 200;

/** Commits Dexie has announced to this window (each adds its key ranges to every live query). */
let writes = 0;
const listeners = new Set<() => void>();
Dexie.on('storagemutated', () => {
  writes++;
  for (const listener of listeners) listener();
});

/**
 * `useLiveQuery` from dexie-react-hooks, renewed after RENEW_AFTER_WRITES writes that did not
 * make it run again. The way the renderer subscribes to the database (enforced by lint), but for
 * reads of many rows that say themselves what concerns them (useLiveRead.ts: the board's lanes).
 */
export function useLiveQuery<T>(
  querier: () => Promise<T> | T,
  deps: readonly unknown[] = [],
): T | undefined {
  const [renewals, setRenewals] = useState(0);
  const writesAtLastRun = useRef(writes);
  const result = useDexieLiveQuery(querier, [...deps, renewals]);

  // Every result is a run; a run empties Dexie's set, so count from here.
  useEffect(() => {
    writesAtLastRun.current = writes;
  }, [result]);

  useEffect(() => {
    const listener = () => {
      if (writes - writesAtLastRun.current < RENEW_AFTER_WRITES) return;
      writesAtLastRun.current = writes;
      setRenewals((n) => n + 1);
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return result;
}
