import { useId, useState, type FormEvent } from 'react';

import { PROPOSITION_LIMIT, TITLE_LIMIT } from '#shared/domain/text';
import type { PlanTemplateId } from '#shared/stages/types';

import { createSession } from '../../commands/sessionCommands';
import { useRunCommand } from '../../commands/useCommands';
import { FieldError } from '../../ui/FieldError';
import { navigate } from '../../ui/useHashRoute';
import { PlanTemplatePicker } from '../stages';

/** The two things a session needs before the group starts talking: a name and a proposition. */
export function NewSessionForm({ onCancel }: { onCancel: () => void }) {
  const run = useRunCommand();
  const [title, setTitle] = useState('');
  const [proposition, setProposition] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [templateId, setTemplateId] = useState<PlanTemplateId | null>(null);
  const [busy, setBusy] = useState(false);
  const errorId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const outcome = await run(createSession, { title, proposition, templateId });
    setBusy(false);
    if (outcome.ok) navigate({ name: 'session', sessionId: outcome.value.id });
    else setError(outcome.message);
  }

  return (
    <form
      className="panel new-session"
      onSubmit={submit}
      aria-labelledby="new-session-heading"
      aria-describedby={error ? errorId : undefined}
    >
      <h2 id="new-session-heading">New session</h2>
      <p className="hint">
        One group, one proposition. You can add more propositions and plan the stages later.
      </p>
      <label className="field">
        <span className="field-label">Session title</span>
        <input
          autoFocus
          value={title}
          maxLength={TITLE_LIMIT}
          onChange={(e) => setTitle(e.target.value)}
          placeholder="e.g. Group B — social productivity"
        />
      </label>
      <label className="field">
        <span className="field-label">Proposition</span>
        <textarea
          rows={3}
          value={proposition}
          maxLength={PROPOSITION_LIMIT}
          onChange={(e) => setProposition(e.target.value)}
          placeholder="e.g. The state should move from the goal of social security to one of social productivity."
        />
      </label>
      <PlanTemplatePicker value={templateId} onChange={setTemplateId} />
      <FieldError message={error} id={errorId} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          Create session
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
