import type { SessionId } from '#shared/domain/ids';
import { currentPosition } from '#shared/stages/navigation';
import { timerForStage } from '#shared/stages/timer';
import type { Stage, StageTimer } from '#shared/stages/types';

import { useServices } from '../../commands/AppServices';
import { useLiveQuery } from '../../db/useLiveQuery';

export interface RoomStage {
  stage: Stage;
  /** 1-based, for "Stage 2 of 7". */
  number: number;
  count: number;
  timer: StageTimer;
}

/**
 * The current stage and its timer, as the room may see them. It reads the plan and the timer
 * tables only — never the facilitator's private notes (a separate table this view does not touch).
 * `null` when the session has no stage plan.
 */
export function useRoomStage(sessionId: SessionId): RoomStage | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const plan = await db.stagePlans.get(sessionId);
    if (!plan || plan.stages.length === 0) return null;
    const { stage, index } = currentPosition(plan);
    const timer = timerForStage(await db.stageTimers.get(sessionId), sessionId, stage);
    return { stage, number: index + 1, count: plan.stages.length, timer };
  }, [db, sessionId]);
}
