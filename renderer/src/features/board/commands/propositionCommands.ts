import { defineCommand } from '#renderer/commands/command';
import { CommandError } from '#renderer/commands/commandError';
import { newId, type PropositionId, type SessionId } from '#shared/domain/ids';
import { checkText, PROPOSITION_LIMIT } from '#shared/domain/text';
import type { Proposition } from '#shared/domain/types';

import { requireSession } from './boardHelpers';

/** Adds a proposition to the session and switches the board to it. */
export const addProposition = defineCommand<{ sessionId: SessionId; text: string }, Proposition>({
  name: 'proposition.add',
  label: 'Add proposition',
  tables: ['propositions'],
  undoable: true,
  creates: true,
  async run({ sessionId, text: raw }, w, { db, now }) {
    const text = checkText(raw, PROPOSITION_LIMIT, 'proposition');
    if (!text.ok)
      throw new CommandError(
        'invalid',
        text.reason === 'empty' ? 'Write the proposition the group will examine.' : text.message,
      );
    const session = await requireSession(db, sessionId);
    const count = await db.propositions.where('sessionId').equals(sessionId).count();
    const at = now();
    const proposition: Proposition = {
      id: newId<PropositionId>(),
      sessionId,
      text: text.text,
      order: count,
      createdAt: at,
    };
    await w.put('propositions', proposition.id, proposition);
    await w.put('sessions', sessionId, {
      ...session,
      activePropositionId: proposition.id,
      updatedAt: at,
    });
    return proposition;
  },
});

/**
 * Switching the proposition on screen is navigation, not an edit: it stays out of the undo
 * history so Ctrl+Z keeps meaning "take back my last change to the board".
 */
export const switchProposition = defineCommand<
  { sessionId: SessionId; propositionId: PropositionId },
  void
>({
  name: 'proposition.switch',
  label: 'Switch proposition',
  tables: ['propositions'],
  undoable: false,
  async run({ sessionId, propositionId }, w, { db }) {
    const session = await requireSession(db, sessionId);
    const proposition = await db.propositions.get(propositionId);
    if (!proposition || proposition.sessionId !== sessionId)
      throw new CommandError('not-found', 'That proposition is not in this session.');
    if (session.activePropositionId === propositionId) return;
    await w.put('sessions', sessionId, { ...session, activePropositionId: propositionId });
  },
});
