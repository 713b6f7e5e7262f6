import { useState } from 'react';

import type { AgreementState, MandateNote, Party } from '#shared/agreement/model';
import { partyCommitments } from '#shared/agreement/negotiation';
import type { SessionId } from '#shared/domain/ids';

import { removeParty, setDraftAssent, updateParty } from './commands/agreementCommands';
import { formatWhen } from './formatWhen';
import { MandateNoteItem } from './MandateNoteItem';
import { PartyForm } from './PartyForm';
import { useAgreementCommand } from './useAgreementCommand';

interface Props {
  sessionId: SessionId;
  state: AgreementState;
  party: Party;
  notes: readonly MandateNote[];
}

export function PartyCard({ sessionId, state, party, notes }: Props) {
  const run = useAgreementCommand();
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>('view');
  const commitments = partyCommitments(state, party.id).length;
  const assent = state.draftAssent[party.id];
  const current = assent?.revision === state.revision;
  const base = { sessionId, partyId: party.id };

  async function remove() {
    // A party with commitments takes them with it, so the facilitator is asked first.
    if (commitments > 0 && mode !== 'confirm-delete') return setMode('confirm-delete');
    await run(removeParty, { ...base, confirmed: true }, { done: `${party.name} deleted.` });
  }

  if (mode === 'edit') {
    return (
      <li className="party-card">
        <PartyForm
          party={party}
          onCancel={() => setMode('view')}
          onSave={async (input) => {
            const problem = await run(updateParty, { ...base, ...input }, { inline: true });
            if (!problem) setMode('view');
            return problem;
          }}
        />
      </li>
    );
  }

  return (
    <li className="party-card" aria-label={party.name}>
      <h3 className="party-name">{party.name}</h3>
      <dl className="clause-details">
        <div>
          <dt>Represents</dt>
          <dd>{party.represents || <span className="missing-value">not yet stated</span>}</dd>
        </div>
        <div>
          <dt>Mandate</dt>
          <dd>{party.mandate || <span className="missing-value">not yet stated</span>}</dd>
        </div>
      </dl>
      {notes.length > 0 && (
        <ul className="mandate-notes" aria-label={`Legitimacy notes for ${party.name}`}>
          {notes.map((n) => (
            <MandateNoteItem key={n.id} sessionId={sessionId} state={state} note={n} />
          ))}
        </ul>
      )}
      <p className="party-assent">
        {assent
          ? current
            ? `Assented to the whole draft ${formatWhen(assent.at)}`
            : `Assented ${formatWhen(assent.at)}, before later changes — ask again`
          : 'Has not yet assented to the whole draft'}
      </p>
      {mode === 'confirm-delete' && (
        <div className="confirm" role="alertdialog" aria-label={`Delete ${party.name}?`}>
          <p>
            {party.name} has {commitments} commitment{commitments === 1 ? '' : 's'}. Deleting the
            party deletes {commitments === 1 ? 'it' : 'them'} too (Undo brings them back).
          </p>
          <div className="form-actions">
            <button type="button" className="button button-danger" onClick={() => void remove()}>
              Delete party and commitments
            </button>
            <button type="button" className="button" onClick={() => setMode('view')} autoFocus>
              Keep the party
            </button>
          </div>
        </div>
      )}
      <div className="clause-actions">
        <button
          type="button"
          className={`assent-toggle ${assent && current ? 'assent-given' : ''}`}
          aria-pressed={Boolean(assent && current)}
          onClick={() => void run(setDraftAssent, { ...base, assent: !(assent && current) })}
        >
          {assent && current ? '✓ Assents to whole draft' : 'Record assent to whole draft'}
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={() => setMode('edit')}
          aria-label={`Edit party ${party.name}`}
        >
          Edit
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={() => void remove()}
          aria-label={`Delete party ${party.name}`}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
