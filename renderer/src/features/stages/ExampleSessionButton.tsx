import { useState } from 'react';

import { useRunWithNotice } from '../../commands/useRunWithNotice';
import { navigate } from '../../ui/useHashRoute';
import { openExampleSession } from './commands/exampleCommands';

/** Home's "see it working" door: a filled-in board and plan to look round before the real thing. */
export function ExampleSessionButton() {
  const run = useRunWithNotice();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="button"
      disabled={busy}
      title="A filled-in board and stage plan: Social productivity away day"
      onClick={async () => {
        setBusy(true);
        const outcome = await run(openExampleSession, undefined);
        setBusy(false);
        if (outcome.ok) navigate({ name: 'session', sessionId: outcome.value.id });
      }}
    >
      Open example session
    </button>
  );
}
