import { useEffect, useId, useRef, useState } from 'react';

import type { SessionId } from '#shared/domain/ids';
import type { Stage } from '#shared/stages/types';

import { useRunCommand } from '../../commands/useCommands';
import { saveStageNote } from './commands/noteCommands';
import { useStageNote } from './useStageData';

const SAVE_AFTER_MS = 600;

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
  const [text, setText] = useState(initial);
  const [status, setStatus] = useState<{
    tone: 'saved' | 'error' | 'pending';
    message: string;
  } | null>(null);
  const saved = useRef(initial);
  const hintId = useId();

  async function save(value: string) {
    if (value === saved.current) return;
    const outcome = await run(saveStageNote, { sessionId, stageId: stage.id, text: value });
    if (outcome.ok) {
      saved.current = value;
      setStatus({ tone: 'saved', message: 'Saved' });
    } else {
      // The text stays in the box; only the save failed.
      setStatus({ tone: 'error', message: outcome.message });
    }
  }

  // Save shortly after typing stops, and on leaving the stage (unmount), so nothing typed is lost.
  const latest = useRef(text);
  latest.current = text;
  useEffect(() => {
    if (text === saved.current) return;
    const id = window.setTimeout(() => void save(text), SAVE_AFTER_MS);
    return () => window.clearTimeout(id);
  });
  useEffect(
    () => () => {
      if (latest.current !== saved.current)
        void run(saveStageNote, { sessionId, stageId: stage.id, text: latest.current });
    },
    [run, sessionId, stage.id],
  );

  return (
    <div className="private-notes" data-escape-leaves>
      <label className="private-notes-label">
        <span className="private-notes-title">
          Private notes <span className="private-badge">Only you</span>
        </span>
        <textarea
          aria-label="Private notes"
          aria-describedby={hintId}
          value={text}
          rows={4}
          placeholder={`Your notes on ${stage.title}…`}
          onChange={(e) => {
            setText(e.target.value);
            setStatus({ tone: 'pending', message: 'Saving…' });
          }}
          onBlur={() => void save(text)}
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
