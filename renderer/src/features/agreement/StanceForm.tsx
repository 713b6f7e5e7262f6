import { useState, type FormEvent } from 'react';

import { CONSENT_SCALES, scaleLevel, type ConsentRound } from '#shared/agreement/consentTypes';
import type { Party } from '#shared/agreement/model';
import type { Participant } from '#shared/board/types';

import { FormFooter } from './FormFooter';
import { PartySelect } from './PartySelect';

interface Props {
  round: ConsentRound;
  parties: readonly Party[];
  participants: readonly Participant[];
  onSave(input: {
    partyId: string;
    speaker: string;
    value: number;
    reason: string;
  }): Promise<string | null>;
}

/**
 * The scribe enters a stance for someone without a phone: which party, who spoke for it, the
 * stance on the round's scale, and — for a low stance — why, which becomes the party's objection.
 */
export function StanceForm({ round, parties, participants, onSave }: Props) {
  const scale = CONSENT_SCALES[round.scale];
  const [partyId, setPartyId] = useState(parties[0]?.id ?? '');
  const [speaker, setSpeaker] = useState('');
  const [value, setValue] = useState(String(scale.levels[0]!.value));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const low = scaleLevel(round.scale, Number(value))?.low ?? false;
  const partyName = parties.find((p) => p.id === partyId)?.name.toLowerCase() ?? '';
  const voices = participants.filter((p) => p.party.trim().toLowerCase() === partyName);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = await onSave({ partyId, speaker, value: Number(value), reason });
    setError(problem);
    if (!problem) {
      setSpeaker('');
      setReason('');
    }
  }

  return (
    <form className="stance-form" aria-label="Record a stance" onSubmit={(e) => void submit(e)}>
      <PartySelect label="Party" parties={parties} value={partyId} onChange={setPartyId} />
      <label className="field-inline">
        <span>Spoken by</span>
        <input
          value={speaker}
          list={`voices-${round.id}`}
          onChange={(e) => setSpeaker(e.target.value)}
          placeholder="Who spoke for the party"
        />
        <datalist id={`voices-${round.id}`}>
          {voices.map((p) => (
            <option key={p.id} value={p.name} />
          ))}
        </datalist>
      </label>
      <label className="field-inline">
        <span>Stance</span>
        <select value={value} onChange={(e) => setValue(e.target.value)}>
          {scale.levels.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field-inline field-wide">
        <span>{low ? 'Reason (needed: it becomes their objection)' : 'Reason (optional)'}</span>
        <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <FormFooter error={error} submitLabel="Record stance" onCancel={() => setReason('')} />
    </form>
  );
}
