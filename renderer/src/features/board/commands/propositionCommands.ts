import { defineCommand } from '#renderer/commands/command';
import { CommandError } from '#renderer/commands/commandError';
import { validProposition } from '#renderer/commands/sessionText';
import type { ParleyDb } from '#renderer/db/database';
import { newId, type PropositionId, type SessionId } from '#shared/domain/ids';
import type { Proposition } from '#shared/domain/types';

import { requireSession, touch } from './boardHelpers';

/** Adds a proposition to the session and switches the board to it. */
export const addProposition = defineCommand<{ sessionId: SessionId; text: string }, Proposition>({
  name: 'proposition.add',
  label: 'Add proposition',
  tables: ['propositions'],
  undoable: true,
  creates: true,
  async run({ sessionId, text: raw }, w, { db, now }) {
    const text = validProposition(raw);
    const session = await requireSession(db, sessionId);
    const count = await db.propositions.where('sessionId').equals(sessionId).count();
    const at = now();
    const proposition: Proposition = {
      id: newId<PropositionId>(),
      sessionId,
      text,
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

/** Rewords a proposition (a typo, or the group sharpening it); its cards stay where they are. */
export const editProposition = defineCommand<
  { propositionId: PropositionId; text: string },
  Proposition
>({
  name: 'proposition.edit',
  label: 'Edit proposition',
  tables: ['propositions'],
  undoable: true,
  async run({ propositionId, text }, w, { db, now }) {
    const proposition = await requireProposition(db, propositionId);
    const next = { ...proposition, text: validProposition(text) };
    await w.put('propositions', propositionId, next);
    await touch(db, proposition.sessionId, now());
    return next;
  },
});

/** The rows that hang off one proposition: removed with it, and brought back with it by undo. */
const PROPOSITION_ROWS = [
  'cards',
  'groups',
  'dots',
  'roomPoints',
  'scoringRounds',
  'practicabilityScores',
] as const;

/**
 * Removes a proposition with its cards, groups, votes, room points, scoring rounds and
 * practicability scores, in one transaction and one undo step. A session always keeps one
 * proposition (edit it instead); when the one on the board goes, the board shows the first that
 * is left.
 */
export const removeProposition = defineCommand<{ propositionId: PropositionId }, number>({
  name: 'proposition.remove',
  label: 'Remove proposition',
  tables: ['propositions', 'sessions', ...PROPOSITION_ROWS],
  undoable: true,
  async run({ propositionId }, w, { db, now }) {
    const proposition = await requireProposition(db, propositionId);
    const session = await requireSession(db, proposition.sessionId);
    const others = (
      await db.propositions.where('sessionId').equals(session.id).sortBy('order')
    ).filter((p) => p.id !== propositionId);
    if (others.length === 0)
      throw new CommandError(
        'invalid',
        'A session needs a proposition: edit this one instead, or delete the session from home.',
      );
    let cards = 0;
    for (const table of PROPOSITION_ROWS) {
      const rows = (await db.table(table).where('sessionId').equals(session.id).toArray()).filter(
        (row: { propositionId?: string }) => row.propositionId === propositionId,
      );
      if (table === 'cards') cards = rows.length;
      for (const row of rows) await w.delete(table, (row as { id: string }).id);
    }
    await w.delete('propositions', propositionId);
    const at = now();
    if (session.activePropositionId === propositionId)
      await w.put('sessions', session.id, {
        ...session,
        activePropositionId: others[0]!.id,
        updatedAt: at,
      });
    else await touch(db, session.id, at);
    return cards;
  },
});

async function requireProposition(db: ParleyDb, id: PropositionId): Promise<Proposition> {
  const proposition = await db.propositions.get(id);
  if (!proposition) throw new CommandError('not-found', 'That proposition has been removed.');
  return proposition;
}
