import type { EpochMs } from '../domain/types';
import { currentPosition } from './navigation';
import type { StageId, StagePlan } from './types';

export interface AgendaRow {
  stageId: StageId;
  title: string;
  /** Minutes from the start of the run at which the stage is planned to begin. */
  plannedOffsetMs: number;
  durationMs: number;
  /** Clock time it was planned to begin, once the run has started. */
  plannedStartAt: EpochMs | null;
  /** When it actually began, if it has. */
  actualStartAt: EpochMs | null;
  status: 'done' | 'current' | 'upcoming';
}

/** Planned offsets of each stage: the running sum of the durations before it. */
export function plannedOffsets(durations: readonly number[]): number[] {
  let sum = 0;
  return durations.map((d) => {
    const start = sum;
    sum += d;
    return start;
  });
}

export function agendaRows(plan: StagePlan): AgendaRow[] {
  const offsets = plannedOffsets(plan.stages.map((s) => s.durationMs));
  const { index: current } = currentPosition(plan);
  return plan.stages.map((stage, i) => ({
    stageId: stage.id,
    title: stage.title,
    plannedOffsetMs: offsets[i]!,
    durationMs: stage.durationMs,
    plannedStartAt: plan.runStartedAt === null ? null : plan.runStartedAt + offsets[i]!,
    actualStartAt: plan.actualStarts[stage.id] ?? null,
    status: i < current ? 'done' : i === current ? 'current' : 'upcoming',
  }));
}

/**
 * How far behind plan the session is (negative: ahead), or null before the run starts.
 * The current stage is expected to end when its timer runs out (now, if it already has); that is
 * compared with when the plan says it should end. A paused timer therefore drifts behind, and
 * moving on early puts the session ahead.
 */
export function driftMs(plan: StagePlan, currentRemainingMs: number, now: EpochMs): number | null {
  if (plan.runStartedAt === null) return null;
  const { index } = currentPosition(plan);
  const plannedEnd =
    plan.runStartedAt + plan.stages.slice(0, index + 1).reduce((sum, s) => sum + s.durationMs, 0);
  const expectedEnd = now + Math.max(0, currentRemainingMs);
  return expectedEnd - plannedEnd;
}

/** Within half a minute either way the room is "on time": nobody steers by seconds. */
export const ON_TIME_TOLERANCE_MS = 30_000;

export function describeDrift(drift: number | null): string {
  if (drift === null) return 'Not started';
  if (Math.abs(drift) < ON_TIME_TOLERANCE_MS) return 'On time';
  const minutes = Math.floor(Math.abs(drift) / 60_000);
  const amount = minutes < 1 ? 'under a minute' : `${minutes} min`;
  return drift > 0 ? `${amount} behind` : `${amount} ahead`;
}

/**
 * A length of time that cannot be misread: "2 h", "1 h 45 min", "10 min". ("2:00 planned"
 * read as two minutes to people used to a countdown timer.)
 */
export function formatSpan(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
