import type { SessionId } from '#shared/domain/ids';

import { isReadFailure } from '../../db/readOrFailure';
import { MissingSessionPanel } from '../../ui/MissingSessionPanel';
import { ReadFailedPanel } from '../../ui/ReadFailedPanel';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { AgreementButton } from '../agreement/AgreementButton';
// — export imports —
import { ExportToolbar } from '../export/ExportToolbar';
import { PresenterPanel } from '../presenter/PresenterPanel';
import { PresenterToolbar } from '../presenter/PresenterToolbar';
// — guided facilitation —
import { StagePanel } from '../stages/StagePanel';
import { StageToolbar } from '../stages/StageToolbar';
import { useCurrentLane } from '../stages/useStageData';
// — board at scale —
import { BoardLanes } from './BoardLanes';
import { BoardToolbar } from './BoardToolbar';
import { PropositionSwitcher } from './PropositionSwitcher';
import { useBoardSession } from './useBoardSession';

export function BoardScreen({ sessionId }: { sessionId: SessionId }) {
  const data = useBoardSession(sessionId);
  const currentLane = useCurrentLane(sessionId); // — guided facilitation: highlight the current lens —

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
          {/* — guided facilitation toolbar — */}
          <StageToolbar sessionId={session.id} />

          {/* — board at scale toolbar — */}
          <BoardToolbar sessionId={session.id} propositionId={session.activePropositionId} />

          {/* — presenter toolbar — */}
          <PresenterToolbar sessionId={session.id} />

          {/* — agreement toolbar — */}
          <AgreementButton sessionId={session.id} />

          {/* — export toolbar — */}
          <ExportToolbar sessionId={session.id} />
        </div>
      </ScreenHeader>
      <section className="proposition-banner" aria-label="Proposition">
        <span className="proposition-label">Proposition</span>
        <p className="proposition-text">{proposition?.text ?? ''}</p>
        {/* — board at scale proposition switcher — */}
        <PropositionSwitcher sessionId={session.id} activeId={session.activePropositionId} />
      </section>
      <div className="board-body">
        {/* — guided facilitation stage panel — */}
        <StagePanel sessionId={session.id} />

        <BoardLanes session={session} currentLane={currentLane} />

        {/* — presenter live preview — */}
        <PresenterPanel sessionId={session.id} />
      </div>
    </div>
  );
}
