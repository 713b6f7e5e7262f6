import type { PropositionId } from '../../../../shared/domain/ids';
import { visibleLanes } from '../../../../shared/presenter/presenterState';
import type { LaneId } from '../../../../shared/domain/lanes';
import { PresenterLane } from './PresenterLane';

/** The board as the room sees it: the lanes the facilitator left on screen, side by side. */
export function PresenterBoard({ propositionId, hiddenLanes, scale }: { propositionId: PropositionId; hiddenLanes: readonly LaneId[]; scale: number }) {
  const lanes = visibleLanes(hiddenLanes);
  return (
    <div className="present-board" style={{ gridTemplateColumns: `repeat(${lanes.length}, minmax(0, 1fr))` }}>
      {lanes.map((lane) => (
        <PresenterLane key={lane} propositionId={propositionId} lane={lane} scale={scale} />
      ))}
    </div>
  );
}
