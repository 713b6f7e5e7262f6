import { PresenterTimer } from './PresenterTimer';
import { ScreenText } from './ScreenText';
import type { RoomStage } from './useRoomStage';

/** Top right of the wall: which stage the group is in, and the time left for it. */
export function PresenterStageBadge({ room }: { room: RoomStage }) {
  return (
    <section
      className={`present-stage-badge${room.stage.lane ? ` lane-${room.stage.lane}` : ''}`}
      aria-label="Stage and time"
    >
      <p className="present-stage-step">
        <ScreenText text={`Stage ${room.number} of ${room.count}`} />
      </p>
      <p className="present-stage-name">
        <ScreenText text={room.stage.title} />
      </p>
      <PresenterTimer timer={room.timer} />
    </section>
  );
}
