import type { SessionId } from '#shared/domain/ids';
import type { LaneId } from '#shared/domain/lanes';
import type { CardKind } from '#shared/domain/types';
import { captureKindOf } from '#shared/stages/frameDefinitions';
import { currentPosition } from '#shared/stages/navigation';
import { timerForStage } from '#shared/stages/timer';
import {
  stageNoteId,
  type PlanTemplate,
  type StageId,
  type StageNote,
  type StagePlan,
  type StageTimer,
} from '#shared/stages/types';

import { useServices } from '../../commands/AppServices';
import { isReadFailure, readOrFailure } from '../../db/readOrFailure';
import { useLiveQuery } from '../../db/useLiveQuery';
import { CHIME_SETTING } from './commands/runCommands';

/** The session's plan; `undefined` while loading, `null` if it has none stored yet. */
export function useStagePlan(sessionId: SessionId): StagePlan | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => (await db.stagePlans.get(sessionId)) ?? null, [db, sessionId]);
}

/** The current stage's timer (a fresh one if none is stored for it). */
export function useStageTimer(plan: StagePlan): StageTimer | undefined {
  const { db } = useServices();
  const stored = useLiveQuery(
    async () => (await db.stageTimers.get(plan.sessionId)) ?? null,
    [db, plan.sessionId],
  );
  if (stored === undefined) return undefined;
  return timerForStage(stored ?? undefined, plan.sessionId, currentPosition(plan).stage);
}

/**
 * The lane the current stage captures into, for highlighting it on the board. A failed read
 * means "no highlight": the board screen itself reports read failures, and a highlight is not
 * worth replacing that explanation with the crash screen.
 */
export function useCurrentLane(sessionId: SessionId): LaneId | null {
  return useCurrentCapture(sessionId).lane;
}

/** The kind a card typed into the current stage's lane gets (the Frame stage: definitions). */
export function useCaptureKind(sessionId: SessionId): CardKind | null {
  return useCurrentCapture(sessionId).kind;
}

function useCurrentCapture(sessionId: SessionId): {
  lane: LaneId | null;
  kind: CardKind | null;
} {
  const { db } = useServices();
  const plan = useLiveQuery(
    () => readOrFailure(async () => (await db.stagePlans.get(sessionId)) ?? null),
    [db, sessionId],
  );
  const stage = plan && !isReadFailure(plan) ? currentPosition(plan).stage : null;
  // An old plan imported from a backup may predate `captureKind`: its Frame stage still defines.
  return { lane: stage?.lane ?? null, kind: stage ? captureKindOf(stage) : null };
}

/** One stage's private note: `{ note }` once loaded (note null when there is none). */
export function useStageNote(
  sessionId: SessionId,
  stageId: StageId,
): { note: StageNote | null } | undefined {
  const { db } = useServices();
  return useLiveQuery(
    async () => ({ note: (await db.stageNotes.get(stageNoteId(sessionId, stageId))) ?? null }),
    [db, sessionId, stageId],
  );
}

export function usePlanTemplates(): PlanTemplate[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => db.planTemplates.orderBy('updatedAt').reverse().toArray(), [db]);
}

export function useChimeOn(): boolean {
  const { db } = useServices();
  const setting = useLiveQuery(() => db.settings.get(CHIME_SETTING), [db]);
  return setting?.value !== false;
}
