import { useRef, type ReactNode } from 'react';

import { PresenterStageBadge } from './PresenterStageBadge';
import { ScreenText } from './ScreenText';
import { BLOCK_FIT_STEPS, useFitText } from './useFit';
import type { RoomStage } from './useRoomStage';

/** Session title and the proposition, always on screen so a latecomer knows what is being discussed. */
interface Props {
  title: string;
  proposition: string;
  scale: number;
  showProposition: boolean;
  room: RoomStage | null;
  /**
   * How to join from a phone, while the room is open: in the header's row, beside the title, so it
   * takes no lane's space. Laid over the board's corner, it hid the newest points of the last lane.
   */
  join?: ReactNode;
}

export function PresenterHeader({ title, proposition, scale, showProposition, room, join }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useFitText(ref, BLOCK_FIT_STEPS, [title, proposition, scale, showProposition]);
  return (
    <header className="present-header">
      <div ref={ref} className="present-heading">
        <h1 className="present-title">
          <ScreenText text={title} />
        </h1>
        {showProposition && (
          <p className="present-proposition">
            <ScreenText text={proposition} />
          </p>
        )}
      </div>
      {join}
      {room && <PresenterStageBadge room={room} />}
    </header>
  );
}
