import { useState } from 'react';

import type { Participant } from '#shared/board/types';

import { useRunCommand } from '../../commands/useCommands';
import { FieldError } from '../../ui/FieldError';
import { updateParticipant } from './commands/participantCommands';

/** One person in the Participants dialog: name and party, which can be corrected in place. */
export function ParticipantRow({
  participant: p,
  onRemove,
}: {
  participant: Participant;
  onRemove(): void;
}) {
  const run = useRunCommand();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(p.name);
  const [party, setParty] = useState(p.party);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    const outcome = await run(updateParticipant, { participantId: p.id, name, party });
    if (!outcome.ok) return setError(outcome.message);
    setError(null);
    setEditing(false);
  }

  if (editing)
    return (
      <li>
        <form
          className="participant-edit"
          aria-label={`Edit ${p.name}`}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <input
            aria-label={`Name of ${p.name}`}
            value={name}
            autoFocus
            onChange={(e) => setName(e.target.value)}
          />
          <input
            aria-label={`Party of ${p.name}`}
            value={party}
            onChange={(e) => setParty(e.target.value)}
          />
          <button type="submit" className="button button-small button-primary">
            Save
          </button>
          <button type="button" className="button button-small" onClick={() => setEditing(false)}>
            Cancel
          </button>
          <FieldError message={error} />
        </form>
      </li>
    );
  return (
    <li>
      <span className="participant-name">{p.name}</span>
      <span className="participant-party">{p.party || 'speaks for themselves'}</span>
      <button
        type="button"
        className="button-link"
        aria-label={`Edit ${p.name}`}
        onClick={() => {
          setName(p.name);
          setParty(p.party);
          setEditing(true);
        }}
      >
        Edit
      </button>
      <button
        type="button"
        className="button-link"
        aria-label={`Remove ${p.name}`}
        onClick={onRemove}
      >
        Remove
      </button>
    </li>
  );
}
