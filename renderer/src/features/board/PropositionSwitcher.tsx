import { useState } from 'react';

import type { PropositionId, SessionId } from '#shared/domain/ids';
import { PROPOSITION_LIMIT } from '#shared/domain/text';
import type { Proposition } from '#shared/domain/types';

import { useRunCommand } from '../../commands/useCommands';
import { useRunWithNotice } from '../../commands/useRunWithNotice';
import { InlineTextEdit } from '../../ui/InlineTextEdit';
import { useWindowStore } from '../../ui/windowStore';
import {
  addProposition,
  editProposition,
  removeProposition,
  switchProposition,
} from './commands/propositionCommands';
import { usePropositions } from './useBoardData';

type Mode = 'view' | 'add' | 'edit' | 'remove';

/** A proposition short enough for a menu line or a question. */
const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

/** Several propositions per session: pick the one on the board, add, reword or remove one. */
export function PropositionSwitcher({
  sessionId,
  activeId,
}: {
  sessionId: SessionId;
  activeId: PropositionId;
}) {
  const propositions = usePropositions(sessionId) ?? [];
  const active = propositions.find((p) => p.id === activeId);
  const run = useRunCommand();
  const runWithNotice = useRunWithNotice();
  const clearSelection = useWindowStore((s) => s.clearSelection);
  const [mode, setMode] = useState<Mode>('view');

  async function add(text: string) {
    const outcome = await run(addProposition, { sessionId, text });
    if (!outcome.ok) return outcome.message;
    clearSelection();
    setMode('view');
    return null;
  }

  async function edit(text: string) {
    const outcome = await runWithNotice(
      editProposition,
      { propositionId: activeId, text },
      { done: 'Proposition reworded.', offerUndo: true, failureNotice: false },
    );
    if (!outcome.ok) return outcome.message;
    setMode('view');
    return null;
  }

  async function remove() {
    const outcome = await runWithNotice(
      removeProposition,
      { propositionId: activeId },
      {
        done: (cards) =>
          `Removed the proposition${cards ? ` and its ${cards === 1 ? 'card' : `${cards} cards`}` : ''}.`,
        offerUndo: true,
      },
    );
    if (outcome.ok) clearSelection();
    setMode('view');
  }

  return (
    <div className={mode === 'edit' ? 'proposition-switcher is-editing' : 'proposition-switcher'}>
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
              {i + 1}. {clip(p.text)}
            </option>
          ))}
        </select>
      )}
      {mode === 'add' && (
        <InlineTextEdit
          label="New proposition"
          initial=""
          maxLength={PROPOSITION_LIMIT}
          multiline
          saveLabel="Add"
          onSave={add}
          onCancel={() => setMode('view')}
        />
      )}
      {mode === 'edit' && active && (
        <InlineTextEdit
          label="Proposition text"
          initial={active.text}
          maxLength={PROPOSITION_LIMIT}
          multiline
          rows={3}
          onSave={edit}
          onCancel={() => setMode('view')}
        />
      )}
      {mode === 'remove' && active && (
        <RemoveConfirm
          proposition={active}
          onRemove={() => void remove()}
          onKeep={() => setMode('view')}
        />
      )}
      {mode === 'view' && (
        <span className="proposition-actions">
          <button type="button" className="button button-small" onClick={() => setMode('edit')}>
            Edit proposition
          </button>
          {propositions.length > 1 && (
            <button type="button" className="button button-small" onClick={() => setMode('remove')}>
              Remove proposition
            </button>
          )}
          <button type="button" className="button button-small" onClick={() => setMode('add')}>
            Add proposition
          </button>
        </span>
      )}
    </div>
  );
}

/** Removing takes the proposition's cards with it, so it asks first, in place; Undo follows. */
function RemoveConfirm({
  proposition,
  onRemove,
  onKeep,
}: {
  proposition: Proposition;
  onRemove: () => void;
  onKeep: () => void;
}) {
  return (
    <span className="session-delete-confirm" role="group" aria-label="Remove this proposition?">
      <span>Remove “{clip(proposition.text)}” with its cards, groups and votes?</span>
      <button type="button" className="button button-danger" onClick={onRemove}>
        Remove
      </button>
      <button type="button" className="button" autoFocus onClick={onKeep}>
        Keep it
      </button>
    </span>
  );
}
