import type { SessionId } from '#shared/domain/ids';
import type { PhoneView } from '#shared/room/protocol';
import type { RoomPoint } from '#shared/room/roomPoint';
import { phoneViewOf } from '#shared/room/stageRoom';
import { currentPosition } from '#shared/stages/navigation';
import type { Stage } from '#shared/stages/types';

import { useServices } from '../../commands/AppServices';
import { useLiveQuery } from '../../db/useLiveQuery';

/** What the phones see of this session right now (docs/room.md), and the current stage. */
export function useRoomView(
  sessionId: SessionId,
): { view: PhoneView; stage: Stage | undefined } | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const session = await db.sessions.get(sessionId);
    if (!session) return null;
    const [proposition, plan] = await Promise.all([
      db.propositions.get(session.activePropositionId),
      db.stagePlans.get(sessionId),
    ]);
    const stage = plan ? currentPosition(plan).stage : undefined;
    return { view: phoneViewOf(session, proposition, stage), stage };
  }, [db, sessionId]);
}

/** Points from phones that wait for the facilitator, or are held for a reveal. */
export function useRoomPoints(
  sessionId: SessionId,
  status: 'waiting' | 'held',
): RoomPoint[] | undefined {
  const { db } = useServices();
  return useLiveQuery(
    () => db.roomPoints.where('[sessionId+status]').equals([sessionId, status]).sortBy('createdAt'),
    [db, sessionId, status],
  );
}
