import { useContext, useEffect, useRef } from 'react';

import { onBoardCommandRequest } from '../../commands/boardCommandRequests';
import {
  BoardCommandsContext,
  commandForKey,
  isAvailable,
  type BoardCommandContext,
  type RegisteredCommand,
} from '../../commands/userCommand';
import { takeArrivedByShortcut } from '../../ui/arrivedByShortcut';
import { isTextEntry } from '../../ui/isTextEntry';

/**
 * Runs the board's commands from single keys while the facilitator is not typing, and by name
 * when the desktop menu asks. Inside a capture box or the notes, Esc leaves the box so the next
 * key is a shortcut again — that is what makes a whole session runnable from the keyboard.
 */
export function useBoardCommandKeys(ctx: BoardCommandContext): void {
  const commands = useContext(BoardCommandsContext);
  // The listeners are attached once per list; they read the newest context through a ref.
  const latest = useRef(ctx);
  useEffect(() => {
    latest.current = ctx;
  });

  useEffect(() => {
    const run = (command: RegisteredCommand<BoardCommandContext>) => {
      if (isAvailable(command, latest.current)) void command.run(latest.current);
    };
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      const target = event.target;
      if (isTextEntry(target)) {
        const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
        if (takeArrivedByShortcut(target as HTMLElement) && plain && event.key === 'l') {
          const next = commands.find((c) => c.name === 'capture.switchLane');
          if (next) {
            event.preventDefault();
            run(next);
            return;
          }
        }
        if (
          event.key === 'Escape' &&
          target instanceof HTMLElement &&
          target.closest('.lane-add, [data-escape-leaves]')
        )
          target.blur();
        return;
      }
      // A focused button or link keeps Space/Enter; our keys are letters, digits and paging keys.
      const command = commandForKey(commands, event);
      if (!command || target instanceof HTMLSelectElement) return;
      // While the shortcut list is open, only `?` acts (Esc, which closes it, is the list's own).
      if (latest.current.shortcutsOpen && command.name !== 'help.shortcuts') return;
      if (!isAvailable(command, latest.current)) return;
      event.preventDefault();
      void command.run(latest.current);
    }
    window.addEventListener('keydown', onKeyDown);
    // The desktop app's Session menu runs the same commands by name.
    const stopRequests = onBoardCommandRequest((name) => {
      const command = commands.find((c) => c.name === name);
      if (command) run(command);
      return command !== undefined;
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stopRequests();
    };
  }, [commands]);
}
