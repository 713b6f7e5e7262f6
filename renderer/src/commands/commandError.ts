/** A command refused or failed; `message` is written for the facilitator and is shown as-is. */
/** `conflict`: the command needs the user to choose (e.g. Replace or Keep both) before it can run. */
export type CommandErrorCode = 'invalid' | 'not-found' | 'storage' | 'conflict';

export class CommandError extends Error {
  constructor(
    readonly code: CommandErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CommandError';
  }
}

/**
 * Turns a failed IndexedDB write into words. Quota and I/O failures are the ones a facilitator
 * can act on (free disk space, export a backup), so they are named; nothing is swallowed.
 */
export function toCommandError(error: unknown): CommandError {
  if (error instanceof CommandError) return error;
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return new CommandError(
      'storage',
      'Not saved: this computer is out of storage space for Parley. Free some disk space, then try again — your text is still in the box.',
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CommandError(
    'storage',
    `Not saved: the database refused the change (${detail}). Your text is still in the box; try again.`,
  );
}
