import type { PropositionId } from '#shared/domain/ids';
import type { LaneId } from '#shared/domain/lanes';

import type { ParleyDb } from './database';

/** One lane of one proposition in board order, straight from the compound index. */
export function laneCardsQuery(db: ParleyDb, propositionId: PropositionId, lane: LaneId) {
  return db.cards
    .where('[propositionId+lane+order]')
    .between([propositionId, lane, -Infinity], [propositionId, lane, Infinity]);
}
