import { useCallback } from 'react';

import type { Command } from '../../commands/command';
import { useRunCommand } from '../../commands/useCommands';
import { useUiStore } from '../../ui/uiStore';

/**
 * Runs an agreement command. Returns null on success or the refusal message. Buttons let the
 * notice bar announce a refusal (role=alert); forms pass `inline` and show it beside the fields,
 * keeping what the facilitator typed.
 */
export function useAgreementCommand() {
  const run = useRunCommand();
  const showNotice = useUiStore((s) => s.showNotice);
  return useCallback(
    async <I, O>(
      command: Command<I, O>,
      input: I,
      options: { done?: string; inline?: boolean } = {},
    ): Promise<string | null> => {
      const outcome = await run(command, input);
      if (!outcome.ok) {
        if (!options.inline) showNotice({ tone: 'error', message: outcome.message });
        return outcome.message;
      }
      if (options.done) showNotice({ tone: 'info', message: options.done, offerUndo: true });
      return null;
    },
    [run, showNotice],
  );
}
