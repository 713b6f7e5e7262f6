import type { PropositionId } from '#shared/domain/ids';
import type { LaneId } from '#shared/domain/lanes';

import type { ParleyDb } from './database';

/** The cards of a lane in board order: the index they are read by, and its stretch for a lane. */
export const LANE_INDEX = '[propositionId+lane+order]';
export function laneBounds(propositionId: PropositionId, lane: LaneId) {
  return { lower: [propositionId, lane, -Infinity], upper: [propositionId, lane, Infinity] };
}

/** One lane of one proposition in board order, straight from the compound index. */
export function laneCardsQuery(db: ParleyDb, propositionId: PropositionId, lane: LaneId) {
  const { lower, upper } = laneBounds(propositionId, lane);
  return db.cards.where(LANE_INDEX).between(lower, upper);
}

/** The cards of a lane placed after `order` (not at it), in board order. */
export function laneCardsAfterQuery(
  db: ParleyDb,
  propositionId: PropositionId,
  lane: LaneId,
  order: number,
) {
  const { upper } = laneBounds(propositionId, lane);
  return db.cards.where(LANE_INDEX).between([propositionId, lane, order], upper, false, true);
}
