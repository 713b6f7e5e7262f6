import { useState, type FormEvent } from 'react';

import type { ClauseId, Objection } from '#shared/agreement/model';
import type { SessionId } from '#shared/domain/ids';

import {
  acceptAmendment,
  maintainObjection,
  overruleObjection,
  withdrawObjection,
} from './commands/agreementCommands';
import { overruleDraftObjection, withdrawDraftObjection } from './commands/consentCommands';
import { FormFooter } from './FormFooter';
import { useAgreementCommand } from './useAgreementCommand';

interface Props {
  sessionId: SessionId;
  /** Null for an objection to the whole draft (it ends by withdrawal or overruling only). */
  clauseId: ClauseId | null;
  objection: Objection;
  partyName: string;
}

/**
 * One standing objection and the only ways it can end (docs/agreement.md): the party withdraws it,
 * accepts the clause as amended, or the facilitator overrules it with a reason that is recorded.
 */
export function ObjectionItem({ sessionId, clauseId, objection, partyName }: Props) {
  const run = useAgreementCommand();
  const [overruling, setOverruling] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const objectionId = objection.id;
  const awaiting = objection.awaitingStanceSince !== null;

  const action = (label: string, command: typeof withdrawObjection) => (
    <button
      type="button"
      className="button button-small"
      onClick={() =>
        void (clauseId === null
          ? run(withdrawDraftObjection, { sessionId, objectionId })
          : run(command, { sessionId, clauseId, objectionId }))
      }
    >
      {label}
    </button>
  );

  async function overrule(event: FormEvent) {
    event.preventDefault();
    const problem = await (clauseId === null
      ? run(overruleDraftObjection, { sessionId, objectionId, reason }, { inline: true })
      : run(overruleObjection, { sessionId, clauseId, objectionId, reason }, { inline: true }));
    setError(problem);
    if (!problem) setOverruling(false);
  }

  return (
    <li aria-label={`Objection from ${partyName}`}>
      <strong>{partyName}</strong> objects: “{objection.text}”
      {awaiting && (
        <span className="objection-awaiting">
          {' '}
          — the clause was amended since; does {partyName} accept the new wording?
        </span>
      )}
      {overruling ? (
        <form
          className="clause-editor overrule-form"
          aria-label="Overrule objection"
          onSubmit={(e) => void overrule(e)}
        >
          <label className="field-inline field-wide">
            <span>Reason for overruling</span>
            <textarea
              rows={2}
              value={reason}
              autoFocus
              onChange={(e) => setReason(e.target.value)}
              placeholder="Why the group goes ahead over this objection (printed in the agreement)"
            />
          </label>
          <FormFooter error={error} submitLabel="Overrule" onCancel={() => setOverruling(false)} />
        </form>
      ) : (
        <div className="objection-actions">
          {awaiting && action('Accept amendment', acceptAmendment)}
          {awaiting && action('Still objects', maintainObjection)}
          {action('Withdraw objection', withdrawObjection)}
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => setOverruling(true)}
          >
            Overrule…
          </button>
        </div>
      )}
    </li>
  );
}
