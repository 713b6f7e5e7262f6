import type { CSSProperties, ReactNode } from 'react';

import type { SessionId } from '#shared/domain/ids';
import { presenterView, type PresenterState } from '#shared/presenter/presenterState';

import { isReadFailure } from '../../db/readOrFailure';
import { useBoardSession } from '../board';
import { RoomPresenterJoin } from '../room';
import { PracticabilityGlance } from '../synthesis';
import { PresenterAgreement } from './PresenterAgreement';
import { PresenterBoard } from './PresenterBoard';
import { PresenterHeader } from './PresenterHeader';
import { PresenterPrompt } from './PresenterPrompt';
import { PresenterSpotlight } from './PresenterSpotlight';
import { useRoomState } from './usePresenterState';
import { useRoomStage } from './useRoomStage';

/**
 * Everything the room sees, drawn from the shared database only. It is given nothing but a
 * session id, and it reads nothing private: the facilitator's notes and controls live in
 * components this file never imports.
 */
export function PresenterScreen({ sessionId }: { sessionId: SessionId }) {
  const data = useBoardSession(sessionId);
  const room = useRoomState(sessionId);
  const stage = useRoomStage(sessionId);
  const state = room?.state;

  if (data === undefined || room === undefined || state === undefined || stage === undefined)
    return <ScreenFrame state={state} view="loading" />;
  if (isReadFailure(data)) {
    // Never an empty board over data that exists but could not be read (docs/architecture.md,
    // "Security and reliability"); the next change to the database runs the query again.
    return (
      <ScreenFrame state={state} view="read-failed">
        <p className="present-message" role="status">
          The room view cannot read this session just now.
        </p>
      </ScreenFrame>
    );
  }
  if (data === 'missing') {
    return (
      <ScreenFrame state={state} view="missing">
        <p className="present-message" role="status">
          This session is no longer available.
        </p>
      </ScreenFrame>
    );
  }

  const { session, proposition } = data;
  const propositionText = proposition?.text ?? '';
  // A spotlighted card that has since been deleted leaves the room on the chosen view (and comes
  // back if the delete is undone), never on an empty frame.
  const spotlightCard = room.spotlightCard;
  const view = presenterView({ ...state, spotlightCardId: spotlightCard?.id ?? null });
  const scale = state.textScale;
  const board = (
    <PresenterBoard
      propositionId={session.activePropositionId}
      hiddenLanes={state.hiddenLanes}
      scale={scale}
      currentLane={stage?.stage.lane ?? null}
    />
  );

  if (view.kind === 'blank') {
    return (
      <ScreenFrame state={state} view="blank">
        <h1 className="visually-hidden">The screen is blank for now</h1>
      </ScreenFrame>
    );
  }
  return (
    <ScreenFrame state={state} view={view.kind}>
      <PresenterHeader
        title={session.title}
        proposition={propositionText}
        scale={scale}
        showProposition={view.kind !== 'prompt' || stage !== null}
        room={stage}
        join={<RoomPresenterJoin sessionId={sessionId} />}
      />
      <main className="present-body" aria-label="Room screen">
        {view.kind === 'spotlight' && spotlightCard ? (
          <PresenterSpotlight key={spotlightCard.id} card={spotlightCard} scale={scale} />
        ) : view.kind === 'prompt' ? (
          <PresenterPrompt proposition={propositionText} room={stage} scale={scale} />
        ) : view.kind === 'agreement' ? (
          <PresenterAgreement sessionId={sessionId} scale={scale} />
        ) : view.kind === 'practicability' ? (
          <PracticabilityGlance propositionId={session.activePropositionId} />
        ) : (
          board
        )}
      </main>
    </ScreenFrame>
  );
}

function ScreenFrame({
  state,
  view,
  children,
}: {
  state: PresenterState | undefined;
  view: string;
  children?: ReactNode;
}) {
  const style = { '--p-scale': state?.textScale ?? 1 } as CSSProperties;
  return (
    <div
      className={`present-screen present-theme-${state?.theme ?? 'dark'}`}
      data-view={view}
      style={style}
    >
      {children}
    </div>
  );
}
