import { LANES, type LaneId } from '../domain/lanes';
import type { Proposition, Session } from '../domain/types';
import type { Stage, StagePlan } from '../stages/types';
import type { PhoneView, RoomMode } from './protocol';

/** How a stage takes points from phones (docs/room.md, "Modes"). */
export interface StageRoom {
  mode: RoomMode;
  /** An anonymous stage asks for neither name nor party, and stores neither. */
  anonymous: boolean;
}

export const DEFAULT_STAGE_ROOM: StageRoom = { mode: 'live', anonymous: false };

/** A stage's room settings; stages written before the room existed have none and get the default. */
export function stageRoom(stage: Pick<Stage, 'room'>): StageRoom {
  return stage.room ?? DEFAULT_STAGE_ROOM;
}

/**
 * The one place that decides what a phone sees (docs/room.md, "What a phone may see"): the session
 * title, the proposition, and the current stage's title, purpose, prompts, lane and mode. It is
 * built field by field — never by spreading a row — so a field added to a stage later (or the
 * private notes, which live in their own table) cannot reach a phone by accident.
 */
export function phoneViewOf(
  session: Pick<Session, 'title'>,
  proposition: Pick<Proposition, 'text'> | undefined,
  stage: Stage | undefined,
): PhoneView {
  const room = stage ? stageRoom(stage) : DEFAULT_STAGE_ROOM;
  return {
    sessionTitle: session.title,
    proposition: proposition?.text ?? '',
    stage: stage
      ? {
          id: stage.id,
          title: stage.title,
          purpose: stage.purpose,
          prompts: [...stage.prompts],
          laneLabel: stage.lane ? LANES[stage.lane].label : null,
          mode: room.mode,
          anonymous: room.anonymous,
        }
      : null,
  };
}

export function findStage(plan: StagePlan | undefined, stageId: string): Stage | undefined {
  return plan?.stages.find((s) => s.id === stageId);
}

/** The id of the card a phone's point becomes: derived from the phone's id, so it is made once. */
export function roomCardId(pointId: string): string {
  return `room-${pointId}`;
}

export type { LaneId };
