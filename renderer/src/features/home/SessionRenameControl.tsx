import { useState } from 'react';

import { TITLE_LIMIT } from '#shared/domain/text';

import { renameSession } from '../../commands/sessionCommands';
import { useRunWithNotice } from '../../commands/useRunWithNotice';
import { InlineTextEdit } from '../../ui/InlineTextEdit';
import type { SessionSummary } from './useSessionSummaries';

/** Rename a session in place on home; the notice offers Undo. */
export function SessionRenameControl({ session }: { session: SessionSummary }) {
  const [editing, setEditing] = useState(false);
  const run = useRunWithNotice();
  if (!editing)
    return (
      <button
        type="button"
        className="button button-quiet session-rename"
        aria-label={`Rename session ${session.title}`}
        onClick={() => setEditing(true)}
      >
        Rename
      </button>
    );
  return (
    <InlineTextEdit
      label={`New title for ${session.title}`}
      initial={session.title}
      maxLength={TITLE_LIMIT}
      onCancel={() => setEditing(false)}
      onSave={async (title) => {
        const outcome = await run(
          renameSession,
          { sessionId: session.id, title },
          { done: (s) => `Renamed to “${s.title}”.`, offerUndo: true, failureNotice: false },
        );
        if (outcome.ok) setEditing(false);
        return outcome.ok ? null : outcome.message;
      }}
    />
  );
}
