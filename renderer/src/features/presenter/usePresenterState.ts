import { useLiveQuery } from 'dexie-react-hooks';
import type { SessionId } from '../../../../shared/domain/ids';
import { defaultPresenterState, type PresenterState } from '../../../../shared/presenter/presenterState';
import { useServices } from '../../app/AppContext';

/**
 * The session's presenter row, or the defaults when the facilitator has never pressed Present;
 * `undefined` only while loading. Both windows read it, so each redraws on every change.
 */
export function usePresenterState(sessionId: SessionId): PresenterState | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => (await db.presenterState.get(sessionId)) ?? defaultPresenterState(sessionId, 0), [db, sessionId]);
}
