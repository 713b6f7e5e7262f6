import { useState } from 'react';

import { clauseDetails } from '#shared/agreement/document';
import {
  clauseNumber,
  sectionClauses,
  type AgreementState,
  type Clause,
  type PartyId,
} from '#shared/agreement/model';
import { canTransition, openObjections, STATUS_LABELS } from '#shared/agreement/rules';
import type { SessionId } from '#shared/domain/ids';

import { ClauseEditor } from './ClauseEditor';
import { ClauseHistory } from './ClauseHistory';
import {
  amendClause,
  contestClause,
  moveClause,
  removeClause,
  setClauseAssent,
  setClauseStatus,
} from './commands/agreementCommands';
import { ConsentRoundPanel } from './ConsentRoundPanel';
import { ContestForm } from './ContestForm';
import { ObjectionItem } from './ObjectionItem';
import { useAgreementCommand } from './useAgreementCommand';

interface Props {
  sessionId: SessionId;
  state: AgreementState;
  clause: Clause;
  cardTexts: ReadonlyMap<string, string>;
}

/** One clause, with everything the room negotiates on it: status, wording, objections, assent. */
export function ClauseItem({ sessionId, state, clause, cardTexts }: Props) {
  const run = useAgreementCommand();
  const [mode, setMode] = useState<'view' | 'amend' | 'contest'>('view');
  const [consent, setConsent] = useState(false);
  const number = clauseNumber(state, clause.id);
  const party = state.parties.find((p) => p.id === clause.partyId);
  const objections = openObjections(clause);
  const base = { sessionId, clauseId: clause.id };
  const siblings = sectionClauses(state, clause.section);
  const position = siblings.findIndex((c) => c.id === clause.id);
  const status = (to: 'proposed' | 'accepted' | 'withdrawn', label: string) =>
    canTransition(clause.status, to) && (
      <button
        type="button"
        className="button button-small"
        onClick={() => void run(setClauseStatus, { ...base, status: to })}
      >
        {label}
      </button>
    );

  return (
    <li className={`clause clause-${clause.status}`} aria-label={`Clause ${number}`}>
      <div className="clause-head">
        <span className="clause-number">{number}</span>
        <span className={`status status-${clause.status}`}>{STATUS_LABELS[clause.status]}</span>
        {party && <span className="clause-party">{party.name}</span>}
        {clause.origin === 'generated' && !clause.edited && (
          <span className="clause-tag">Generated, not yet edited</span>
        )}
      </div>
      {mode === 'amend' ? (
        <ClauseEditor
          state={state}
          section={clause.section}
          clause={clause}
          onCancel={() => setMode('view')}
          onSave={async (input) => {
            const problem = await run(amendClause, { ...base, ...input }, { inline: true });
            if (!problem) setMode('view');
            return problem;
          }}
        />
      ) : (
        <>
          <p className="clause-text">{clause.text}</p>
          {clause.followUp && (clause.followUp.owner || clause.followUp.nextStep) && (
            <dl className="clause-details" aria-label="Who takes it forward">
              <div>
                <dt>Owner</dt>
                <dd>
                  {clause.followUp.ownerKind === 'party'
                    ? (state.parties.find((p) => p.id === clause.followUp!.owner)?.name ??
                      'A removed party')
                    : clause.followUp.owner || 'Nobody yet'}
                </dd>
              </div>
              <div>
                <dt>Next step</dt>
                <dd>{clause.followUp.nextStep || 'Not set'}</dd>
              </div>
            </dl>
          )}
          {clauseDetails(state, clause).length > 0 && (
            <dl className="clause-details">
              {clauseDetails(state, clause).map((d) => (
                <div key={d.label}>
                  <dt>{d.label}</dt>
                  <dd>{d.value}</dd>
                </div>
              ))}
            </dl>
          )}
        </>
      )}
      {objections.length > 0 && (
        <ul className="objections" aria-label="Open objections">
          {objections.map((o) => (
            <ObjectionItem
              key={o.id}
              sessionId={sessionId}
              clauseId={clause.id}
              objection={o}
              partyName={state.parties.find((p) => p.id === o.partyId)?.name ?? 'A removed party'}
            />
          ))}
        </ul>
      )}
      {clause.sourceCardIds.length > 0 && (
        <p className="clause-sources">
          From the board:{' '}
          {clause.sourceCardIds.map((id) => (
            <q key={id} className="source-card" title={`Card ${id}`}>
              {cardTexts.get(id) ?? 'a card since deleted'}
            </q>
          ))}
        </p>
      )}
      {mode === 'contest' && (
        <ContestForm
          parties={state.parties}
          onCancel={() => setMode('view')}
          onSave={async (partyId, reason) => {
            const problem = await run(
              contestClause,
              { ...base, partyId: partyId as PartyId, reason },
              { inline: true },
            );
            if (!problem) setMode('view');
            return problem;
          }}
        />
      )}
      {mode === 'view' && (
        <div className="clause-actions">
          <button type="button" className="button button-small" onClick={() => setMode('amend')}>
            Amend
          </button>
          {status('accepted', 'Accept')}
          {clause.status !== 'withdrawn' && (
            <button
              type="button"
              className="button button-small"
              aria-expanded={consent}
              onClick={() => setConsent(true)}
            >
              Check consent
            </button>
          )}
          {clause.status !== 'withdrawn' && (
            <button
              type="button"
              className="button button-small"
              onClick={() => setMode('contest')}
            >
              Contest
            </button>
          )}
          {status('proposed', clause.status === 'withdrawn' ? 'Reinstate' : 'Reopen')}
          {status('withdrawn', 'Withdraw')}
          {siblings.length > 1 && (
            <>
              <button
                type="button"
                className="button button-small button-quiet"
                aria-label={`Move clause ${number} up`}
                disabled={position === 0}
                onClick={() => void run(moveClause, { ...base, step: -1 })}
              >
                ↑
              </button>
              <button
                type="button"
                className="button button-small button-quiet"
                aria-label={`Move clause ${number} down`}
                disabled={position === siblings.length - 1}
                onClick={() => void run(moveClause, { ...base, step: 1 })}
              >
                ↓
              </button>
            </>
          )}
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => void run(removeClause, base, { done: `Clause ${number} deleted.` })}
          >
            Delete
          </button>
        </div>
      )}
      {consent && (
        <ConsentRoundPanel
          sessionId={sessionId}
          state={state}
          target={{ kind: 'clause', clauseId: clause.id }}
          what={`clause ${number}`}
          onClose={() => setConsent(false)}
        />
      )}
      {state.parties.length > 0 && clause.status !== 'withdrawn' && (
        <div className="assent-row" role="group" aria-label={`Assent to clause ${number}`}>
          <span className="assent-label">Assent</span>
          {state.parties.map((p) => {
            const given = Boolean(clause.assent[p.id]);
            return (
              <button
                key={p.id}
                type="button"
                className={`assent-toggle ${given ? 'assent-given' : ''}`}
                aria-pressed={given}
                aria-label={`Assent: ${p.name}`}
                onClick={() =>
                  void run(setClauseAssent, { ...base, partyId: p.id, assent: !given })
                }
              >
                <span aria-hidden="true">{given ? '✓ ' : ''}</span>
                {p.name}
              </button>
            );
          })}
        </div>
      )}
      <ClauseHistory state={state} clause={clause} />
    </li>
  );
}
