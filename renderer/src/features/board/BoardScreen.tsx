import type { SessionId } from '#shared/domain/ids';

import { isReadFailure } from '../../db/readOrFailure';
import { MissingSessionPanel } from '../../ui/MissingSessionPanel';
import { ReadFailedPanel } from '../../ui/ReadFailedPanel';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { BoardLanes } from './BoardLanes';
import { useBoardParts } from './boardParts';
import { PropositionSwitcher } from './PropositionSwitcher';
import { ToolbarMore } from './ToolbarMore';
import { useBoardSession } from './useBoardSession';

/** The board, with what the other features add to it (boardParts.ts). */
export function BoardScreen({ sessionId }: { sessionId: SessionId }) {
  const parts = useBoardParts();
  const data = useBoardSession(sessionId);
  const currentLane = parts.useCurrentLane(sessionId);
  const captureKind = parts.useCaptureKind(sessionId);

  if (data === undefined) {
    return (
      <p className="loading" role="status">
        Opening the board…
      </p>
    );
  }
  // A failed read is not a missing session: say so, and never draw an empty board over the data.
  if (isReadFailure(data)) {
    return (
      <div className="missing">
        <ReadFailedPanel what="this board" detail={data.message} />
      </div>
    );
  }
  if (data === 'missing') return <MissingSessionPanel />;

  const { session, proposition } = data;
  return (
    <div className="board-screen">
      <ScreenHeader back={{ to: { name: 'home' }, label: '← All sessions' }} title={session.title}>
        <div className="board-toolbar">
          {parts.toolbar.map((Toolbar, i) => (
            <Toolbar key={i} sessionId={session.id} propositionId={session.activePropositionId} />
          ))}
          <ToolbarMore>
            {parts.toolbarMore.map((Tool, i) => (
              <Tool key={i} sessionId={session.id} propositionId={session.activePropositionId} />
            ))}
          </ToolbarMore>
        </div>
      </ScreenHeader>
      {/* On a laptop the room's strip sits beside the proposition rather than under it. */}
      <div className="board-top">
        <section className="proposition-banner" aria-label="Proposition">
          <span className="proposition-label">Proposition</span>
          <p className="proposition-text" title={proposition?.text ?? ''}>
            {proposition?.text ?? ''}
          </p>
          <PropositionSwitcher sessionId={session.id} activeId={session.activePropositionId} />
        </section>
        {parts.panelsAbove.map((Panel, i) => (
          <Panel key={i} sessionId={session.id} />
        ))}
      </div>
      <div className="board-body">
        {parts.panelsBefore.map((Panel, i) => (
          <Panel key={i} sessionId={session.id} />
        ))}
        <BoardLanes session={session} currentLane={currentLane} captureKind={captureKind} />
        {parts.panelsAfter.map((Panel, i) => (
          <Panel key={i} sessionId={session.id} />
        ))}
      </div>
    </div>
  );
}
