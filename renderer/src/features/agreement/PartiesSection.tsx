import { useState } from 'react';

import type { AgreementState } from '#shared/agreement/model';
import type { SessionId } from '#shared/domain/ids';

import { addParty } from './commands/agreementCommands';
import { MandateNoteItem } from './MandateNoteItem';
import { PartyCard } from './PartyCard';
import { PartyForm } from './PartyForm';
import { useAgreementCommand } from './useAgreementCommand';

export function PartiesSection({
  sessionId,
  state,
}: {
  sessionId: SessionId;
  state: AgreementState;
}) {
  const run = useAgreementCommand();
  const [adding, setAdding] = useState(false);
  const loose = state.mandateNotes.filter((n) => n.partyId === null);
  return (
    <section className="agreement-section" aria-label="Parties">
      <header className="agreement-section-head">
        <h2>
          <span className="section-number">1</span> Parties
        </h2>
        <p className="hint">
          Who is agreeing, whom they represent, and on what mandate. Legitimacy points from the
          board land here.
        </p>
      </header>
      <ul className="party-list">
        {state.parties.map((p) => (
          <PartyCard
            key={p.id}
            sessionId={sessionId}
            state={state}
            party={p}
            notes={state.mandateNotes.filter((n) => n.partyId === p.id)}
          />
        ))}
      </ul>
      {loose.length > 0 && (
        <div className="loose-notes">
          <h3>Legitimacy notes not yet attached to a party</h3>
          <ul className="mandate-notes">
            {loose.map((n) => (
              <MandateNoteItem key={n.id} sessionId={sessionId} state={state} note={n} />
            ))}
          </ul>
        </div>
      )}
      {adding ? (
        <PartyForm
          onCancel={() => setAdding(false)}
          onSave={async (input) => {
            const problem = await run(addParty, { sessionId, ...input }, { inline: true });
            if (!problem) setAdding(false);
            return problem;
          }}
        />
      ) : (
        <button
          type="button"
          className="button button-small add-clause"
          onClick={() => setAdding(true)}
        >
          + Add party
        </button>
      )}
    </section>
  );
}
