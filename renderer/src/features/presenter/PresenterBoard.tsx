import { memo } from 'react';

import type { PropositionId } from '#shared/domain/ids';
import type { LaneId } from '#shared/domain/lanes';
import { visibleLanes } from '#shared/presenter/presenterState';

import { PresenterLane } from './PresenterLane';

/** The board as the room sees it: the lanes the facilitator left on screen, side by side. */
interface Props {
  propositionId: PropositionId;
  hiddenLanes: readonly LaneId[];
  scale: number;
  /** The lane the current stage captures into, marked so the room knows where its words are going. */
  currentLane: LaneId | null;
}

/**
 * Memoised: every card written touches its session's row, which redraws the screen around the
 * board; the lanes have their own live queries and need not be walked again for that.
 */
export const PresenterBoard = memo(function PresenterBoard({
  propositionId,
  hiddenLanes,
  scale,
  currentLane,
}: Props) {
  const lanes = visibleLanes(hiddenLanes);
  return (
    <div
      className="present-board"
      style={{ gridTemplateColumns: `repeat(${lanes.length}, minmax(0, 1fr))` }}
    >
      {lanes.map((lane) => (
        <PresenterLane
          key={lane}
          propositionId={propositionId}
          lane={lane}
          scale={scale}
          current={lane === currentLane}
        />
      ))}
    </div>
  );
});
