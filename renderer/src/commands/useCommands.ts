import { useCallback, useSyncExternalStore } from 'react';

import { useWindowStore } from '../ui/windowStore';
import { useServices } from './AppServices';
import type { Command } from './command';
import { CommandError, type CommandErrorCode } from './commandError';

export type CommandOutcome<O> =
  { ok: true; value: O } | { ok: false; message: string; code?: CommandErrorCode };

/**
 * Runs a command and hands back its outcome instead of throwing, so a form can keep what the
 * user typed and show the reason beside it.
 */
export function useRunCommand() {
  const { commands } = useServices();
  return useCallback(
    async <I, O>(command: Command<I, O>, input: I): Promise<CommandOutcome<O>> => {
      try {
        return { ok: true, value: await commands.run(command, input) };
      } catch (error) {
        if (error instanceof CommandError)
          return { ok: false, message: error.message, code: error.code };
        return { ok: false, message: 'Something went wrong; nothing was changed.' };
      }
    },
    [commands],
  );
}

/**
 * Undo/redo with the outcome announced in the notice bar. Stable functions, and no subscription
 * to the history: the window's root calls this, and a root that redrew on every command would
 * redraw the whole board around each card typed (docs/architecture.md, "Performance budgets").
 * What is available to undo is useUndoAvailability's.
 */
export function useUndoRedo() {
  const { commands } = useServices();
  const showNotice = useWindowStore((s) => s.showNotice);
  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      try {
        const label = direction === 'undo' ? await commands.undo() : await commands.redo();
        showNotice({
          tone: 'info',
          message: label
            ? `${direction === 'undo' ? 'Undone' : 'Redone'}: ${label.toLowerCase()}`
            : `Nothing to ${direction}`,
        });
      } catch (error) {
        showNotice({
          tone: 'error',
          message: error instanceof Error ? error.message : `Could not ${direction}.`,
        });
      }
    },
    [commands, showNotice],
  );
  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);
  return { undo, redo };
}

/**
 * Whether there is anything to undo or redo now (the history starts empty in every window, so
 * after a reload there is not). Redraws only when one of the two flips, not on every command.
 */
export function useUndoAvailability() {
  const { history } = useServices().commands;
  const canUndo = useSyncExternalStore(history.subscribe, () => history.peekUndo() !== undefined);
  const canRedo = useSyncExternalStore(history.subscribe, () => history.peekRedo() !== undefined);
  return { canUndo, canRedo };
}
