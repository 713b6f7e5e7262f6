// The one way an agreement command writes: read the session's draft (upgraded if an old backup
// left it in the pre-v3 shape), apply one pure change from shared/agreement, write it back through
// the TxWriter so undo restores the draft as it was. Rule errors become messages.
import { defineCommand, type Command, type CommandContext } from '#renderer/commands/command';
import { CommandError } from '#renderer/commands/commandError';
import { requireSession } from '#renderer/commands/rowGuards';
import type { ParleyDb } from '#renderer/db/database';
import { emptyAgreement, type AgreementState } from '#shared/agreement/model';
import { AgreementRuleError } from '#shared/agreement/rules';
import { upgradeAgreementState } from '#shared/agreement/upgrade';
import type { SessionId } from '#shared/domain/ids';

export async function loadDraft(
  db: ParleyDb,
  sessionId: SessionId,
  at: number,
): Promise<AgreementState> {
  await requireSession(db, sessionId);
  // A draft imported from an older backup may still be in the pre-v3 shape.
  const row = await db.agreements.get(sessionId);
  return row ? upgradeAgreementState(row) : emptyAgreement(sessionId, at);
}

export type Change<I> = (
  state: AgreementState,
  input: I,
  at: number,
  ctx: CommandContext,
) => AgreementState | Promise<AgreementState>;

/**
 * A command that changes one session's draft through a pure function; rule errors become messages.
 * A change the room makes (a phone's stance) is not the facilitator's to undo, as with its points.
 */
export function draftCommand<I extends { sessionId: SessionId }>(
  name: string,
  label: string,
  change: Change<I>,
  { undoable = true }: { undoable?: boolean } = {},
): Command<I, AgreementState> {
  return defineCommand<I, AgreementState>({
    name,
    label,
    tables: ['agreements', 'cards', 'participants'],
    undoable,
    async run(input, w, ctx) {
      const at = ctx.now();
      const before = await loadDraft(ctx.db, input.sessionId, at);
      let after: AgreementState;
      try {
        after = await change(before, input, at, ctx);
      } catch (error) {
        if (error instanceof AgreementRuleError)
          throw new CommandError(
            error.code === 'not-found' ? 'not-found' : 'invalid',
            error.message,
          );
        throw error;
      }
      if (after !== before) {
        await w.put('agreements', input.sessionId, after);
        await ctx.db.sessions.update(input.sessionId, { updatedAt: at });
      }
      return after;
    },
  });
}

export type S = { sessionId: SessionId };
