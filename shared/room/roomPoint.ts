import type { CardId, PropositionId, SessionId } from '../domain/ids';
import type { LaneId } from '../domain/lanes';
import type { EpochMs } from '../domain/types';
import type { StageId } from '../stages/types';
import type { PointStatus } from './protocol';

/**
 * A point sent from a phone, kept whatever the stage's mode (docs/room.md): the ledger that makes
 * a retried point a no-op, the inbox of a review-first stage, and the hidden pile of a silent one.
 * Its id is the id the phone made.
 */
export interface RoomPoint {
  id: string;
  sessionId: SessionId;
  propositionId: PropositionId;
  stageId: StageId;
  lane: LaneId;
  text: string;
  /** Null on an anonymous stage, or when the phone gave none. */
  name: string | null;
  party: string | null;
  /** The phone it came from, during the opening it was sent in (to tell it where its point is). */
  phoneId: string;
  status: PointStatus;
  /** The card it became, once on the board. */
  cardId: CardId | null;
  createdAt: EpochMs;
  updatedAt: EpochMs;
}

/** On a card that came from a phone: who sent it, as far as the stage let them say. */
export interface RoomSource {
  name: string | null;
  party: string | null;
}
