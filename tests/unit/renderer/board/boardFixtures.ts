import type { TestApp } from '#fixtures/builders';
import type { PropositionId, SessionId } from '#shared/domain/ids';
import type { LaneId } from '#shared/domain/lanes';
import type { Card } from '#shared/domain/types';

/** The cards of a lane as the board draws them: text, in order. */
export async function lane(app: TestApp, sessionId: SessionId, laneId: LaneId): Promise<Card[]> {
  const session = await app.db.sessions.get(sessionId);
  return app.db.cards
    .where('[propositionId+lane+order]')
    .between(
      [session!.activePropositionId as PropositionId, laneId, -Infinity],
      [session!.activePropositionId, laneId, Infinity],
    )
    .toArray();
}

export async function texts(app: TestApp, sessionId: SessionId, laneId: LaneId): Promise<string[]> {
  return (await lane(app, sessionId, laneId)).map((c) => c.text);
}
