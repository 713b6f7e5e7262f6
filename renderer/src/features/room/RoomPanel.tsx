import { useState } from 'react';

import type { SessionId } from '#shared/domain/ids';

import { useRunCommand } from '../../commands/useCommands';
import { editPlan } from '../stages';
import { relaysHere, thisHostWindow } from './hostWindow';
import { RoomInbox } from './RoomInbox';
import { RoomJoinInfo } from './RoomJoinInfo';
import { RoomModeControl } from './RoomModeControl';
import { RoomPhones } from './RoomPhones';
import { useRoomUi } from './roomStore';
import { RoomVoteButton } from './RoomVoteButton';
import { useRoomView } from './useRoomView';

/**
 * The room on the board (docs/room.md): while it is open, the region "Room participation" with
 * the join code and everything needed to reach it; at any time, points waiting for review or a
 * reveal, and the current stage's room mode.
 */
export function RoomPanel({ sessionId }: { sessionId: SessionId }) {
  const status = useRoomUi((s) => s.status);
  const roomError = useRoomUi((s) => s.error);
  const [error, setError] = useState<string | null>(null);
  const run = useRunCommand();
  const current = useRoomView(sessionId);
  const openHere = relaysHere(status, sessionId, thisHostWindow());
  const shown = error ?? roomError;
  const elsewhere = status.open && !openHere ? elsewhereText(status.sessionId === sessionId) : null;

  return (
    <div className="room-panel">
      {openHere && (
        <section className="room-participation" aria-label="Room participation">
          <RoomJoinInfo status={status} qrSize={132} />
          <div className="room-details">
            {status.joinUrls.length > 1 && (
              <details>
                <summary>Other addresses of this laptop</summary>
                <ul>
                  {status.joinUrls.slice(1).map((url) => (
                    <li key={url}>
                      <code>{url}</code>
                    </li>
                  ))}
                </ul>
              </details>
            )}
            <p className="room-advice">
              Phones must be on the same network as this laptop. If the venue Wi-Fi keeps devices
              apart (phones cannot open the address), turn on this laptop’s hotspot, ask the room to
              join it, and use the address shown for it.
            </p>
            <p className="room-advice">
              The room uses plain HTTP: others on the same Wi-Fi could read what phones send. Do not
              use it for anything confidential.
            </p>
            <RoomPhones status={status} onError={setError} />
            <RoomVoteButton sessionId={sessionId} onError={setError} />
          </div>
        </section>
      )}
      {elsewhere && (
        // On a laptop this is one line beside the proposition; the title holds it whole.
        <p className="room-advice room-elsewhere" role="status" title={elsewhere}>
          {elsewhere}
        </p>
      )}
      {current?.stage && (
        <RoomModeControl
          stage={current.stage}
          onChange={(room) =>
            void run(editPlan, {
              sessionId,
              edit: { type: 'setRoom', stageId: current.stage!.id, room },
            }).then((outcome) => setError(outcome.ok ? null : outcome.message))
          }
        />
      )}
      <RoomInbox sessionId={sessionId} onError={setError} />
      {shown && (
        <p className="room-error" role="alert">
          {shown}
        </p>
      )}
    </div>
  );
}

/** What the board says while the room is open in another window of Parley. */
function elsewhereText(sameSession: boolean): string {
  return sameSession
    ? 'The room is open for this session in another Parley window, which receives the phones. Opening it here closes it there; phones then join again with the new code.'
    : 'The room is open for another session in another Parley window. Opening it here closes it there.';
}
