import type { SessionId } from '#shared/domain/ids';

import { useServices } from '../../commands/AppServices';
import { useRunWithNotice } from '../../commands/useRunWithNotice';
import { useLiveQuery } from '../../db/useLiveQuery';
import {
  closeScoringOnPhones,
  openScoringOnPhones,
  openScoringRound,
} from './commands/roomScoreCommands';
import { relaysHere, thisHostWindow } from './hostWindow';
import { useRoomUi } from './roomStore';

/**
 * Beside the facilitator's practicability scoring: while the room is open on this session, opens
 * scoring on the phones over the proposition's practicability points; closes it (docs/room.md).
 */
export function RoomScoringButton({ sessionId }: { sessionId: SessionId }) {
  const { db } = useServices();
  const run = useRunWithNotice();
  // Like the room's other controls, offered in the window that opened the room (it relays).
  const roomOpen = useRoomUi((s) => relaysHere(s.status, sessionId, thisHostWindow()));
  const round = useLiveQuery(
    async () => (await openScoringRound(db, sessionId)) ?? null,
    [db, sessionId],
  );
  // A round left open when the room closed can still be closed; a new one needs the room.
  if (round === undefined || (!roomOpen && round === null)) return null;
  return (
    <p className="room-scoring">
      <button
        type="button"
        className="button"
        aria-pressed={round !== null}
        onClick={() =>
          void (round
            ? run(closeScoringOnPhones, { sessionId })
            : run(openScoringOnPhones, { sessionId }))
        }
      >
        {round ? 'Close scoring' : 'Score on phones'}
      </button>{' '}
      <span className="hint">
        {round
          ? 'Phones are scoring these points; each point shows the median of every score.'
          : 'Let participants score these points from their phones too.'}
      </span>
    </p>
  );
}
