import type { TestApp } from '#fixtures/builders';
import { laneCardsQuery } from '#renderer/db/queries';
import type { SessionId } from '#shared/domain/ids';
import type { LaneId } from '#shared/domain/lanes';
import type { Card } from '#shared/domain/types';

/** The cards of a lane as the board draws them: text, in order. */
export async function lane(app: TestApp, sessionId: SessionId, laneId: LaneId): Promise<Card[]> {
  const session = await app.db.sessions.get(sessionId);
  return laneCardsQuery(app.db, session!.activePropositionId, laneId).toArray();
}

export async function texts(app: TestApp, sessionId: SessionId, laneId: LaneId): Promise<string[]> {
  return (await lane(app, sessionId, laneId)).map((c) => c.text);
}
