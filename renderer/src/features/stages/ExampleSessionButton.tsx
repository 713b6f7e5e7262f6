import { useRunWithNotice } from '../../commands/useRunWithNotice';
import { navigate } from '../../ui/useHashRoute';
import { useWindowStore } from '../../ui/windowStore';
import { openExampleSession } from './commands/exampleCommands';

/**
 * Home's "see it working" door: a filled-in board and plan to look round before the real thing.
 * A double click is one activation (the command runner guards every creating command), and a
 * second visit reopens the example instead of making an identical copy.
 */
export function ExampleSessionButton() {
  const run = useRunWithNotice();
  const showNotice = useWindowStore((s) => s.showNotice);
  return (
    <button
      type="button"
      className="button"
      title="A filled-in board and stage plan: Social productivity away day"
      onClick={async () => {
        const outcome = await run(openExampleSession, undefined);
        if (!outcome.ok) return;
        navigate({ name: 'session', sessionId: outcome.value.session.id });
        if (outcome.value.reused)
          showNotice({
            tone: 'info',
            message:
              'This is the example session you opened before. Delete it from home to start a fresh copy.',
          });
      }}
    >
      Open example session
    </button>
  );
}
