import { describe, expect, it } from 'vitest';

import { manualClock } from '#fixtures/builders';
import type { SessionId } from '#shared/domain/ids';
import {
  describeRemaining,
  extendTimer,
  formatClock,
  pauseTimer,
  remainingMs,
  resetTimer,
  startTimer,
  timerState,
  toneFor,
  viewTimer,
} from '#shared/stages/timer';
import { MINUTE_MS, type StageId, type StageTimer } from '#shared/stages/types';

const tenMinutes = (): StageTimer => ({
  sessionId: 's' as SessionId,
  stageId: 'a' as StageId,
  durationMs: 10 * MINUTE_MS,
  startedAt: null,
  pausedRemainingMs: null,
});

describe('stage timer', () => {
  it('shows the whole duration before it is started', () => {
    const clock = manualClock();
    expect(timerState(tenMinutes())).toBe('idle');
    expect(remainingMs(tenMinutes(), clock.now())).toBe(10 * MINUTE_MS);
  });

  it('counts down from the moment it starts, computed from the start time', () => {
    const clock = manualClock();
    const running = startTimer(tenMinutes(), clock.now());
    clock.advance(3 * MINUTE_MS);
    expect(timerState(running)).toBe('running');
    expect(remainingMs(running, clock.now())).toBe(7 * MINUTE_MS);
  });

  it('stands still while paused and resumes from where it stopped', () => {
    const clock = manualClock();
    let timer = startTimer(tenMinutes(), clock.now());
    clock.advance(4 * MINUTE_MS);
    timer = pauseTimer(timer, clock.now());
    clock.advance(30 * MINUTE_MS);
    expect(timerState(timer)).toBe('paused');
    expect(remainingMs(timer, clock.now())).toBe(6 * MINUTE_MS);
    timer = startTimer(timer, clock.now());
    clock.advance(MINUTE_MS);
    expect(remainingMs(timer, clock.now())).toBe(5 * MINUTE_MS);
  });

  it('starting a running timer or pausing a stopped one changes nothing', () => {
    const clock = manualClock();
    const running = startTimer(tenMinutes(), clock.now());
    clock.advance(MINUTE_MS);
    expect(startTimer(running, clock.now())).toBe(running);
    expect(pauseTimer(tenMinutes(), clock.now())).toEqual(tenMinutes());
  });

  it('extends by minutes while running, paused or idle', () => {
    const clock = manualClock();
    const running = extendTimer(startTimer(tenMinutes(), clock.now()), MINUTE_MS);
    clock.advance(2 * MINUTE_MS);
    expect(remainingMs(running, clock.now())).toBe(9 * MINUTE_MS);
    const paused = extendTimer(pauseTimer(running, clock.now()), 5 * MINUTE_MS);
    expect(remainingMs(paused, clock.now())).toBe(14 * MINUTE_MS);
    expect(remainingMs(extendTimer(tenMinutes(), 5 * MINUTE_MS), clock.now())).toBe(15 * MINUTE_MS);
  });

  it('counts overtime as negative time after zero and says so', () => {
    const clock = manualClock();
    const timer = startTimer(tenMinutes(), clock.now());
    clock.advance(11.5 * MINUTE_MS);
    expect(remainingMs(timer, clock.now())).toBe(-1.5 * MINUTE_MS);
    expect(viewTimer(timer, clock.now()).tone).toBe('overtime');
    expect(formatClock(-90_000)).toBe('+1:30');
    expect(describeRemaining(-90_000)).toBe('1:30 over time');
  });

  it('turns amber at a fifth left and red at a twentieth', () => {
    const d = 10 * MINUTE_MS;
    expect(toneFor(2.5 * MINUTE_MS, d)).toBe('calm');
    expect(toneFor(2 * MINUTE_MS, d)).toBe('amber');
    expect(toneFor(31_000, d)).toBe('amber');
    expect(toneFor(30_000, d)).toBe('red');
    expect(toneFor(1, d)).toBe('red');
    expect(toneFor(0, d)).toBe('overtime');
  });

  it('reset returns to a fresh, stopped timer of the given length', () => {
    const clock = manualClock();
    const timer = resetTimer(
      extendTimer(startTimer(tenMinutes(), clock.now()), MINUTE_MS),
      20 * MINUTE_MS,
    );
    expect(timer).toMatchObject({
      startedAt: null,
      pausedRemainingMs: null,
      durationMs: 20 * MINUTE_MS,
    });
  });

  it('formats the clock rounding up, so zero shows only at zero', () => {
    expect(formatClock(10 * MINUTE_MS)).toBe('10:00');
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(500)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(75 * MINUTE_MS)).toBe('1:15:00');
  });
});
