import type { Stage, StageId, StagePlan } from './types';

export interface StagePosition {
  index: number;
  stage: Stage;
  isFirst: boolean;
  isLast: boolean;
}

/** Where the session is. A current id that has vanished falls back to the first stage, never to nothing. */
export function currentPosition(plan: StagePlan): StagePosition {
  const found = plan.stages.findIndex((s) => s.id === plan.currentStageId);
  const index = found < 0 ? 0 : found;
  return {
    index,
    stage: plan.stages[index]!,
    isFirst: index === 0,
    isLast: index === plan.stages.length - 1,
  };
}

/** The stage one step away, or null at either end of the plan (moving never wraps round). */
export function neighbourStageId(plan: StagePlan, step: 1 | -1): StageId | null {
  const { index } = currentPosition(plan);
  return plan.stages[index + step]?.id ?? null;
}

/** The run begins the first time the facilitator starts a timer or moves on; the agenda dates from then. */
export function markRunStarted(plan: StagePlan, now: number): StagePlan {
  if (plan.runStartedAt !== null) return plan;
  const { stage } = currentPosition(plan);
  return {
    ...plan,
    runStartedAt: now,
    actualStarts: { ...plan.actualStarts, [stage.id]: plan.actualStarts[stage.id] ?? now },
  };
}

/** Moves the session to a stage, keeping the first time each stage was entered as its actual start. */
export function enterStage(plan: StagePlan, stageId: StageId, now: number): StagePlan {
  if (!plan.stages.some((s) => s.id === stageId)) return plan;
  const started = markRunStarted(plan, now);
  return {
    ...started,
    currentStageId: stageId,
    actualStarts: { ...started.actualStarts, [stageId]: started.actualStarts[stageId] ?? now },
  };
}
