import { useEffect, useMemo } from 'react';

import type { PropositionId } from '#shared/domain/ids';
import type { LaneId } from '#shared/domain/lanes';
import type { Card } from '#shared/domain/types';

import { useServices } from '../../commands/AppServices';
import { isReadFailure, type ReadResult } from '../../db/readOrFailure';
import { useLaneRead } from '../../db/useLaneRead';
import { committedLaneKey, useCommittedCards, type CommittedCard } from './committedCardsStore';
import { withCommittedCards } from './withCommittedCards';

const NONE: readonly CommittedCard[] = [];

/**
 * The cards of one lane in board order (db/useLaneRead.ts), with the cards commands have
 * committed since that read drawn at once (committedCards.ts). Each read notes how many commits
 * the window had heard of when it started; a committed card the read covers is forgotten, whether
 * the read holds it or a later command has removed it.
 */
export function useLaneCards(
  propositionId: PropositionId,
  lane: LaneId,
): ReadResult<Card[]> | undefined {
  const { db } = useServices();
  const lastRead = useLaneRead(db, propositionId, lane);
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
