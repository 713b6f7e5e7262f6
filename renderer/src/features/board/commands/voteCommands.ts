import { defineCommand } from '#renderer/commands/command';
import { CommandError } from '#renderer/commands/commandError';
import type { TxWriter } from '#renderer/commands/diff';
import { writeDot } from '#renderer/commands/dotWrites';
import type { ParleyDb } from '#renderer/db/database';
import {
  DEFAULT_VOTE_BUDGET,
  dotId,
  voteBudgetKey,
  type Dot,
  type ParticipantId,
} from '#shared/board/types';
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

/**
 * Sets the dots each participant may place. Lowering it below dots already placed would leave
 * "0 of 1 dots left" beside cards still counting three, so that is refused (code `conflict`)
 * with who is over, until the facilitator asks for the extra dots to be taken back — from the
 * cards with fewest votes first, so the room's favourites keep theirs. One undoable step.
 */
export const setVoteBudget = defineCommand<
  { sessionId: SessionId; budget: number; takeBack?: boolean },
  number
>({
  name: 'vote.budget',
  label: 'Set dot budget',
  tables: ['settings', 'dots', 'cards', 'participants'],
  undoable: true,
  async run({ sessionId, budget, takeBack = false }, w, { db, now }) {
    if (!Number.isInteger(budget) || budget < 1 || budget > 99)
      throw new CommandError('invalid', 'The dot budget is a whole number from 1 to 99.');
    await requireSession(db, sessionId);
    const at = now();
    const over = await dotsOverBudget(db, sessionId, budget);
    if (over.length > 0 && !takeBack) {
      const who = over.map((o) => `${o.name} has ${o.placed} dots placed`).join(', ');
      const extra = over.reduce((n, o) => n + o.placed - budget, 0);
      throw new CommandError(
        'conflict',
        `${who}. Lowering to ${budget} takes back ${extra} ${extra === 1 ? 'dot' : 'dots'} — or keep the budget and take dots back by hand.`,
      );
    }
    for (const o of over) await takeBackDots(db, w, o.dots, o.placed - budget, at);
    const key = voteBudgetKey(sessionId);
    await w.put('settings', key, { key, value: budget });
    await touch(db, sessionId, at);
    return budget;
  },
});

interface OverBudget {
  name: string;
  placed: number;
  dots: Dot[];
}

/** Each participant's dots on each proposition, where they are more than `budget`. */
async function dotsOverBudget(
  db: ParleyDb,
  sessionId: SessionId,
  budget: number,
): Promise<OverBudget[]> {
  const [dots, people] = await Promise.all([
    db.dots.where('sessionId').equals(sessionId).toArray(),
    db.participants.where('sessionId').equals(sessionId).toArray(),
  ]);
  const byVoter = new Map<string, Dot[]>();
  for (const dot of dots) {
    const key = `${dot.participantId}|${dot.propositionId}`;
    byVoter.set(key, [...(byVoter.get(key) ?? []), dot]);
  }
  const nameOf = new Map(people.map((p) => [p.id as string, p.name]));
  return [...byVoter.values()]
    .map((placed) => ({
      name: nameOf.get(placed[0]!.participantId) ?? 'Someone',
      placed: placed.reduce((n, d) => n + d.count, 0),
      dots: placed,
    }))
    .filter((o) => o.placed > budget);
}

/** Takes `extra` dots back from one voter's dots, on the cards with fewest votes first. */
async function takeBackDots(
  db: ParleyDb,
  w: TxWriter,
  dots: readonly Dot[],
  extra: number,
  at: number,
): Promise<void> {
  const cards = new Map<string, Card>();
  for (const card of await db.cards.bulkGet(dots.map((d) => d.cardId)))
    if (card) cards.set(card.id, card);
  const fewestFirst = [...dots].sort(
    (a, b) => (cards.get(a.cardId)?.votes ?? 0) - (cards.get(b.cardId)?.votes ?? 0),
  );
  let left = extra;
  for (const dot of fewestFirst) {
    if (left === 0) break;
    const taken = Math.min(dot.count, left);
    left -= taken;
    if (taken === dot.count) await w.delete('dots', dot.id);
    else await w.put('dots', dot.id, { ...dot, count: dot.count - taken });
    const card = cards.get(dot.cardId);
    if (card) {
      const next = { ...card, votes: Math.max(0, (card.votes ?? 0) - taken), updatedAt: at };
      cards.set(card.id, next);
      await w.put('cards', card.id, next);
    }
  }
}
