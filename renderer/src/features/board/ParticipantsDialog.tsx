import { useEffect, useRef, useState, type FormEvent } from 'react';

import type { Participant } from '#shared/board/types';
import type { SessionId } from '#shared/domain/ids';

import { useRunCommand } from '../../commands/useCommands';
import { FieldError } from '../../ui/FieldError';
import { addParticipant, removeParticipant } from './commands/participantCommands';
import { setVoteBudget } from './commands/voteCommands';
import { ParticipantRow } from './ParticipantRow';

interface Props {
  sessionId: SessionId;
  participants: readonly Participant[];
  budget: number;
  onClose(): void;
}

/** Who is in the room and whom they speak for; cards are attributed to them and they vote. */
export function ParticipantsDialog({ sessionId, participants, budget, onClose }: Props) {
  const run = useRunCommand();
  const [name, setName] = useState('');
  const [party, setParty] = useState('');
  const [dots, setDots] = useState(String(budget));
  const [error, setError] = useState<string | null>(null);
  /** Asked when the new budget is below dots already placed: take them back, or keep the budget. */
  const [overBudget, setOverBudget] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    nameRef.current?.focus();
    return () => opener?.focus?.();
  }, []);

  async function add(event: FormEvent) {
    event.preventDefault();
    const outcome = await run(addParticipant, { sessionId, name, party });
    if (!outcome.ok) return setError(outcome.message);
    setError(null);
    setName('');
    nameRef.current?.focus();
  }

  async function saveBudget(takeBack = false) {
    if (!takeBack && Number(dots) === budget) return;
    const outcome = await run(setVoteBudget, { sessionId, budget: Number(dots), takeBack });
    if (!outcome.ok && outcome.code === 'conflict') return setOverBudget(outcome.message);
    setOverBudget(null);
    setError(outcome.ok ? null : outcome.message);
  }

  function keepBudget() {
    setDots(String(budget));
    setOverBudget(null);
  }

  async function remove(p: Participant) {
    const outcome = await run(removeParticipant, { participantId: p.id });
    setError(outcome.ok ? null : outcome.message);
  }

  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div
        className="dialog panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby="participants-title"
      >
        <h2 id="participants-title">Participants</h2>
        <p className="hint">
          Who is in the room and the party they speak for. Cards can be attributed to them, and each
          gets the same number of dots to vote with.
        </p>
        {participants.length > 0 ? (
          <ul className="participant-list" aria-label="Participants">
            {participants.map((p) => (
              <ParticipantRow key={p.id} participant={p} onRemove={() => void remove(p)} />
            ))}
          </ul>
        ) : (
          <p className="hint">Nobody listed yet.</p>
        )}
        <form className="participant-form" onSubmit={(e) => void add(e)}>
          <label className="field">
            <span className="field-label">Name</span>
            <input
              ref={nameRef}
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder="e.g. Asha Patel"
            />
          </label>
          <label className="field">
            <span className="field-label">Party</span>
            <input
              value={party}
              onChange={(e) => setParty(e.target.value)}
              placeholder="e.g. Residents’ association"
            />
          </label>
          <button type="submit" className="button button-primary">
            Add participant
          </button>
        </form>
        <label className="field field-inline">
          <span className="field-label">Dots per person</span>
          <input
            type="number"
            min={1}
            max={99}
            value={dots}
            onChange={(e) => setDots(e.target.value)}
            onBlur={() => void saveBudget()}
          />
        </label>
        {overBudget && (
          <div className="form-actions" role="group" aria-label="Dots already placed">
            <p className="hint" role="alert">
              {overBudget}
            </p>
            <button type="button" className="button" onClick={() => void saveBudget(true)}>
              Take back the extra dots
            </button>
            <button type="button" className="button button-quiet" onClick={keepBudget}>
              Keep {budget} dots
            </button>
          </div>
        )}
        <FieldError message={error} />
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            Done
          </button>
        </div>
      </div>
    </div>
  );
}
