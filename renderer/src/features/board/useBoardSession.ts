import type { SessionId } from '#shared/domain/ids';
import type { Proposition, Session } from '#shared/domain/types';

import { useServices } from '../../commands/AppServices';
import { readOrFailure, type ReadResult } from '../../db/readOrFailure';
import { useLiveQuery } from '../../db/useLiveQuery';

export type BoardSession = { session: Session; proposition: Proposition | undefined } | 'missing';

/** The session and its active proposition; `undefined` while loading, 'missing' if deleted. */
export function useBoardSession(sessionId: SessionId): ReadResult<BoardSession> | undefined {
  const { db } = useServices();
  return useLiveQuery(
    () =>
      readOrFailure(async (): Promise<BoardSession> => {
        const session = await db.sessions.get(sessionId);
        if (!session) return 'missing';
        return { session, proposition: await db.propositions.get(session.activePropositionId) };
      }),
    [db, sessionId],
  );
}
