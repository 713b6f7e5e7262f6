import { useEffect, useMemo, useRef } from 'react';

import { requestBoardCommand } from '../commands/boardCommandRequests';
import { useUndoRedo } from '../commands/useCommands';
import { commandForKey, isAvailable, type AppCommandContext } from '../commands/userCommand';
import { parley } from '../platform/bridge';
import { isTextEntry } from '../ui/isTextEntry';
import { navigate } from '../ui/useHashRoute';
import { useWindowStore } from '../ui/windowStore';
import { APP_COMMANDS } from './commandRegistry';

/**
 * The window's own commands from their keys (Ctrl/Cmd+Z outside a text box: inside one, the
 * box's own undo wins), and every command the desktop menu sends by name: the window's run here,
 * a board's go to the open board.
 */
export function useAppCommands(): void {
  const { undo, redo } = useUndoRedo();
  const showNotice = useWindowStore((s) => s.showNotice);
  const ctx = useMemo<AppCommandContext>(
    () => ({
      newSession: () => navigate({ name: 'new-session' }),
      home: () => navigate({ name: 'home' }),
      undo,
      redo,
    }),
    [undo, redo],
  );
  const latest = useRef(ctx);
  useEffect(() => {
    latest.current = ctx;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (isTextEntry(event.target)) return;
      const command = commandForKey(APP_COMMANDS, event);
      if (!command || !isAvailable(command, latest.current)) return;
      event.preventDefault();
      void command.run(latest.current);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(
    () =>
      parley.onMenuCommand((name) => {
        const command = APP_COMMANDS.find((c) => c.name === name);
        if (command) {
          if (isAvailable(command, latest.current)) void command.run(latest.current);
        } else if (!requestBoardCommand(name))
          showNotice({
            tone: 'info',
            message: 'Open a session’s board first: that menu item works on the board.',
          });
      }),
    [showNotice],
  );
}
