import type { SessionId } from '#shared/domain/ids';

import { RoomRelay } from './RoomRelay';
import { useRoomUi } from './roomStore';
import { useRoomStatusFeed } from './useRoomStatus';

/**
 * Mounted once in the facilitator window: follows the room's status and, while the room is open,
 * relays for its session whichever screen the facilitator is on — points keep arriving while
 * they look at the agreement or the plan.
 */
export function RoomHost() {
  useRoomStatusFeed();
  const open = useRoomUi((s) => s.status.open);
  const sessionId = useRoomUi((s) => s.status.sessionId);
  if (!open || !sessionId) return null;
  return <RoomRelay key={sessionId} sessionId={sessionId as SessionId} />;
}
