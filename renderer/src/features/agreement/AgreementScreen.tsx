import { useMemo, useState } from 'react';

import { buildAgreementDocument } from '#shared/agreement/document';
import { proposeAdditions, type ProposedAddition } from '#shared/agreement/generate';
import { emptyAgreement, SECTION_IDS } from '#shared/agreement/model';
import { versionLabel } from '#shared/agreement/versions';
import type { SessionId } from '#shared/domain/ids';

import { isReadFailure } from '../../db/readOrFailure';
import { MissingSessionPanel } from '../../ui/MissingSessionPanel';
import { ReadFailedPanel } from '../../ui/ReadFailedPanel';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { useWindowStore } from '../../ui/windowStore';
import { useBoardSession } from '../board';
import { AdditionsPanel } from './AdditionsPanel';
import { ClauseSection } from './ClauseSection';
import {
  addGeneratedClauses,
  snapshotAgreement,
  startBlankDraft,
} from './commands/agreementCommands';
import { ConsentRoundPanel } from './ConsentRoundPanel';
import { DefinitionsSection } from './DefinitionsSection';
import { DraftObjections } from './DraftObjections';
import { DraftSummary } from './DraftSummary';
import { PartiesSection } from './PartiesSection';
import { ReviewPanel } from './ReviewPanel';
import {
  useAgreement,
  useAgreementReviews,
  useAgreementVersions,
  useSessionCards,
} from './useAgreement';
import { useAgreementCommand } from './useAgreementCommand';
import { VersionsPanel } from './VersionsPanel';

/** The negotiated agreement draft of one session: generated from the board, negotiated clause by clause. */
export function AgreementScreen({ sessionId }: { sessionId: SessionId }) {
  const board = useBoardSession(sessionId);
  const state = useAgreement(sessionId);
  const versions = useAgreementVersions(sessionId);
  const reviews = useAgreementReviews(sessionId);
  const cards = useSessionCards(sessionId);
  const run = useAgreementCommand();
  const showNotice = useWindowStore((s) => s.showNotice);
  const [offered, setOffered] = useState<ProposedAddition[] | null>(null);
  const [draftConsent, setDraftConsent] = useState(false);
  const cardTexts = useMemo(
    () => new Map((cards ?? []).map((c) => [c.id as string, c.text])),
    [cards],
  );

  if (
    board === undefined ||
    state === undefined ||
    versions === undefined ||
    reviews === undefined ||
    cards === undefined
  ) {
    return (
      <p className="loading" role="status">
        Opening the agreement…
      </p>
    );
  }
  if (isReadFailure(board)) return <ReadFailedPanel what="this session" detail={board.message} />;
  if (board === 'missing') return <MissingSessionPanel />;

  const hasDraft = state !== null;

  /** Offers what the board holds that the draft lacks, for review before anything is written. */
  function generate() {
    if (cards!.length === 0)
      return void showNotice({
        tone: 'error',
        message:
          'The board is empty: capture some points and conclusions first, then generate the draft.',
      });
    const additions = proposeAdditions(state ?? emptyAgreement(sessionId, Date.now()), cards!);
    if (additions.length === 0)
      showNotice({ tone: 'info', message: 'The draft already holds everything on the board.' });
    setOffered(additions.length > 0 ? additions : null);
  }

  const nextVersion = versionLabel((versions.at(-1)?.number ?? 0) + 1);
  return (
    <div className="agreement-screen">
      <ScreenHeader
        back={{ to: { name: 'session', sessionId }, label: '← Board' }}
        className="agreement-header"
        title={
          <>
            Agreement draft <span className="agreement-session">· {board.session.title}</span>
          </>
        }
      >
        <div className="board-toolbar">
          <button
            type="button"
            className={`button ${hasDraft ? '' : 'button-primary'}`}
            onClick={generate}
          >
            Generate draft
          </button>
          {hasDraft && (
            <button
              type="button"
              className="button"
              aria-expanded={draftConsent}
              onClick={() => setDraftConsent(true)}
            >
              Check consent on the whole draft
            </button>
          )}
          {hasDraft && (
            <button
              type="button"
              className="button"
              onClick={() =>
                void run(snapshotAgreement, { sessionId }, { done: `Saved as ${nextVersion}.` })
              }
            >
              {`Save as ${nextVersion}`}
            </button>
          )}
        </div>
      </ScreenHeader>
      <section className="proposition-banner" aria-label="Proposition">
        <span className="proposition-label">Proposition</span>
        <p className="proposition-text">{board.proposition?.text ?? ''}</p>
      </section>
      {offered && (
        <AdditionsPanel
          additions={offered}
          first={!hasDraft}
          onClose={() => setOffered(null)}
          onAdd={async (acceptKeys, moves) => {
            const problem = await run(
              addGeneratedClauses,
              { sessionId, acceptKeys, offeredKeys: offered.map((a) => a.key), moves },
              { done: hasDraft ? `${acceptKeys.length} added to the draft.` : 'Draft written.' },
            );
            if (!problem) setOffered(null);
          }}
        />
      )}
      {!hasDraft || state === null ? (
        <div className="panel agreement-empty">
          <h2>No draft yet</h2>
          <p>
            <strong>Generate draft</strong> proposes a place in the draft for every card, by what it
            is: definitions open the agreement, commitments and conditions become clauses, evidence
            informs rather than binds, concerns and questions stay open. You review each placement
            before the draft is written; every clause links back to the cards it came from.
          </p>
          <p className="hint">
            {cards.length === 0
              ? 'The board is empty: capture points first, or write the draft by hand.'
              : `${cards.length} card${cards.length === 1 ? '' : 's'} on the board.`}
          </p>
          <div className="form-actions">
            <button
              type="button"
              className="button"
              onClick={() => void run(startBlankDraft, { sessionId })}
            >
              Write the draft by hand
            </button>
          </div>
        </div>
      ) : (
        <div className="agreement-body">
          <main className="agreement-doc" aria-label="Agreement draft">
            <DraftSummary document={buildAgreementDocument(state)} />
            {draftConsent && (
              <ConsentRoundPanel
                sessionId={sessionId}
                state={state}
                target={{ kind: 'draft' }}
                what="the whole draft"
                onClose={() => setDraftConsent(false)}
              />
            )}
            <DraftObjections sessionId={sessionId} state={state} />
            <DefinitionsSection sessionId={sessionId} state={state} />
            <PartiesSection sessionId={sessionId} state={state} />
            {SECTION_IDS.map((section) => (
              <ClauseSection
                key={section}
                sessionId={sessionId}
                state={state}
                section={section}
                cardTexts={cardTexts}
              />
            ))}
          </main>
          <aside className="agreement-side">
            <ReviewPanel
              sessionId={sessionId}
              state={state}
              versions={versions}
              reviews={reviews}
            />
            <VersionsPanel key={versions.length} sessionId={sessionId} versions={versions} />
          </aside>
        </div>
      )}
    </div>
  );
}
