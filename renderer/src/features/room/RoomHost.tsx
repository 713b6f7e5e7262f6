import type { SessionId } from '#shared/domain/ids';

import { relaysHere, thisHostWindow } from './hostWindow';
import { RoomRelay } from './RoomRelay';
import { useRoomUi } from './roomStore';
import { useRoomStatusFeed } from './useRoomStatus';

/**
 * Mounted once in the facilitator window: follows the room's status and, while the room is open
 * and this window opened it, relays for its session whichever screen the facilitator is on —
 * points keep arriving while they look at the agreement or the plan. Any other Parley window
 * (a second tab in browser mode) only watches: it never answers phones or tells them of rounds.
 */
export function RoomHost() {
  useRoomStatusFeed();
  const sessionId = useRoomUi((s) => s.status.sessionId);
  const here = useRoomUi(
    (s) => !!s.status.sessionId && relaysHere(s.status, s.status.sessionId, thisHostWindow()),
  );
  if (!here || !sessionId) return null;
  return <RoomRelay key={sessionId} sessionId={sessionId as SessionId} />;
}
