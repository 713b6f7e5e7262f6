import type { ObservabilitySet } from 'dexie';

import type { PropositionId } from '#shared/domain/ids';
import type { LaneId } from '#shared/domain/lanes';
import type { Card } from '#shared/domain/types';

import { commitsAnnounced, commitsHeard } from './commitCount';
import { touchesIndexRange, touchesKeys } from './commitTouches';
import type { ParleyDb } from './database';
import { LANE_INDEX, laneBounds, laneCardsAfterQuery, laneCardsQuery } from './queries';
import { isReadFailure, readOrFailure, type ReadResult } from './readOrFailure';
import { useLiveRead } from './useLiveRead';

/** One read of a lane: its cards in board order, and how many commits the window had heard of. */
export interface LaneRead {
  /** The read holds every commit the window had counted up to this (commitCount.ts). */
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
    (parts, last) => appendedOnly(db, propositionId, lane, parts, last),
  );
}

/**
 * A commit that only placed cards after the lane's last one — every card captured, by the
 * facilitator or a phone — is caught up by reading those cards alone, not the whole lane again:
 * at 3,000 cards a lane's read is milliseconds of the window's main thread for every card added
 * (docs/architecture.md, "Data flow"). Anything else (a card of the lane changed, moved or
 * deleted, or one placed at or before the last) reads the lane again.
 */
function appendedOnly(
  db: ParleyDb,
  propositionId: PropositionId,
  lane: LaneId,
  parts: ObservabilitySet,
  last: LaneRead,
): (() => Promise<LaneRead>) | undefined {
  if (isReadFailure(last.cards)) return undefined;
  const lastCard = last.cards.at(-1);
  if (!lastCard || touchesKeys(parts, db.name, 'cards', last.ids)) return undefined;
  const { lower } = laneBounds(propositionId, lane);
  const atOrBefore = [propositionId, lane, lastCard.order];
  if (touchesIndexRange(parts, db.name, 'cards', LANE_INDEX, lower, atOrBefore)) return undefined;
  const before = last.cards;
  return async () => {
    // The cards kept from the last read are as they were up to every commit announced so far,
    // each tested here; a commit not yet announced (drawn first, announceAfterPaint.ts) may have
    // changed them, so the new read holds no more than the announced ones.
    const readAt = Math.max(last.readAt, commitsAnnounced());
    const added = await readOrFailure(() =>
      laneCardsAfterQuery(db, propositionId, lane, lastCard.order).toArray(),
    );
    if (isReadFailure(added)) return { readAt, cards: added, ids: new Set() };
    const ids = new Set(last.ids);
    for (const card of added) ids.add(card.id);
    return { readAt, cards: [...before, ...added], ids };
  };
}
