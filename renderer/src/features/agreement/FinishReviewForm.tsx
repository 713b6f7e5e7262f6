import { useState, type FormEvent } from 'react';

import { FormFooter } from './FormFooter';

interface Props {
  /** How many clauses still have no account; finishing waits for them. */
  unmarked: number;
  onFinish(nextReviewDate: string): Promise<string | null>;
}

/** Ends the review: the next review date goes into the agreement, saved as a new version. */
export function FinishReviewForm({ unmarked, onFinish }: Props) {
  const [date, setDate] = useState('');
  // A refusal is shown while what it was about still holds: once the clauses it named are marked,
  // it no longer applies and goes.
  const [refusal, setRefusal] = useState<{ message: string; unmarked: number } | null>(null);
  const error = refusal && refusal.unmarked === unmarked ? refusal.message : null;
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const message = await onFinish(date);
    setRefusal(message === null ? null : { message, unmarked });
    setBusy(false);
  }

  return (
    <form
      className="panel review-finish"
      aria-label="Finish review"
      onSubmit={(e) => void submit(e)}
    >
      <h2>Finish the review</h2>
      <p className="hint">
        {unmarked === 0
          ? 'Every clause is accounted for. Amend the agreement for what you change, then fix the next review.'
          : `${unmarked} ${unmarked === 1 ? 'clause still needs' : 'clauses still need'} an account.`}
      </p>
      <label className="field-inline">
        <span>Next review</span>
        <input
          type="date"
          value={date}
          aria-invalid={error !== null}
          onChange={(e) => setDate(e.target.value)}
        />
      </label>
      <FormFooter error={error} submitLabel="Finish review" busy={busy} />
    </form>
  );
}
