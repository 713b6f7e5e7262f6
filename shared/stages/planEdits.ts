import { newId } from '../domain/ids';
import type { LaneId } from '../domain/lanes';
import { stripControlCharacters } from '../domain/text';
import { ROOM_MODES } from '../room/protocol';
import type { StageRoom } from '../room/stageRoom';
import { MINUTE_MS, type Stage, type StageId, type StagePlan } from './types';

export const STAGE_TITLE_LIMIT = 80;
export const STAGE_PURPOSE_LIMIT = 300;
export const PROMPT_LIMIT = 300;
export const MAX_PROMPTS = 12;
export const MAX_STAGES = 30;
export const MIN_STAGE_MINUTES = 1;
export const MAX_STAGE_MINUTES = 240;

/** Every change the plan editor can make, as data: one command applies any of them. */
export type PlanEdit =
  | { type: 'rename'; stageId: StageId; title: string }
  | { type: 'setPurpose'; stageId: StageId; purpose: string }
  | { type: 'setPrompts'; stageId: StageId; prompts: readonly string[] }
  | { type: 'setMinutes'; stageId: StageId; minutes: number }
  | { type: 'setLane'; stageId: StageId; lane: LaneId | null }
  | { type: 'setRoom'; stageId: StageId; room: StageRoom }
  | { type: 'move'; stageId: StageId; to: number }
  | { type: 'add'; after: StageId | null; title: string }
  | { type: 'remove'; stageId: StageId };

/** A refusal worded for the facilitator; the command layer turns it into a CommandError. */
export class PlanEditError extends Error {
  override name = 'PlanEditError';
}

function oneLine(raw: string, limit: number, what: string, allowEmpty = false): string {
  const text = stripControlCharacters(raw)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  if (!allowEmpty && text.length === 0) throw new PlanEditError(`A stage needs a ${what}.`);
  if (text.length > limit)
    throw new PlanEditError(`That ${what} is ${text.length} characters; keep it under ${limit}.`);
  return text;
}

/** Prompts arrive one per line from the editor; blank lines are dropped, order is kept. */
export function normalisePrompts(prompts: readonly string[]): string[] {
  const clean = prompts.map((p) => stripControlCharacters(p).trim()).filter((p) => p.length > 0);
  if (clean.length > MAX_PROMPTS)
    throw new PlanEditError(
      `A stage can show at most ${MAX_PROMPTS} prompts; this has ${clean.length}.`,
    );
  const long = clean.find((p) => p.length > PROMPT_LIMIT);
  if (long)
    throw new PlanEditError(
      `A prompt is ${long.length} characters; keep each under ${PROMPT_LIMIT} so the room can read it.`,
    );
  return clean;
}

export function checkMinutes(minutes: number): number {
  if (!Number.isFinite(minutes) || minutes < MIN_STAGE_MINUTES || minutes > MAX_STAGE_MINUTES) {
    throw new PlanEditError(
      `A stage lasts between ${MIN_STAGE_MINUTES} and ${MAX_STAGE_MINUTES} minutes.`,
    );
  }
  // Whole minutes keep the agenda readable; half a minute is not a plan.
  return Math.round(minutes);
}

function indexOf(plan: StagePlan, stageId: StageId): number {
  const index = plan.stages.findIndex((s) => s.id === stageId);
  if (index < 0) throw new PlanEditError('That stage is no longer in the plan.');
  return index;
}

function replaceStage(plan: StagePlan, stageId: StageId, change: Partial<Stage>): StagePlan {
  const index = indexOf(plan, stageId);
  const stages = plan.stages.slice();
  stages[index] = { ...stages[index]!, ...change };
  return { ...plan, stages };
}

/** Applies one edit and returns the new plan; the input is never mutated. */
export function applyPlanEdit(
  plan: StagePlan,
  edit: PlanEdit,
  makeId: () => StageId = () => newId<StageId>(),
): StagePlan {
  switch (edit.type) {
    case 'rename':
      return replaceStage(plan, edit.stageId, {
        title: oneLine(edit.title, STAGE_TITLE_LIMIT, 'title'),
      });
    case 'setPurpose':
      return replaceStage(plan, edit.stageId, {
        purpose: oneLine(edit.purpose, STAGE_PURPOSE_LIMIT, 'purpose', true),
      });
    case 'setPrompts':
      return replaceStage(plan, edit.stageId, { prompts: normalisePrompts(edit.prompts) });
    case 'setMinutes':
      return replaceStage(plan, edit.stageId, {
        durationMs: checkMinutes(edit.minutes) * MINUTE_MS,
      });
    case 'setLane':
      return replaceStage(plan, edit.stageId, { lane: edit.lane });
    case 'setRoom':
      if (!(ROOM_MODES as readonly string[]).includes(edit.room.mode))
        throw new PlanEditError('A stage’s room mode is Live, Review first or Silent.');
      return replaceStage(plan, edit.stageId, {
        room: { mode: edit.room.mode, anonymous: edit.room.anonymous === true },
      });
    case 'move': {
      const from = indexOf(plan, edit.stageId);
      const to = Math.max(0, Math.min(plan.stages.length - 1, Math.trunc(edit.to)));
      if (from === to) return plan;
      const stages = plan.stages.slice();
      const [moved] = stages.splice(from, 1);
      stages.splice(to, 0, moved!);
      return { ...plan, stages };
    }
    case 'add': {
      if (plan.stages.length >= MAX_STAGES)
        throw new PlanEditError(`A plan holds at most ${MAX_STAGES} stages.`);
      const at = edit.after === null ? 0 : indexOf(plan, edit.after) + 1;
      const stage: Stage = {
        id: makeId(),
        kind: 'custom',
        title: oneLine(edit.title, STAGE_TITLE_LIMIT, 'title'),
        purpose: '',
        prompts: [],
        durationMs: 10 * MINUTE_MS,
        lane: null,
      };
      const stages = plan.stages.slice();
      stages.splice(at, 0, stage);
      return { ...plan, stages };
    }
    case 'remove': {
      const index = indexOf(plan, edit.stageId);
      if (plan.stages.length === 1)
        throw new PlanEditError(
          'A plan needs at least one stage; add another before removing this one.',
        );
      const stages = plan.stages.filter((s) => s.id !== edit.stageId);
      // Removing the stage the room is on moves the session to the stage that took its place.
      const currentStageId =
        plan.currentStageId === edit.stageId
          ? stages[Math.min(index, stages.length - 1)]!.id
          : plan.currentStageId;
      return { ...plan, stages, currentStageId };
    }
  }
}
