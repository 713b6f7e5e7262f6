import { useState, type FormEvent } from 'react';

import type { AwayDayInput } from './commands/awayDayCommands';

interface Props {
  /** The form's accessible name, e.g. "New away day" or "Rename Riverside away day". */
  label: string;
  submitLabel: string;
  initial?: { name: string; date: string | null };
  /** Resolves true when saved; on false the form stays open with what was typed. */
  onSubmit(input: AwayDayInput): Promise<boolean>;
  onCancel(): void;
}

/** An away day's name and, if known, its date: for making one and for correcting one. */
export function AwayDayFields({ label, submitLabel, initial, onSubmit, onCancel }: Props) {
  const [name, setName] = useState(initial?.name ?? '');
  const [date, setDate] = useState(initial?.date ?? '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    await onSubmit({ name, date: date || null });
  }

  return (
    <form className="away-day-form" aria-label={label} onSubmit={(e) => void submit(e)}>
      <label>
        Away day name
        <input
          type="text"
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoFocus
          maxLength={400}
        />
      </label>
      <label>
        Date <span className="hint">(optional)</span>
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <button type="submit" className="button button-primary">
        {submitLabel}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
