import { useState } from 'react';

import { deleteSession } from '../../commands/sessionCommands';
import { useRunWithNotice } from '../../commands/useRunWithNotice';
import type { SessionSummary } from './useSessionSummaries';

/**
 * Deleting a whole session is the biggest thing a click can destroy, so it asks first, in place
 * (no modal to lose track of), and the notice afterwards still offers Undo.
 */
export function SessionDeleteControl({ session }: { session: SessionSummary }) {
  const [asking, setAsking] = useState(false);
  const run = useRunWithNotice();

  async function confirm() {
    await run(
      deleteSession,
      { sessionId: session.id },
      { done: `Deleted “${session.title}”.`, offerUndo: true },
    );
    setAsking(false);
  }

  if (!asking) {
    return (
      <button
        type="button"
        className="button button-quiet session-delete"
        aria-label={`Delete session ${session.title}`}
        onClick={() => setAsking(true)}
      >
        Delete
      </button>
    );
  }
  return (
    <div className="session-delete-confirm" role="group" aria-label={`Delete ${session.title}?`}>
      <span>Delete this session with all its cards, plan, notes and agreement?</span>
      <button type="button" className="button button-danger" onClick={() => void confirm()}>
        Delete session
      </button>
      <button type="button" className="button" autoFocus onClick={() => setAsking(false)}>
        Keep it
      </button>
    </div>
  );
}
