import { useEffect, useRef } from 'react';

import { LANE_IDS, type LaneId } from '#shared/domain/lanes';
import type { CardKind, Session } from '#shared/domain/types';

import { useWindowStore } from '../../ui/windowStore';
import { useDrawCommittedCards } from './committedCards';
import { FilterBar } from './FilterBar';
import { FocusModeButton } from './FocusModeButton';
import { Lane } from './Lane';
import { LinkDialog } from './LinkDialog';
import { BoardDataContext, useBoardDataValue } from './useBoardData';
import { usePointerDrag } from './usePointerDrag';

/** The five lanes with what they share: participants, links, filters, dragging, the live announcer. */
/**
 * `currentLane` is the lane the current stage captures into; it is highlighted, and cards typed
 * into it get the stage's `captureKind` (the Frame stage captures definitions).
 */
export function BoardLanes({
  session,
  currentLane,
  captureKind = null,
}: {
  session: Session;
  currentLane: LaneId | null;
  captureKind?: CardKind | null;
}) {
  const data = useBoardDataValue(session.id, session.activePropositionId);
  const boardRef = useRef<HTMLElement>(null);
  const announcement = useWindowStore((s) => s.announcement);
  const linking = useWindowStore((s) => s.linking);
  const focusMode = useWindowStore((s) => s.focusMode);
  usePointerDrag(boardRef);
  useDrawCommittedCards();
  useEffect(() => useWindowStore.getState().resetBoardUi(), [session.id]);

  return (
    <BoardDataContext.Provider value={data}>
      <div className="board-area">
        <div className="board-controls">
          <FilterBar participants={data.participants} />
          <FocusModeButton hasCurrentLane={currentLane !== null} />
        </div>
        <main
          ref={boardRef}
          className="board"
          aria-label="Board"
          data-current-lane={currentLane ?? undefined}
          data-focus={focusMode && currentLane ? '' : undefined}
        >
          {LANE_IDS.map((lane) => (
            <Lane
              key={lane}
              sessionId={session.id}
              propositionId={session.activePropositionId}
              lane={lane}
              current={lane === currentLane}
              captureKind={lane === currentLane ? captureKind : null}
            />
          ))}
        </main>
        <div className="sr-only" aria-live="assertive" aria-atomic="true">
          {announcement}
        </div>
        {linking && (
          <LinkDialog conclusionId={linking} propositionId={session.activePropositionId} />
        )}
      </div>
    </BoardDataContext.Provider>
  );
}
