import { useEffect } from 'react';

import type { ServerToHost } from '#shared/room/protocol';

import { parley } from '../../platform/bridge';
import { useRoomUi } from './roomStore';

/** Follows the room's status from the host (IPC or browser mode's host socket). */
export function useRoomStatusFeed(): void {
  const setStatus = useRoomUi((s) => s.setStatus);
  useEffect(() => {
    let live = true;
    void parley.getRoomStatus({}).then((result) => {
      if (live && result.ok) setStatus(result.value);
    });
    const off = parley.onRoomEvent((event) => {
      if (event.type === 'status') setStatus(event.status);
    });
    return () => {
      live = false;
      off();
    };
  }, [setStatus]);
}

/** Calls `listener` with every room event while mounted (the latest listener, without resubscribing). */
export function useRoomEvents(listener: (event: ServerToHost) => void): void {
  useEffect(() => parley.onRoomEvent((event) => listener(event)), [listener]);
}
