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
 * Undo/redo with the outcome announced in the notice bar, and whether there is anything to
 * undo or redo now (the history starts empty in every window, so after a reload there is not).
 */
export function useUndoRedo() {
  const { commands } = useServices();
  useSyncExternalStore(commands.history.subscribe, commands.history.getVersion);
  const canUndo = commands.history.peekUndo() !== undefined;
  const canRedo = commands.history.peekRedo() !== undefined;
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
  return { undo: () => step('undo'), redo: () => step('redo'), canUndo, canRedo };
}
