import { useLiveQuery } from 'dexie-react-hooks';
import type { PropositionId } from '../../../../shared/domain/ids';
import type { LaneId } from '../../../../shared/domain/lanes';
import type { Card } from '../../../../shared/domain/types';
import { useServices } from '../../app/AppContext';

/**
 * More cards than this could never be read from the back of a room in one lane, so the screen
 * draws only the newest ones; the rest are counted, and the fit pass may hide a few more.
 */
export const MAX_CARDS_ON_SCREEN = 24;

export interface PresenterLaneCards {
  /** The newest cards of the lane, oldest first (board order). */
  cards: Card[];
  total: number;
}

/** Reads only the tail of the lane from the ordered index, so a 2,000-card lane costs what a 40-card one does. */
export function usePresenterLane(propositionId: PropositionId, lane: LaneId): PresenterLaneCards | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const range = () => db.cards.where('[propositionId+lane+order]').between([propositionId, lane, -Infinity], [propositionId, lane, Infinity]);
    const [total, newest] = await Promise.all([range().count(), range().reverse().limit(MAX_CARDS_ON_SCREEN).toArray()]);
    return { total, cards: newest.reverse() };
  }, [db, propositionId, lane]);
}
