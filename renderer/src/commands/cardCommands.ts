import { newId, type CardId, type PropositionId, type SessionId } from '#shared/domain/ids';
import type { LaneId } from '#shared/domain/lanes';
import { checkCardText } from '#shared/domain/text';
import { CARD_KINDS, type Card, type CardKind } from '#shared/domain/types';

import { laneCardsQuery } from '../db/queries';
import { defineCommand } from './command';
import { CommandError } from './commandError';
import type { TxWriter } from './diff';
import { requireCard, requireSession, touchSession, touchSessionRow } from './rowGuards';

function validText(raw: string): string {
  const check = checkCardText(raw);
  if (!check.ok) throw new CommandError('invalid', check.message);
  return check.text;
}

export interface AddCardInput {
  sessionId: SessionId;
  lane: LaneId;
  text: string;
  /** Default "point"; a stage may capture another kind (the Frame stage: definitions). */
  kind?: CardKind;
  /**
   * The proposition the caller shows (a lane knows it): its lane is read alongside the session,
   * one round trip instead of two. The card still goes to the session's active proposition.
   */
  propositionId?: PropositionId;
  /**
   * The order of the last card the caller shows in that lane (0 for none). With `propositionId`,
   * the card is written on the caller's word in the same round trip as the reads that check it,
   * and written again, in the same transaction, only if they say otherwise.
   */
  lastOrder?: number;
}

export const addCard = defineCommand<AddCardInput, Card>({
  name: 'card.add',
  label: 'Add card',
  tables: ['cards'],
  undoable: true,
  async run(input, w, { db, now }) {
    const text = validText(input.text);
    const at = now();
    const id = newId<CardId>();
    const kind = input.kind && CARD_KINDS.includes(input.kind) ? input.kind : 'point';
    const cardIn = (propositionId: PropositionId, order: number): Card => ({
      id,
      sessionId: input.sessionId,
      propositionId,
      lane: input.lane,
      text,
      kind,
      order,
      createdAt: at,
      updatedAt: at,
    });
    // The lane index is ordered, so the last card is one indexed read, even with thousands.
    const lastOf = (propositionId: PropositionId) =>
      laneCardsQuery(db, propositionId, input.lane).last();
    const guess =
      input.propositionId !== undefined && input.lastOrder !== undefined
        ? cardIn(input.propositionId, input.lastOrder + 1)
        : undefined;
    // Capture is the hottest path in the app: every request goes out at once, the reads first. A
    // transaction runs its requests in the order they were made, so the reads see the lane and
    // the session as they were before the guessed card, and nothing is visible until the commit.
    // The last edited session is read whole: while capturing it is this one, which saves reading
    // the session and the top of "last edited" apart.
    const [newest, lastShown] = await Promise.all([
      db.sessions.orderBy('updatedAt').last(),
      input.propositionId ? lastOf(input.propositionId) : undefined,
      guess && w.insert('cards', id, guess),
    ]);
    const session =
      newest?.id === input.sessionId ? newest : await requireSession(db, input.sessionId);
    const propositionId = session.activePropositionId;
    const last = input.propositionId === propositionId ? lastShown : await lastOf(propositionId);
    const order = (last?.order ?? 0) + 1;
    // Right unless the active proposition changed or a card reached the lane meanwhile (a phone,
    // another window): then it is written again, in its right place, before the commit.
    const card =
      guess && guess.propositionId === propositionId && guess.order >= order
        ? guess
        : cardIn(propositionId, order);
    // Without a guess the card is new here; a wrong guess is written again over itself.
    const write = () => (guess ? w.put('cards', id, card) : w.insert('cards', id, card));
    await Promise.all([
      card === guess ? undefined : write(),
      touchSessionRow(db, session, at, newest?.id),
    ]);
    return card;
  },
});

export const editCard = defineCommand<{ cardId: CardId; text: string }, Card>({
  name: 'card.edit',
  label: 'Edit card',
  tables: ['cards'],
  undoable: true,
  async run(input, w, { db, now }) {
    const text = validText(input.text);
    const card = await requireCard(db, input.cardId);
    if (card.text === text) return card;
    const at = now();
    const next: Card = { ...card, text, updatedAt: at };
    await w.put('cards', card.id, next);
    await touchSession(db, card.sessionId, at);
    return next;
  },
});

export const deleteCard = defineCommand<{ cardId: CardId }, Card>({
  name: 'card.delete',
  label: 'Delete card',
  tables: ['cards'],
  undoable: true,
  async run({ cardId }, w: TxWriter, { db, now }) {
    const card = await requireCard(db, cardId);
    await w.delete('cards', cardId);
    await touchSession(db, card.sessionId, now());
    return card;
  },
});
