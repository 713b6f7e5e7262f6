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
  type SameTemplateName,
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
  /** The question asked when the name is taken: Replace or Keep both. */
  const [clash, setClash] = useState<string | null>(null);

  async function save(sameName?: SameTemplateName) {
    const outcome = await run(savePlanTemplate, { sessionId, name, sameName });
    if (!outcome.ok) {
      if (outcome.code === 'conflict') return setClash(outcome.message);
      return setError(outcome.message);
    }
    setError(null);
    setClash(null);
    setName('');
    showNotice({
      tone: 'info',
      message:
        sameName === 'replace'
          ? `Replaced template "${outcome.value.name}" with this plan.`
          : `Saved template "${outcome.value.name}". Choose it under Stage plan when you create a session.`,
      offerUndo: true,
    });
  }

  return (
    <aside className="plan-side panel" aria-label="Plan templates">
      <form
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2>Save as template</h2>
        <p className="hint">
          Reuse this plan — stages, prompts and timings — for future sessions. Notes are not copied.
        </p>
        <label className="field">
          <span className="field-label">Template name</span>
          <input
            value={name}
            maxLength={TEMPLATE_NAME_LIMIT}
            onChange={(e) => {
              setName(e.target.value);
              setClash(null);
            }}
            placeholder="e.g. Two-hour lens session"
            aria-invalid={error !== null}
          />
        </label>
        <FieldError message={error} />
        {clash ? (
          <div className="form-actions" role="group" aria-label="Name already taken">
            <p className="hint" role="alert">
              {clash}
            </p>
            <button
              type="button"
              className="button button-danger"
              onClick={() => void save('replace')}
            >
              Replace
            </button>
            <button type="button" className="button" onClick={() => void save('keep-both')}>
              Keep both
            </button>
            <button type="button" className="button button-quiet" onClick={() => setClash(null)}>
              Cancel
            </button>
          </div>
        ) : (
          <div className="form-actions">
            <button type="submit" className="button button-primary">
              Save as template
            </button>
          </div>
        )}
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
