import type { PropositionId } from '#shared/domain/ids';
import type { LaneId } from '#shared/domain/lanes';
import type { Card } from '#shared/domain/types';

import { commitsHeard } from './commitCount';
import { touchesIndexRange, touchesKeys } from './commitTouches';
import type { ParleyDb } from './database';
import { LANE_INDEX, laneBounds, laneCardsQuery } from './queries';
import { isReadFailure, readOrFailure, type ReadResult } from './readOrFailure';
import { useLiveRead } from './useLiveRead';

/** One read of a lane: its cards in board order, and how many commits the window had heard of. */
export interface LaneRead {
  /** commitsHeard() as the read started: it holds every commit counted by then. */
  readAt: number;
  cards: ReadResult<Card[]>;
  /** The ids of the cards read, to tell which commits concern the lane. */
  ids: ReadonlySet<string>;
}

/**
 * A lane of one proposition, kept live (useLiveRead). One read per lane per window: the board's
 * lane and the room preview beside it share it. Not `wanted`: no read, undefined.
 */
export function useLaneRead(
  db: ParleyDb,
  propositionId: PropositionId,
  lane: LaneId,
  wanted = true,
): LaneRead | undefined {
  return useLiveRead<LaneRead>(
    wanted ? JSON.stringify(['lane', db.name, propositionId, lane]) : null,
    async () => {
      // Counted as the read starts: it holds every commit counted by then (commitCount.ts).
      // Not as it ends: a commit announced after the frame (announceAfterPaint.ts) can overtake
      // a read that is then handed on unchanged.
      const readAt = commitsHeard();
      const cards = await readOrFailure(() => laneCardsQuery(db, propositionId, lane).toArray());
      const ids = new Set(isReadFailure(cards) ? [] : cards.map((c) => c.id));
      return { readAt, cards, ids };
    },
    // A commit concerns the lane if it wrote into the lane's stretch of the index (a card added,
    // edited, moved in) or wrote any card the lane holds (moved out, deleted: only its key says).
    (parts, last) => {
      const { lower, upper } = laneBounds(propositionId, lane);
      return (
        touchesIndexRange(parts, db.name, 'cards', LANE_INDEX, lower, upper) ||
        (last !== undefined && touchesKeys(parts, db.name, 'cards', last.ids))
      );
    },
  );
}
