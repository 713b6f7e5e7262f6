import { useState } from 'react';

import type { SessionId } from '#shared/domain/ids';

import { parley } from '../../platform/bridge';
import { relaysHere, thisHostWindow } from './hostWindow';
import { useRoomUi } from './roomStore';
import { useRoomView } from './useRoomView';

/** Open the room / Close the room, on the board's toolbar (docs/room.md). */
export function RoomButton({ sessionId }: { sessionId: SessionId }) {
  const status = useRoomUi((s) => s.status);
  const setStatus = useRoomUi((s) => s.setStatus);
  const setError = useRoomUi((s) => s.setError);
  const current = useRoomView(sessionId);
  const [busy, setBusy] = useState(false);
  const openHere = relaysHere(status, sessionId, thisHostWindow());

  async function toggle() {
    if (!current) return;
    setBusy(true);
    const result = openHere
      ? await parley.closeRoom({})
      : await parley.openRoom({ sessionId, view: current.view, hostWindow: thisHostWindow() });
    setBusy(false);
    if (result.ok) {
      setStatus(result.value);
      setError(null);
    } else setError(result.error.message);
  }

  return (
    <button
      type="button"
      className={`button${openHere ? ' is-on' : ''}`}
      aria-pressed={openHere}
      disabled={busy || !current}
      onClick={() => void toggle()}
    >
      {openHere ? 'Close the room' : 'Open the room'}
    </button>
  );
}
