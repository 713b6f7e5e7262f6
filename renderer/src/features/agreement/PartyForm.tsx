import { useState, type FormEvent } from 'react';

import type { Party } from '#shared/agreement/model';
import type { PartyInput } from '#shared/agreement/negotiation';

import { FormFooter } from './FormFooter';

interface Props {
  party?: Party;
  onSave(input: PartyInput): Promise<string | null>;
  onCancel(): void;
}

/** Who is agreeing, whom they speak for, and on what authority. */
export function PartyForm({ party, onSave, onCancel }: Props) {
  const [input, setInput] = useState<Required<PartyInput>>({
    name: party?.name ?? '',
    represents: party?.represents ?? '',
    mandate: party?.mandate ?? '',
    role: party?.role ?? 'other',
  });
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof PartyInput) => (e: { target: { value: string } }) =>
    setInput({ ...input, [key]: e.target.value });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(await onSave(input));
  }

  return (
    <form
      className="clause-editor party-form"
      aria-label={party ? `Edit ${party.name}` : 'New party'}
      onSubmit={(e) => void submit(e)}
    >
      <label className="field-inline">
        <span>Party name</span>
        <input value={input.name} onChange={set('name')} autoFocus />
      </label>
      <label className="field-inline">
        <span>Represents</span>
        <input
          value={input.represents}
          onChange={set('represents')}
          placeholder="Whom they speak for"
        />
      </label>
      <label className="field-inline field-wide">
        <span>Mandate</span>
        <input
          value={input.mandate}
          onChange={set('mandate')}
          placeholder="On what authority they agree"
        />
      </label>
      <label className="field-inline">
        <span>Kind of party</span>
        <select value={input.role} onChange={set('role')}>
          <option value="service">A service (guarantees levels of functioning)</option>
          <option value="community">Citizens or a community (commits its part)</option>
          <option value="other">Other</option>
        </select>
      </label>
      <FormFooter
        error={error}
        submitLabel={party ? 'Save party' : 'Add party'}
        onCancel={onCancel}
      />
    </form>
  );
}
