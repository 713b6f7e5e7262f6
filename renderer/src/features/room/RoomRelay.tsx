import { useCallback, useEffect, useRef } from 'react';

import type { SessionId } from '#shared/domain/ids';
import type { PointStatus, ServerToHost } from '#shared/room/protocol';

import { useServices } from '../../commands/AppServices';
import { useLiveQuery } from '../../db/useLiveQuery';
import { parley } from '../../platform/bridge';
import { handleSubmission, sendVoteTo } from './roomRelay';
import { useRoomUi } from './roomStore';
import { useRoomEvents } from './useRoomStatus';
import { useRoomView } from './useRoomView';

/**
 * The facilitator's side of the room while it is open on this session (docs/room.md): it turns
 * phones' submissions into commands, keeps the phones' view in step with the stage, and tells a
 * phone when its point moves on (approved, discarded, revealed — or back again on undo).
 * It draws nothing.
 */
export function RoomRelay({ sessionId }: { sessionId: SessionId }) {
  const { db, commands } = useServices();
  const current = useRoomView(sessionId);
  const viewJson = current ? JSON.stringify(current.view) : null;

  useEffect(() => {
    if (viewJson) void parley.sendToRoom({ type: 'view', view: JSON.parse(viewJson) });
  }, [viewJson]);

  const onEvent = useCallback(
    (event: ServerToHost) => {
      const vote = useRoomUi.getState().vote;
      if (event.type === 'submission')
        void handleSubmission({ db, commands, sessionId, vote }, event.phoneId, event.submission);
      else if (event.type === 'phone-ready' && vote) void sendVoteTo(db, vote, event.phoneId);
    },
    [db, commands, sessionId],
  );
  useRoomEvents(onEvent);

  // Status changes after arrival (approve, discard, reveal, undo) are told to the phone.
  const points = useLiveQuery(
    () => db.roomPoints.where('sessionId').equals(sessionId).toArray(),
    [db, sessionId],
  );
  const told = useRef<Map<string, PointStatus> | null>(null);
  useEffect(() => {
    if (!points) return;
    const seen = told.current;
    const next = new Map(points.map((p) => [p.id, p.status]));
    if (seen) {
      for (const p of points) {
        const before = seen.get(p.id);
        if (before !== undefined && before !== p.status)
          void parley.sendToRoom({
            type: 'point-status',
            phoneId: p.phoneId,
            id: p.id,
            status: p.status,
          });
      }
    }
    told.current = next;
  }, [points]);

  return null;
}
