import type { PropositionId } from '#shared/domain/ids';
import type { LaneId } from '#shared/domain/lanes';
import type { Card } from '#shared/domain/types';

import { useServices } from '../../commands/AppServices';
import { laneCardsQuery } from '../../db/queries';
import { readOrFailure, type ReadResult } from '../../db/readOrFailure';
import { useLiveQuery } from '../../db/useLiveQuery';

/** The cards of one lane in board order, straight from the [propositionId+lane+order] index. */
export function useLaneCards(
  propositionId: PropositionId,
  lane: LaneId,
): ReadResult<Card[]> | undefined {
  const { db } = useServices();
  return useLiveQuery(
    () => readOrFailure(() => laneCardsQuery(db, propositionId, lane).toArray()),
    [db, propositionId, lane],
  );
}
