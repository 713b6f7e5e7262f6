import { defineCommand } from '#renderer/commands/command';
import { CommandError } from '#renderer/commands/commandError';
import { writeDot } from '#renderer/commands/dotWrites';
import type { ParleyDb } from '#renderer/db/database';
import { DEFAULT_VOTE_BUDGET, dotId, voteBudgetKey, type ParticipantId } from '#shared/board/types';
import type { CardId, SessionId } from '#shared/domain/ids';
import type { Card } from '#shared/domain/types';

import { requireCard, requireSession, touch } from './boardHelpers';

export const MAX_TALLY = 9999;

export async function readVoteBudget(db: ParleyDb, sessionId: SessionId): Promise<number> {
  const row = await db.settings.get(voteBudgetKey(sessionId));
  return typeof row?.value === 'number' ? row.value : DEFAULT_VOTE_BUDGET;
}

/** Dots a participant has placed on the cards of one proposition. */
export async function dotsUsed(
  db: ParleyDb,
  participantId: ParticipantId,
  propositionId: string,
): Promise<number> {
  const rows = await db.dots
    .where('[participantId+propositionId]')
    .equals([participantId, propositionId])
    .toArray();
  return rows.reduce((n, d) => n + d.count, 0);
}

/** Puts (+1) or takes back (−1) one of a participant's dots on a card, within their budget. */
export const castDot = defineCommand<
  { cardId: CardId; participantId: ParticipantId; delta: 1 | -1 },
  Card
>({
  name: 'vote.dot',
  label: 'Vote',
  tables: ['cards', 'dots', 'participants', 'settings'],
  undoable: true,
  async run({ cardId, participantId, delta }, w, { db, now }) {
    const card = await requireCard(db, cardId);
    const who = await db.participants.get(participantId);
    if (!who || who.sessionId !== card.sessionId)
      throw new CommandError('not-found', 'That participant is not in this session.');
    const id = dotId(cardId, participantId);
    const existing = await db.dots.get(id);
    const count = (existing?.count ?? 0) + delta;
    if (count < 0)
      throw new CommandError('invalid', `${who.name} has no dot on this card to take back.`);
    if (delta > 0) {
      const budget = await readVoteBudget(db, card.sessionId);
      if ((await dotsUsed(db, participantId, card.propositionId)) >= budget) {
        throw new CommandError(
          'invalid',
          `${who.name} has used all ${budget} dots. Take one back from another card first.`,
        );
      }
    }
    const at = now();
    const next = await writeDot(w, card, participantId, count, delta, at);
    await touch(db, card.sessionId, at);
    return next;
  },
});

/** Scribe mode: the facilitator types the number of hands raised for a card. */
export const setTally = defineCommand<{ cardId: CardId; tally: number }, Card>({
  name: 'vote.tally',
  label: 'Set tally',
  tables: ['cards'],
  undoable: true,
  async run({ cardId, tally }, w, { db, now }) {
    if (!Number.isInteger(tally) || tally < 0 || tally > MAX_TALLY)
      throw new CommandError('invalid', `A tally is a whole number from 0 to ${MAX_TALLY}.`);
    const card = await requireCard(db, cardId);
    const old = card.tally ?? 0;
    if (old === tally) return card;
    const at = now();
    const next = {
      ...card,
      tally,
      votes: Math.max(0, (card.votes ?? 0) - old + tally),
      updatedAt: at,
    };
    await w.put('cards', card.id, next);
    await touch(db, card.sessionId, at);
    return next;
  },
});

export const setVoteBudget = defineCommand<{ sessionId: SessionId; budget: number }, number>({
  name: 'vote.budget',
  label: 'Set dot budget',
  tables: ['settings'],
  undoable: true,
  async run({ sessionId, budget }, w, { db, now }) {
    if (!Number.isInteger(budget) || budget < 1 || budget > 99)
      throw new CommandError('invalid', 'The dot budget is a whole number from 1 to 99.');
    await requireSession(db, sessionId);
    const key = voteBudgetKey(sessionId);
    await w.put('settings', key, { key, value: budget });
    await touch(db, sessionId, now());
    return budget;
  },
});
