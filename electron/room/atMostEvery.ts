/** A call that may be asked for often but runs at most once per interval. */
export interface Coalesced {
  /** Runs now if the last run was an interval ago, else once when the interval is up. */
  ask(): void;
  /** Forgets a run still to come (the room is closing and says its last word itself). */
  cancel(): void;
}

/**
 * Folds a burst of asks into few runs: the first runs at once, the rest of the interval's asks
 * become one run at its end, which reads the state as it is then. The room tells the facilitator's
 * window its phone list this way: a room of a hundred scanning the code at once sent a hundred
 * lists of up to a hundred phones, each parsed and drawn by the window while the facilitator typed
 * (docs/room.md, "Flow").
 */
export function atMostEvery(
  intervalMs: number,
  run: () => void,
  now: () => number = Date.now,
): Coalesced {
  let lastRun = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const runNow = () => {
    timer = null;
    lastRun = now();
    run();
  };
  return {
    ask() {
      if (timer) return;
      const wait = lastRun + intervalMs - now();
      if (wait <= 0) runNow();
      else timer = setTimeout(runNow, wait);
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
