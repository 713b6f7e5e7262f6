import { useCallback, useEffect, useMemo, useRef } from 'react';

import type { SessionId } from '#shared/domain/ids';
import type { PointStatus, ServerToHost } from '#shared/room/protocol';

import { useServices } from '../../commands/AppServices';
import { useLiveQuery } from '../../db/useLiveQuery';
import { parley } from '../../platform/bridge';
import { sendConsentTo } from './consentOnPhones';
import { createRelay, sendVoteTo } from './roomRelay';
import { useRoomUi } from './roomStore';
import { sendScoringTo } from './scoringOnPhones';
import { useConsentOnPhones, useLiveVoteCards, useScoringOnPhones } from './usePhoneRounds';
import { useRoomEvents } from './useRoomStatus';
import { useRoomView } from './useRoomView';

/**
 * The facilitator's side of the room while it is open on this session (docs/room.md): it turns
 * phones' submissions into commands, keeps the phones' view in step with the stage, and tells a
 * phone when its point moves on (approved, discarded, revealed — or back again on undo), and keeps
 * the phones' consent round, scoring round and vote card list in step with the draft and the board.
 * It draws nothing.
 */
export function RoomRelay({ sessionId }: { sessionId: SessionId }) {
  const { db, commands } = useServices();
  const current = useRoomView(sessionId);
  const viewJson = current ? JSON.stringify(current.view) : null;

  useEffect(() => {
    if (viewJson) void parley.sendToRoom({ type: 'view', view: JSON.parse(viewJson) });
  }, [viewJson]);

  const relay = useMemo(
    () => createRelay(() => ({ db, commands, sessionId, vote: useRoomUi.getState().vote })),
    [db, commands, sessionId],
  );
  const onEvent = useCallback(
    (event: ServerToHost) => {
      const vote = useRoomUi.getState().vote;
      if (event.type === 'submission') void relay.submit(event.phoneId, event.submission);
      else if (event.type === 'phone-ready') {
        if (vote) void sendVoteTo(db, vote, event.phoneId);
        void sendConsentTo(db, sessionId, event.phoneId);
        void sendScoringTo(db, sessionId, event.phoneId);
      }
    },
    [db, relay, sessionId],
  );
  useRoomEvents(onEvent);
  useConsentOnPhones(sessionId);
  useScoringOnPhones(sessionId);
  useLiveVoteCards();

  // A point that leaves the inbox or the silent pile (approve, discard, reveal) or comes back to
  // it (undo) is told to its phone. Only those two small sets are watched: a busy live stage
  // does not make this re-read every point of the session.
  const pending = useLiveQuery(
    () =>
      db.roomPoints
        .where('[sessionId+status]')
        .anyOf([
          [sessionId, 'waiting'],
          [sessionId, 'held'],
        ])
        .toArray(),
    [db, sessionId],
  );
  const told = useRef<Map<string, PointStatus> | null>(null);
  /** Points that left the inbox or the pile: if one comes back (undo), its phone is told. */
  const left = useRef(new Set<string>());
  useEffect(() => {
    if (!pending) return;
    const before = told.current;
    const now = new Map(pending.map((p) => [p.id, p.status]));
    told.current = now;
    if (!before) return;
    const tell = (phoneId: string, id: string, status: PointStatus) =>
      void parley.sendToRoom({ type: 'point-status', phoneId, id, status });
    for (const p of pending) {
      const returned = left.current.delete(p.id);
      if (returned || (before.has(p.id) && before.get(p.id) !== p.status))
        tell(p.phoneId, p.id, p.status);
    }
    const gone = [...before.keys()].filter((id) => !now.has(id));
    for (const id of gone) left.current.add(id);
    if (gone.length > 0)
      void db.roomPoints.bulkGet(gone).then((rows) => {
        for (const row of rows) if (row) tell(row.phoneId, row.id, row.status);
      });
  }, [db, pending]);

  return null;
}
