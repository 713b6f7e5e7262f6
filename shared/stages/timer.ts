import type { EpochMs } from '../domain/types';
import { MINUTE_MS, type StageTimer } from './types';

export type TimerState = 'idle' | 'running' | 'paused';
export type TimerTone = 'calm' | 'amber' | 'red' | 'overtime';

export interface TimerView {
  state: TimerState;
  /** Negative once the stage has run over. */
  remainingMs: number;
  durationMs: number;
  tone: TimerTone;
}

// Amber when a fifth of the stage is left, red at the last twentieth: late enough not to nag,
// early enough for the facilitator to start wrapping up.
export const AMBER_FRACTION = 0.2;
export const RED_FRACTION = 0.05;
export const MAX_TIMER_MS = 8 * 60 * MINUTE_MS;

export function timerState(timer: StageTimer): TimerState {
  if (timer.startedAt !== null) return 'running';
  if (timer.pausedRemainingMs !== null) return 'paused';
  return 'idle';
}

/**
 * Time left, computed from timestamps and the clock (never a stored counter), so every window
 * and every reload agrees. A running timer keeps `remaining = durationMs - (now - startedAt)`.
 */
export function remainingMs(timer: StageTimer, now: EpochMs): number {
  if (timer.startedAt !== null) return timer.durationMs - (now - timer.startedAt);
  if (timer.pausedRemainingMs !== null) return timer.pausedRemainingMs;
  return timer.durationMs;
}

export function toneFor(remaining: number, durationMs: number): TimerTone {
  if (remaining <= 0) return 'overtime';
  if (remaining <= durationMs * RED_FRACTION) return 'red';
  if (remaining <= durationMs * AMBER_FRACTION) return 'amber';
  return 'calm';
}

export function viewTimer(timer: StageTimer, now: EpochMs): TimerView {
  const remaining = remainingMs(timer, now);
  return {
    state: timerState(timer),
    remainingMs: remaining,
    durationMs: timer.durationMs,
    tone: toneFor(remaining, timer.durationMs),
  };
}

export function startTimer(timer: StageTimer, now: EpochMs): StageTimer {
  if (timer.startedAt !== null) return timer;
  // Resuming shifts the start back by the time already used, so the one formula above holds.
  const left = timer.pausedRemainingMs ?? timer.durationMs;
  return { ...timer, startedAt: now - (timer.durationMs - left), pausedRemainingMs: null };
}

export function pauseTimer(timer: StageTimer, now: EpochMs): StageTimer {
  if (timer.startedAt === null) return timer;
  return { ...timer, startedAt: null, pausedRemainingMs: remainingMs(timer, now) };
}

/** +1 / +5 minutes: more time left in every state, and a longer allotment for the colours. */
export function extendTimer(timer: StageTimer, byMs: number): StageTimer {
  const durationMs = Math.min(MAX_TIMER_MS, timer.durationMs + byMs);
  const added = durationMs - timer.durationMs;
  return {
    ...timer,
    durationMs,
    pausedRemainingMs: timer.pausedRemainingMs === null ? null : timer.pausedRemainingMs + added,
  };
}

export function resetTimer(timer: StageTimer, durationMs: number): StageTimer {
  return { ...timer, durationMs, startedAt: null, pausedRemainingMs: null };
}

/** "12:05", or "+1:30" once over time. Rounds up while counting down, so 0:00 shows only at zero. */
export function formatClock(remaining: number): string {
  const over = remaining < 0;
  const totalSeconds = over ? Math.floor(-remaining / 1000) : Math.ceil(remaining / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const mm = hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}` : String(minutes);
  return `${over ? '+' : ''}${mm}:${String(seconds).padStart(2, '0')}`;
}

/** The words a screen reader hears for the timer. */
export function describeRemaining(remaining: number): string {
  const clock = formatClock(remaining);
  return remaining < 0 ? `${clock.slice(1)} over time` : `${clock} left`;
}

/** The timer of a stage: the stored one if it belongs to that stage, else a fresh, stopped one. */
export function timerForStage(
  stored: StageTimer | undefined,
  sessionId: StageTimer['sessionId'],
  stage: { id: StageTimer['stageId']; durationMs: number },
): StageTimer {
  if (stored && stored.stageId === stage.id) return stored;
  return {
    sessionId,
    stageId: stage.id,
    durationMs: stage.durationMs,
    startedAt: null,
    pausedRemainingMs: null,
  };
}
