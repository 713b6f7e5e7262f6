import { useEffect } from 'react';

import type { SessionId } from '#shared/domain/ids';

import { useRunCommand, type CommandOutcome } from '../../commands/useCommands';
import { parley } from '../../platform/bridge';
import { setBlankScreen, stepPresenterTextScale } from './commands/presenterCommands';

/**
 * Keys that work when the room view itself has focus (it is full screen on the projector and a
 * click may land there): Esc closes it, B blanks, + and − change the text size. It shows no
 * controls, so the keys are the only way to act from it.
 */
export function usePresenterKeys(sessionId: SessionId | null): void {
  const run = useRunCommand();

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      let pending: Promise<CommandOutcome<unknown>> | null = null;
      if (event.key === 'Escape') void parley.closePresenter({});
      else if (!sessionId) return;
      else if (event.key === 'b' || event.key === 'B') pending = run(setBlankScreen, { sessionId });
      else if (event.key === '+' || event.key === '=')
        pending = run(stepPresenterTextScale, { sessionId, direction: 1 });
      else if (event.key === '-')
        pending = run(stepPresenterTextScale, { sessionId, direction: -1 });
      else return;
      event.preventDefault();
      void pending;
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run, sessionId]);
}
