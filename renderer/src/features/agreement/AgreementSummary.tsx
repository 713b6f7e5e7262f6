import { roundsOn } from '#shared/agreement/consent';
import { CONSENT_SCALES, type ConsentTarget } from '#shared/agreement/consentTypes';
import { buildAgreementDocument } from '#shared/agreement/document';
import type { AgreementState, ClauseStatus } from '#shared/agreement/model';
import { STATUS_LABELS } from '#shared/agreement/rules';
import type { SessionId } from '#shared/domain/ids';

import { isReadFailure } from '../../db/readOrFailure';
import { useBoardSession } from '../board';
import { ConsentSpread } from './ConsentSpread';
import { useAgreement } from './useAgreement';

const statusLabel = (s: ClauseStatus) => STATUS_LABELS[s];

/**
 * The latest consent round on a clause or the draft, as the room sees it: while stances are
 * private only how many are in; once revealed, the spread by party.
 */
function RoomRound({ state, target }: { state: AgreementState; target: ConsentTarget }) {
  const round = roundsOn(state, target).at(-1);
  if (!round) return null;
  return (
    <div className="summary-round" aria-label="Consent round">
      {round.revealedAt === null ? (
        <span>
          Consent round{target.kind === 'draft' ? ' on the whole draft' : ''}:{' '}
          {round.stances.length === 1 ? '1 stance in' : `${round.stances.length} stances in`}
        </span>
      ) : (
        <>
          <span>
            Consent{target.kind === 'draft' ? ' on the whole draft' : ''} (
            {CONSENT_SCALES[round.scale].label})
          </span>
          <ConsentSpread state={state} round={round} />
        </>
      )}
    </div>
  );
}

/**
 * The current draft, read-only and in large type, for the presenter window: no facilitator
 * controls, no private notes, withdrawn clauses left out so the room sees what is on the table.
 */
export function AgreementSummary({ sessionId }: { sessionId: SessionId }) {
  const board = useBoardSession(sessionId);
  const state = useAgreement(sessionId);
  if (board === undefined || state === undefined) return null;
  // A failed read shows nothing to the room rather than a misleading "not started".
  if (isReadFailure(board)) return null;
  if (board === 'missing' || state === null || state.clauses.length === 0) {
    return (
      <div className="agreement-summary">
        <p className="summary-empty">The agreement draft has not been started yet.</p>
      </div>
    );
  }
  const doc = buildAgreementDocument(state, { title: board.session.title });
  return (
    <article className="agreement-summary" aria-label="Agreement draft">
      <h1 className="summary-title">Agreement draft — {doc.title}</h1>
      <p className="summary-counts">
        {doc.counts.accepted} accepted · {doc.counts.proposed} proposed · {doc.counts.contested}{' '}
        contested
      </p>
      {state.definitions.length > 0 && (
        <section aria-label="Definitions">
          <h2>Definitions</h2>
          <dl className="summary-definitions">
            {state.definitions.map((d) => (
              <div key={d.id}>
                <dt>{d.term}</dt>
                <dd>{d.meaning}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <RoomRound state={state} target={{ kind: 'draft' }} />
      <section aria-label="Parties">
        <h2>1 Parties</h2>
        <ul className="summary-parties">
          {doc.parties.map((p) => (
            <li key={p.id}>
              <strong>{p.name}</strong>
              {p.represents && <span> — for {p.represents}</span>}
              {p.draftAssent?.current && (
                <span className="summary-assent"> ✓ assents to the whole draft</span>
              )}
            </li>
          ))}
        </ul>
      </section>
      {doc.sections.map((section) => {
        const clauses = section.clauses.filter((c) => c.status !== 'withdrawn');
        if (clauses.length === 0) return null;
        return (
          <section key={section.id} aria-label={section.title}>
            <h2>
              {section.number} {section.title}
            </h2>
            <ol className="summary-clauses">
              {clauses.map((c) => (
                <li key={c.id} className={`summary-clause clause-${c.status}`}>
                  <span className="clause-number">{c.number}</span>
                  <span className="summary-text">
                    {c.party && <strong>{c.party}: </strong>}
                    {c.text}
                  </span>
                  <span className={`status status-${c.status}`}>{statusLabel(c.status)}</span>
                  {c.assent.length > 0 && (
                    <span className="summary-assent">
                      ✓ {c.assent.map((a) => a.party).join(', ')}
                    </span>
                  )}
                  {c.openObjections.map((o, i) => (
                    <span key={i} className="summary-objection">
                      {o.party} objects: “{o.text}”
                    </span>
                  ))}
                  <RoomRound state={state} target={{ kind: 'clause', clauseId: c.id }} />
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </article>
  );
}
