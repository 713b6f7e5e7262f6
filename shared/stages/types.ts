import type { Brand, SessionId } from '../domain/ids';
import type { LaneId } from '../domain/lanes';
import type { CardKind, EpochMs } from '../domain/types';
import type { StageRoom } from '../room/stageRoom';

export type StageId = Brand<string, 'StageId'>;
export type PlanTemplateId = Brand<string, 'PlanTemplateId'>;

/** What a stage is for. The method's seven steps, plus stages the facilitator adds themselves. */
export const STAGE_KINDS = [
  'frame',
  'legitimacy',
  'practicability',
  'accountability',
  'prioritise',
  'conclude',
  'negotiate',
  'custom',
] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

export interface Stage {
  id: StageId;
  kind: StageKind;
  title: string;
  /** One line the room reads to know why this stage exists. */
  purpose: string;
  prompts: string[];
  durationMs: number;
  /** The board lane this stage captures into (highlighted, and where "focus capture" goes). */
  lane: LaneId | null;
  /** How points from phones reach the board on this stage (docs/room.md); default: live, named. */
  room?: StageRoom;
  /**
   * The kind a card typed into that lane gets during this stage (the Frame stage captures
   * definitions); absent means the usual "point". Plans saved before it existed have none.
   */
  captureKind?: CardKind;
}

/** A session's plan and where the run has got to: one row per session. */
export interface StagePlan {
  sessionId: SessionId;
  stages: Stage[];
  currentStageId: StageId;
  /** When the facilitator first set the session moving (started a timer or moved on); null before. */
  runStartedAt: EpochMs | null;
  /** When each stage was first entered during the run: the "actual" side of the agenda. */
  actualStarts: Record<string, EpochMs>;
  updatedAt: EpochMs;
}

/**
 * The one timer of a session, stored as timestamps so every window (and a reload) computes the
 * same time left. Idle: both null. Running: startedAt set. Paused: pausedRemainingMs set.
 */
export interface StageTimer {
  sessionId: SessionId;
  stageId: StageId;
  /** The full allotment including extensions; the colour thresholds are fractions of it. */
  durationMs: number;
  startedAt: EpochMs | null;
  pausedRemainingMs: number | null;
}

/** The facilitator's private notes on one stage. Never shown outside the facilitator's stage panel. */
export interface StageNote {
  /** `${sessionId}:${stageId}` — one row per stage, addressable without a compound index. */
  id: string;
  sessionId: SessionId;
  stageId: StageId;
  text: string;
  updatedAt: EpochMs;
}

export interface PlanTemplate {
  id: PlanTemplateId;
  name: string;
  stages: Stage[];
  createdAt: EpochMs;
  updatedAt: EpochMs;
}

export const MINUTE_MS = 60_000;

export function stageNoteId(sessionId: SessionId, stageId: StageId): string {
  return `${sessionId}:${stageId}`;
}
