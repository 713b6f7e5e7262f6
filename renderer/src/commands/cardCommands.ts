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
}

export const addCard = defineCommand<AddCardInput, Card>({
  name: 'card.add',
  label: 'Add card',
  tables: ['cards'],
  undoable: true,
  async run(input, w, { db, now }) {
    const text = validText(input.text);
    // The lane index is ordered, so the last card is one indexed read, even with thousands.
    const lastOf = (propositionId: PropositionId) =>
      laneCardsQuery(db, propositionId, input.lane).last();
    const [session, lastShown] = await Promise.all([
      requireSession(db, input.sessionId),
      input.propositionId ? lastOf(input.propositionId) : undefined,
    ]);
    const propositionId = session.activePropositionId;
    const last = input.propositionId === propositionId ? lastShown : await lastOf(propositionId);
    const at = now();
    const card: Card = {
      id: newId<CardId>(),
      sessionId: session.id,
      propositionId,
      lane: input.lane,
      text,
      kind: input.kind && CARD_KINDS.includes(input.kind) ? input.kind : 'point',
      order: (last?.order ?? 0) + 1,
      createdAt: at,
      updatedAt: at,
    };
    // One round trip for both writes (see TxWriter.put).
    await Promise.all([w.put('cards', card.id, card), touchSessionRow(db, session, at)]);
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
