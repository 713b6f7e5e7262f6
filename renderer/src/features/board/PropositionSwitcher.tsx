import { useState } from 'react';

import type { PropositionId, SessionId } from '#shared/domain/ids';
import { PROPOSITION_LIMIT } from '#shared/domain/text';

import { useRunCommand } from '../../commands/useCommands';
import { FieldError } from '../../ui/FieldError';
import { useWindowStore } from '../../ui/windowStore';
import { addProposition, switchProposition } from './commands/propositionCommands';
import { usePropositions } from './useBoardData';

/** Several propositions per session: pick the one on the board, or add another. */
export function PropositionSwitcher({
  sessionId,
  activeId,
}: {
  sessionId: SessionId;
  activeId: PropositionId;
}) {
  const propositions = usePropositions(sessionId) ?? [];
  const run = useRunCommand();
  const clearSelection = useWindowStore((s) => s.clearSelection);
  const [adding, setAdding] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function add() {
    const outcome = await run(addProposition, { sessionId, text });
    if (!outcome.ok) return setError(outcome.message);
    clearSelection();
    setText('');
    setError(null);
    setAdding(false);
  }

  return (
    <div className="proposition-switcher">
      {propositions.length > 1 && (
        <select
          aria-label="Switch proposition"
          value={activeId}
          onChange={(e) => {
            clearSelection();
            void run(switchProposition, {
              sessionId,
              propositionId: e.target.value as PropositionId,
            });
          }}
        >
          {propositions.map((p, i) => (
            <option key={p.id} value={p.id}>
              {i + 1}. {p.text.length > 60 ? `${p.text.slice(0, 59)}…` : p.text}
            </option>
          ))}
        </select>
      )}
      {adding ? (
        <span className="proposition-add">
          <textarea
            aria-label="New proposition"
            rows={1}
            autoFocus
            maxLength={PROPOSITION_LIMIT + 1}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                void add();
              } else if (e.key === 'Escape') setAdding(false);
            }}
          />
          <button
            type="button"
            className="button button-small button-primary"
            onClick={() => void add()}
          >
            Add
          </button>
          <button type="button" className="button button-small" onClick={() => setAdding(false)}>
            Cancel
          </button>
          <FieldError message={error} inline />
        </span>
      ) : (
        <button type="button" className="button button-small" onClick={() => setAdding(true)}>
          Add proposition
        </button>
      )}
    </div>
  );
}
