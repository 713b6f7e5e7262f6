import type { SessionId } from '#shared/domain/ids';

import { RoomJoinInfo } from './RoomJoinInfo';
import { useRoomUi } from './roomStore';
import { useRoomStatusFeed } from './useRoomStatus';

/** The join code on the room view (the projector), while the room is open on this session. */
export function RoomPresenterJoin({ sessionId }: { sessionId: SessionId }) {
  useRoomStatusFeed();
  const status = useRoomUi((s) => s.status);
  if (!status.open || status.sessionId !== sessionId) return null;
  return (
    <aside className="present-room-join" aria-label="Join from your phone">
      <RoomJoinInfo status={status} qrSize={180} linked={false} />
    </aside>
  );
}
