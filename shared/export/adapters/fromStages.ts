import type { StageNote, StagePlan } from '../../stages/types';
import type { StagePlanRow } from '../writeUp';

/**
 * Planned against actual time per stage. A stage's actual time runs from when it was first
 * entered to when the next stage was; the stage in progress (or never reached) has none yet.
 */
export function stagePlanRows(plan: StagePlan): StagePlanRow[] {
  return plan.stages.map((stage, i) => {
    const start = plan.actualStarts[stage.id];
    const next = plan.stages[i + 1];
    const end = next ? plan.actualStarts[next.id] : undefined;
    return {
      title: stage.title,
      plannedMs: stage.durationMs,
      actualMs: start !== undefined && end !== undefined && end >= start ? end - start : null,
    };
  });
}

/** The facilitator's private notes, titled by stage, in plan order; empty notes are left out. */
export function privateNotes(
  plan: StagePlan | undefined,
  notes: StageNote[],
): { stage: string; text: string }[] {
  const order = new Map(plan?.stages.map((s, i) => [s.id as string, i]) ?? []);
  const title = new Map(plan?.stages.map((s) => [s.id as string, s.title]) ?? []);
  return notes
    .filter((n) => n.text.trim().length > 0)
    .sort((a, b) => (order.get(a.stageId) ?? 1e9) - (order.get(b.stageId) ?? 1e9))
    .map((n) => ({ stage: title.get(n.stageId) ?? 'A removed stage', text: n.text }));
}
