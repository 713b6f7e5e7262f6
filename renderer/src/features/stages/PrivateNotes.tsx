import { useId } from 'react';

import type { SessionId } from '#shared/domain/ids';
import type { Stage } from '#shared/stages/types';

import { useRunCommand } from '../../commands/useCommands';
import { useAutosavedField } from '../../ui/useAutosavedField';
import { saveStageNote } from './commands/noteCommands';
import { useStageNote } from './useStageData';

/**
 * The facilitator's notes on the current stage. Facilitator-only by construction: this is the
 * only component that reads stageNotes, and it is mounted only in the facilitator's stage panel.
 */
export function PrivateNotes({ sessionId, stage }: { sessionId: SessionId; stage: Stage }) {
  const loaded = useStageNote(sessionId, stage.id);
  if (loaded === undefined) return <div className="private-notes" aria-busy="true" />;
  return <NotesBox sessionId={sessionId} stage={stage} initial={loaded.note?.text ?? ''} />;
}

function NotesBox({
  sessionId,
  stage,
  initial,
}: {
  sessionId: SessionId;
  stage: Stage;
  initial: string;
}) {
  const run = useRunCommand();
  const hintId = useId();
  // Saved shortly after typing stops, on leaving the box and on leaving the stage (unmount).
  const { field, status } = useAutosavedField(initial, async (text) => {
    const outcome = await run(saveStageNote, { sessionId, stageId: stage.id, text });
    // On failure the text stays in the box; only the save failed.
    return outcome.ok ? null : outcome.message;
  });

  return (
    <div className="private-notes" data-escape-leaves>
      <label className="private-notes-label">
        <span className="private-notes-title">
          Private notes <span className="private-badge">Only you</span>
        </span>
        <textarea
          aria-label="Private notes"
          aria-describedby={hintId}
          {...field}
          rows={4}
          placeholder={`Your notes on ${stage.title}…`}
        />
      </label>
      <p id={hintId} className="private-notes-hint">
        Only you see these — never projected, never exported unless you ask.
        <span
          className={`private-notes-status status-${status?.tone ?? 'none'}`}
          role={status?.tone === 'error' ? 'alert' : 'status'}
        >
          {status ? ` ${status.message}` : ''}
        </span>
      </p>
    </div>
  );
}
