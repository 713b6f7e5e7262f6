import { CommandError } from '#renderer/commands/commandError';
import { requireSession } from '#renderer/commands/rowGuards';
import { newSessionPlan } from '#renderer/commands/sessionPlan';
import type { ParleyDb } from '#renderer/db/database';
import type { SessionId } from '#shared/domain/ids';
import { currentPosition } from '#shared/stages/navigation';
import { PlanEditError } from '#shared/stages/planEdits';
import { timerForStage } from '#shared/stages/timer';
import type { StagePlan, StageTimer } from '#shared/stages/types';

/**
 * The session's plan. Sessions made before plans existed (schema v1) have none: they get the
 * default, written by whichever command first needs it.
 */
export async function loadPlan(db: ParleyDb, sessionId: SessionId, at: number): Promise<StagePlan> {
  const plan = await db.stagePlans.get(sessionId);
  if (plan) return plan;
  await requireSession(db, sessionId);
  return newSessionPlan(db, sessionId, null, at);
}

/** The timer of the current stage; a stored timer left over from another stage does not count. */
export async function loadTimer(db: ParleyDb, plan: StagePlan): Promise<StageTimer> {
  return timerForStage(
    await db.stageTimers.get(plan.sessionId),
    plan.sessionId,
    currentPosition(plan).stage,
  );
}

/** Pure plan rules throw PlanEditError; the facilitator sees its message as a command refusal. */
export function asCommandError<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof PlanEditError) throw new CommandError('invalid', error.message);
    throw error;
  }
}

/** Deletes everything guided facilitation keeps for a session (used when the session is deleted). */
export const STAGE_DATA_TABLES = [
  'stagePlans',
  'stageTimers',
  'stageNotes',
  'planTemplates',
] as const;
