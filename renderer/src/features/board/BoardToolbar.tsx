import { useState } from 'react';

import type { ParticipantId } from '#shared/board/types';
import type { PropositionId, SessionId } from '#shared/domain/ids';
import { LANE_IDS, LANES, type LaneId } from '#shared/domain/lanes';

import { useServices } from '../../commands/AppServices';
import { useUndoAvailability, useUndoRedo } from '../../commands/useCommands';
import { useRunWithNotice } from '../../commands/useRunWithNotice';
import { useWindowStore } from '../../ui/windowStore';
import { groupCards } from './commands/groupCommands';
import { deleteSelectedCards, moveSelectedCards } from './commands/selectionCommands';
import { ParticipantsDialog } from './ParticipantsDialog';
import { useBoardDataValue, useDotsUsed } from './useBoardData';

/** The board's own toolbar items: undo/redo, participants, voting, and actions on selected cards. */
export function BoardToolbar({
  sessionId,
  propositionId,
}: {
  sessionId: SessionId;
  propositionId: PropositionId;
}) {
  const { db } = useServices();
  const run = useRunWithNotice();
  const { undo, redo } = useUndoRedo();
  const { canUndo, canRedo } = useUndoAvailability();
  const { participants, budget } = useBoardDataValue(sessionId, propositionId);
  const voter = useWindowStore((s) => s.voter);
  const setVoter = useWindowStore((s) => s.setVoter);
  const selected = useWindowStore((s) => s.selected);
  const clearSelection = useWindowStore((s) => s.clearSelection);
  const used = useDotsUsed(voter.mode === 'dots' ? voter.participantId : null, propositionId);
  const votingAs =
    voter.mode === 'dots' ? participants.find((p) => p.id === voter.participantId) : undefined;

  async function groupSelected() {
    const ids = [...selected];
    // If one of them is already in a group, the others join it rather than starting another.
    const rows = await db.cards.bulkGet(ids);
    const target = rows.find((c) => c?.groupId)?.id ?? ids[0];
    if (!target) return;
    const outcome = await run(
      groupCards,
      { targetCardId: target, cardIds: ids.filter((id) => id !== target) },
      {
        done: `Grouped ${selected.size} cards — rename the group to say what they share.`,
        offerUndo: true,
      },
    );
    if (outcome.ok) clearSelection();
  }

  // One user action, one command: one transaction and one undo step (selectionCommands.ts).
  async function deleteSelected() {
    const outcome = await run(
      deleteSelectedCards,
      { cardIds: [...selected] },
      { done: (count) => `${count} cards deleted.`, offerUndo: true },
    );
    if (outcome.ok) clearSelection();
  }

  async function moveSelected(lane: LaneId) {
    const outcome = await run(
      moveSelectedCards,
      { cardIds: [...selected], lane },
      { done: (count) => `Moved ${count} cards to ${LANES[lane].label}.`, offerUndo: true },
    );
    if (outcome.ok) clearSelection();
  }

  return (
    <>
      <button
        type="button"
        className="button button-small"
        aria-label="Undo board change"
        disabled={!canUndo}
        title={canUndo ? 'Undo (Ctrl+Z)' : 'Nothing to undo'}
        onClick={() => void undo()}
      >
        ↶
      </button>
      <button
        type="button"
        className="button button-small"
        aria-label="Redo board change"
        disabled={!canRedo}
        title={canRedo ? 'Redo (Ctrl+Shift+Z)' : 'Nothing to redo'}
        onClick={() => void redo()}
      >
        ↷
      </button>
      {selected.size > 0 && (
        <span className="selection-actions" role="group" aria-label="Selected cards">
          <span className="selection-count">{selected.size} selected</span>
          <button
            type="button"
            className="button button-small"
            disabled={selected.size < 2}
            onClick={() => void groupSelected()}
          >
            Group selected
          </button>
          <select
            aria-label="Move selected to"
            value=""
            onChange={(e) => {
              if (e.target.value) void moveSelected(e.target.value as LaneId);
            }}
          >
            <option value="">Move to…</option>
            {LANE_IDS.map((lane) => (
              <option key={lane} value={lane}>
                {LANES[lane].label}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button-small"
            onClick={() => void deleteSelected()}
          >
            Delete selected
          </button>
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={clearSelection}
          >
            Clear selection
          </button>
        </span>
      )}
      <label className="voting-select">
        <span className="toolbar-label">Voting</span>
        <select
          aria-label="Voting"
          value={voter.mode === 'dots' ? voter.participantId : voter.mode}
          onChange={(e) => {
            const v = e.target.value;
            setVoter(
              v === 'off'
                ? { mode: 'off' }
                : v === 'scribe'
                  ? { mode: 'scribe' }
                  : { mode: 'dots', participantId: v as ParticipantId },
            );
          }}
        >
          <option value="off">Off</option>
          <option value="scribe">Scribe: room tally</option>
          {participants.map((p) => (
            <option key={p.id} value={p.id}>
              Dots for {p.name}
            </option>
          ))}
        </select>
      </label>
      {votingAs && (
        <span className="dots-left" role="status">
          {votingAs.name}: {Math.max(0, budget - used)} of {budget} dots left
        </span>
      )}
    </>
  );
}

/** Who is in the room, their parties and dot budgets (in the tools a laptop folds away). */
export function ParticipantsButton({
  sessionId,
  propositionId,
}: {
  sessionId: SessionId;
  propositionId: PropositionId;
}) {
  const { participants, budget } = useBoardDataValue(sessionId, propositionId);
  const [people, setPeople] = useState(false);
  return (
    <>
      <button type="button" className="button button-small" onClick={() => setPeople(true)}>
        Participants ({participants.length})
      </button>
      {people && (
        <ParticipantsDialog
          sessionId={sessionId}
          participants={participants}
          budget={budget}
          onClose={() => setPeople(false)}
        />
      )}
    </>
  );
}
