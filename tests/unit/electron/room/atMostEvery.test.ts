import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { atMostEvery } from '#electron/room/atMostEvery';

describe('atMostEvery', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the first ask at once, and folds the asks of the interval into one run at its end', () => {
    let state = 0;
    const seen: number[] = [];
    const push = atMostEvery(250, () => seen.push(state), Date.now);
    state = 1;
    push.ask();
    expect(seen).toEqual([1]);
    for (state = 2; state <= 40; state++) push.ask();
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(249);
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(1);
    // One run for the 39 asks, reading the state as it is when it runs.
    expect(seen).toEqual([1, 41]);
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([1, 41]);
  });

  it('runs at once again when the last run was an interval ago', () => {
    let runs = 0;
    const push = atMostEvery(250, () => runs++, Date.now);
    push.ask();
    vi.advanceTimersByTime(300);
    push.ask();
    expect(runs).toBe(2);
    vi.advanceTimersByTime(100);
    push.ask();
    expect(runs).toBe(2);
    vi.advanceTimersByTime(150);
    expect(runs).toBe(3);
  });

  it('forgets a run still to come when cancelled', () => {
    let runs = 0;
    const push = atMostEvery(250, () => runs++, Date.now);
    push.ask();
    push.ask();
    push.cancel();
    vi.advanceTimersByTime(1000);
    expect(runs).toBe(1);
    push.ask();
    expect(runs).toBe(2);
  });
});
