import { useState, type FormEvent } from 'react';

import { useRunCommand } from '#renderer/commands/useCommands';
import { useRunWithNotice } from '#renderer/commands/useRunWithNotice';
import { FieldError } from '#renderer/ui/FieldError';
import { useWindowStore } from '#renderer/ui/windowStore';
import type { SessionId } from '#shared/domain/ids';

import {
  deletePlanTemplate,
  savePlanTemplate,
  TEMPLATE_NAME_LIMIT,
} from '../commands/planCommands';
import { usePlanTemplates } from '../useStageData';

/** Save this plan for future sessions, and tidy the templates already saved. */
export function TemplatePanel({ sessionId }: { sessionId: SessionId }) {
  const run = useRunCommand();
  const showNotice = useWindowStore((s) => s.showNotice);
  const runWithNotice = useRunWithNotice();
  const templates = usePlanTemplates();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    const outcome = await run(savePlanTemplate, { sessionId, name });
    if (!outcome.ok) return setError(outcome.message);
    setError(null);
    setName('');
    showNotice({
      tone: 'info',
      message: `Saved template "${outcome.value.name}". Choose it under Stage plan when you create a session.`,
    });
  }

  return (
    <aside className="plan-side panel" aria-label="Plan templates">
      <form onSubmit={save}>
        <h2>Save as template</h2>
        <p className="hint">
          Reuse this plan — stages, prompts and timings — for future sessions. Notes are not copied.
        </p>
        <label className="field">
          <span className="field-label">Template name</span>
          <input
            value={name}
            maxLength={TEMPLATE_NAME_LIMIT}
            onChange={(e) => setName(e.target.value)}
            placeholder="e.g. Two-hour lens session"
            aria-invalid={error !== null}
          />
        </label>
        <FieldError message={error} />
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            Save as template
          </button>
        </div>
      </form>
      <h2 className="plan-templates-heading">Your templates</h2>
      {templates && templates.length > 0 ? (
        <ul className="plan-templates" aria-label="Saved templates">
          {templates.map((t) => (
            <li key={t.id}>
              <span>{t.name}</span>
              <span className="hint">{t.stages.length} stages</span>
              <button
                type="button"
                className="button button-quiet"
                aria-label={`Delete template ${t.name}`}
                onClick={async () => {
                  await runWithNotice(
                    deletePlanTemplate,
                    { templateId: t.id },
                    { done: `Deleted template "${t.name}".`, offerUndo: true },
                  );
                }}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">None yet.</p>
      )}
    </aside>
  );
}
