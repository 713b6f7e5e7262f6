import { useState, type FormEvent } from 'react';

import type { Party } from '#shared/agreement/model';

import { FormFooter } from './FormFooter';
import { PartySelect } from './PartySelect';

interface Props {
  parties: readonly Party[];
  onSave(partyId: string, reason: string): Promise<string | null>;
  onCancel(): void;
}

/** A party's objection: who objects and what to. The clause becomes contested. */
export function ContestForm({ parties, onSave, onCancel }: Props) {
  const [partyId, setPartyId] = useState(parties[0]?.id ?? '');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!partyId) return setError('Add a party first: an objection is always some party’s.');
    setError(await onSave(partyId, reason));
  }

  return (
    <form
      className="clause-editor contest-form"
      aria-label="Record objection"
      onSubmit={(e) => void submit(e)}
    >
      <PartySelect
        label="Objecting party"
        parties={parties}
        value={partyId}
        onChange={setPartyId}
      />
      <label className="field-inline field-wide">
        <span>Objection</span>
        <textarea
          rows={2}
          value={reason}
          autoFocus
          onChange={(e) => setReason(e.target.value)}
          placeholder="What they cannot agree to, in their words"
        />
      </label>
      <FormFooter error={error} submitLabel="Record objection" onCancel={onCancel} />
    </form>
  );
}
