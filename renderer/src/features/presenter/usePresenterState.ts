import type { SessionId } from '#shared/domain/ids';
import type { Card } from '#shared/domain/types';
import { defaultPresenterState, type PresenterState } from '#shared/presenter/presenterState';

import { useServices } from '../../commands/AppServices';
import { isReadFailure, readOrFailure } from '../../db/readOrFailure';
import { useLiveQuery } from '../../db/useLiveQuery';

/**
 * The session's presenter row, or the defaults when the facilitator has never pressed Present;
 * `undefined` only while loading. Both windows read it, so each redraws on every change.
 */
export function usePresenterState(sessionId: SessionId): PresenterState | undefined {
  const { db } = useServices();
  const result = useLiveQuery(
    () =>
      readOrFailure(
        async () => (await db.presenterState.get(sessionId)) ?? defaultPresenterState(sessionId, 0),
      ),
    [db, sessionId],
  );
  // A failed read must not take the board down with it (the board shows its own read error);
  // the controls simply wait, as while loading, and the next change reads again.
  return isReadFailure(result) ? undefined : result;
}

export interface RoomState {
  state: PresenterState;
  /** The spotlighted card if it still exists in this session; read in the same query so the screen never flickers between the two. */
  spotlightCard: Card | null;
}

/** The presenter row and the spotlighted card, read together for the room screen. */
export function useRoomState(sessionId: SessionId): RoomState | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const state = (await db.presenterState.get(sessionId)) ?? defaultPresenterState(sessionId, 0);
    const card = state.spotlightCardId ? await db.cards.get(state.spotlightCardId) : undefined;
    return { state, spotlightCard: card?.sessionId === sessionId ? card : null };
  }, [db, sessionId]);
}
