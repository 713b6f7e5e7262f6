import { useEffect, useMemo } from 'react';

import type { PropositionId } from '#shared/domain/ids';
import type { LaneId } from '#shared/domain/lanes';
import type { Card } from '#shared/domain/types';

import { useServices } from '../../commands/AppServices';
import { commitsHeard } from '../../db/commitCount';
import { touchesIndexRange, touchesKeys } from '../../db/commitTouches';
import { LANE_INDEX, laneBounds, laneCardsQuery } from '../../db/queries';
import { isReadFailure, readOrFailure, type ReadResult } from '../../db/readOrFailure';
import { useLiveRead } from '../../db/useLiveRead';
import { committedLaneKey, useCommittedCards, type CommittedCard } from './committedCardsStore';
import { withCommittedCards } from './withCommittedCards';

const NONE: readonly CommittedCard[] = [];

/**
 * The cards of one lane in board order, straight from the [propositionId+lane+order] index, with
 * the cards commands have committed since that read drawn at once (committedCards.ts). Each read
 * notes how many commits the window had heard of when it started; a committed card the read covers
 * is forgotten, whether the read holds it or a later command has removed it.
 */
export function useLaneCards(
  propositionId: PropositionId,
  lane: LaneId,
): ReadResult<Card[]> | undefined {
  const { db } = useServices();
  const lastRead = useLiveRead(
    async () => {
      // Counted as the read starts: it holds every commit counted by then (db/commitCount.ts).
      // Not as it ends: a commit announced after the frame (db/announceAfterPaint.ts) can
      // overtake a read that is then handed on unchanged.
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
    [db, propositionId, lane],
  );
  const key = committedLaneKey(propositionId, lane);
  const committed = useCommittedCards((s) => s.committedCards[key] ?? NONE);
  const forget = useCommittedCards((s) => s.forgetCommittedCards);

  const cards = useMemo(() => {
    if (!lastRead || isReadFailure(lastRead.cards)) return lastRead?.cards;
    return withCommittedCards(lastRead.cards, lastRead.readAt, committed);
  }, [lastRead, committed]);

  // Committed cards this lane's read already covers are dropped from the store.
  useEffect(() => {
    if (!lastRead) return;
    const covered = new Set(
      committed.filter((c) => c.seq <= lastRead.readAt).map((c) => c.card.id),
    );
    if (covered.size > 0) forget(key, covered);
  }, [lastRead, committed, key, forget]);
  return cards;
}
