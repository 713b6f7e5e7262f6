import { useCallback } from 'react';

import type { Notice } from '../ui/slices/noticeSlice';
import { useWindowStore } from '../ui/windowStore';
import type { Command } from './command';
import { useRunCommand, type CommandOutcome } from './useCommands';

export interface NoticeOptions<O> {
  /** What the notice bar says when the command worked; nothing when left out. */
  done?: string | ((value: O) => string);
  /** Whether that notice offers Undo. */
  offerUndo?: boolean | ((value: O) => boolean);
  /** A refusal is an error (role=alert) unless it is routine, like "already at the last stage". */
  failureTone?: Notice['tone'];
  /** False for a form that shows the refusal beside its fields instead. */
  failureNotice?: boolean;
}

/**
 * Runs a command from a button or a key and, when it fails, says why in the notice bar. Hands the
 * outcome back so the caller can carry on (navigate, clear a selection) when it worked.
 */
export function useRunWithNotice() {
  const run = useRunCommand();
  const showNotice = useWindowStore((s) => s.showNotice);
  return useCallback(
    async <I, O>(
      command: Command<I, O>,
      input: I,
      options: NoticeOptions<O> = {},
    ): Promise<CommandOutcome<O>> => {
      const outcome = await run(command, input);
      if (!outcome.ok) {
        if (options.failureNotice !== false)
          showNotice({ tone: options.failureTone ?? 'error', message: outcome.message });
      } else if (options.done !== undefined) {
        const { done, offerUndo } = options;
        showNotice({
          tone: 'info',
          message: typeof done === 'function' ? done(outcome.value) : done,
          offerUndo: typeof offerUndo === 'function' ? offerUndo(outcome.value) : offerUndo,
        });
      }
      return outcome;
    },
    [run, showNotice],
  );
}
