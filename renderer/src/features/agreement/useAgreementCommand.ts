import { useCallback } from 'react';

import type { Command } from '../../commands/command';
import { useRunWithNotice } from '../../commands/useRunWithNotice';

/**
 * Runs an agreement command. Returns null on success or the refusal message. Buttons let the
 * notice bar announce a refusal (role=alert); forms pass `inline` and show it beside the fields,
 * keeping what the facilitator typed.
 */
export function useAgreementCommand() {
  const runWithNotice = useRunWithNotice();
  return useCallback(
    async <I, O>(
      command: Command<I, O>,
      input: I,
      options: { done?: string; inline?: boolean } = {},
    ): Promise<string | null> => {
      const outcome = await runWithNotice(command, input, {
        done: options.done,
        offerUndo: true,
        failureNotice: !options.inline,
      });
      return outcome.ok ? null : outcome.message;
    },
    [runWithNotice],
  );
}
