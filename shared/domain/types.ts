import type { RoomSource } from '../room/roomPoint';
import type { CardId, PropositionId, SessionId, WorkshopId } from './ids';
import type { LaneId } from './lanes';
import type { PracticabilityScores } from './practicability';

/** Times are epoch milliseconds: sortable, timezone-free, and cheap to compare across windows. */
export type EpochMs = number;

export interface Workshop {
  id: WorkshopId;
  name: string;
  date: string | null;
  venue: string | null;
  createdAt: EpochMs;
  updatedAt: EpochMs;
}

export interface Session {
  id: SessionId;
  workshopId: WorkshopId | null;
  title: string;
  /** The proposition the board is working on now; a session may hold several. */
  activePropositionId: PropositionId;
  createdAt: EpochMs;
  /** Bumped by every command that changes the session or anything in it ("last edited" on home). */
  updatedAt: EpochMs;
}

export interface Proposition {
  id: PropositionId;
  sessionId: SessionId;
  text: string;
  order: number;
  createdAt: EpochMs;
}

/**
 * What a card is. The agreement draft is written by meaning, from the kind (docs/agreement.md):
 * a condition becomes a contingency, a commitment a party's commitment, a definition the
 * Definitions section; evidence and concerns inform rather than bind.
 */
export const CARD_KINDS = [
  'point',
  'evidence',
  'concern',
  'idea',
  'question',
  'condition',
  'commitment',
  'definition',
] as const;
export type CardKind = (typeof CARD_KINDS)[number];

export interface Card {
  id: CardId;
  sessionId: SessionId;
  propositionId: PropositionId;
  lane: LaneId;
  text: string;
  kind: CardKind;
  /** Position within the lane; fractional so a move rewrites one row, not the whole lane. */
  order: number;
  createdAt: EpochMs;
  updatedAt: EpochMs;
  // Board organisation, all optional: v1 rows have none of these (see shared/board/types.ts).
  /** The named cluster this card belongs to, within its lane. */
  groupId?: string | null;
  /** Who raised it: a participant of the session (their party comes with them). */
  participantId?: string | null;
  /** Room tally entered by the scribe (hands raised), on top of participants' dots. */
  tally?: number;
  /** Denormalised total (tally + dots) so a lane sorts and filters by votes without a join. */
  votes?: number;
  /** Conclusions only: the cards this conclusion draws on. */
  drawsOn?: string[];
  /** Conclusions only: flagged as surprising for the write-up. */
  surprising?: boolean;
  /** Practicability points: evidence, capacity and control, 1–5 (docs/synthesis.md); optional. */
  practicability?: PracticabilityScores | null;
  /**
   * Counts every voice's scoring of this card. A phone scoring after the facilitator changes it,
   * so undoing the facilitator's score is then refused instead of putting back a combination that
   * no longer holds (undo restores only unchanged fields; renderer/src/commands/undoMerge.ts).
   */
  practicabilityRevision?: number;
  // — the room —
  /** Set when the card came from a phone in the room (docs/room.md): marked "from the room". */
  fromRoom?: RoomSource;
}

export interface Setting {
  key: string;
  value: unknown;
}
