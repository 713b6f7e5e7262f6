import { defineCommand } from '#renderer/commands/command';
import { CommandError } from '#renderer/commands/commandError';
import type { ParticipantId } from '#shared/board/types';
import type { CardId } from '#shared/domain/ids';
import { CARD_KINDS, type Card, type CardKind } from '#shared/domain/types';

import { dropEmptyGroups, laneCards, requireCard, touch } from './boardHelpers';

export const setCardKind = defineCommand<{ cardId: CardId; kind: CardKind }, Card>({
  name: 'card.setKind',
  label: 'Change card kind',
  tables: ['cards'],
  undoable: true,
  async run({ cardId, kind }, w, { db, now }) {
    if (!CARD_KINDS.includes(kind))
      throw new CommandError('invalid', 'That is not a kind of card.');
    const card = await requireCard(db, cardId);
    if (card.kind === kind) return card;
    const at = now();
    const next = { ...card, kind, updatedAt: at };
    await w.put('cards', card.id, next);
    await touch(db, card.sessionId, at);
    return next;
  },
});

export const attributeCard = defineCommand<
  { cardId: CardId; participantId: ParticipantId | null },
  Card
>({
  name: 'card.attribute',
  label: 'Attribute card',
  tables: ['cards', 'participants'],
  undoable: true,
  async run({ cardId, participantId }, w, { db, now }) {
    const card = await requireCard(db, cardId);
    if (participantId !== null) {
      const who = await db.participants.get(participantId);
      if (!who || who.sessionId !== card.sessionId)
        throw new CommandError('not-found', 'That participant is not in this session.');
    }
    if ((card.participantId ?? null) === participantId) return card;
    const at = now();
    const next = { ...card, participantId, updatedAt: at };
    await w.put('cards', card.id, next);
    await touch(db, card.sessionId, at);
    return next;
  },
});

export const setSurprising = defineCommand<{ cardId: CardId; surprising: boolean }, Card>({
  name: 'card.setSurprising',
  label: 'Flag as surprising',
  tables: ['cards'],
  undoable: true,
  async run({ cardId, surprising }, w, { db, now }) {
    const card = await requireCard(db, cardId);
    if (card.lane !== 'conclusions')
      throw new CommandError('invalid', 'Only conclusions can be flagged as surprising.');
    const at = now();
    const next = { ...card, surprising, updatedAt: at };
    await w.put('cards', card.id, next);
    await touch(db, card.sessionId, at);
    return next;
  },
});

/** Sets the cards a conclusion draws on (traceability). The list replaces the old one. */
export const setConclusionLinks = defineCommand<
  { conclusionId: CardId; cardIds: readonly CardId[] },
  Card
>({
  name: 'card.link',
  label: 'Link conclusion',
  tables: ['cards'],
  undoable: true,
  async run({ conclusionId, cardIds }, w, { db, now }) {
    const conclusion = await requireCard(db, conclusionId);
    if (conclusion.lane !== 'conclusions')
      throw new CommandError(
        'invalid',
        'Only a conclusion can be linked to the cards it draws on.',
      );
    const ids = [...new Set(cardIds)].filter((id) => id !== conclusionId);
    for (const id of ids) {
      const card = await db.cards.get(id);
      if (!card || card.propositionId !== conclusion.propositionId)
        throw new CommandError(
          'not-found',
          'A card to link has been deleted or belongs to another proposition.',
        );
    }
    const at = now();
    const next = { ...conclusion, drawsOn: ids, updatedAt: at };
    await w.put('cards', conclusion.id, next);
    await touch(db, conclusion.sessionId, at);
    return next;
  },
});

/**
 * Deletes a card with everything that points at it: its dots (so voters get them back), its
 * practicability scores, its place in conclusions' links, and its group if it was the last one in
 * it. One undo restores all.
 */
export const deleteBoardCard = defineCommand<{ cardId: CardId }, Card>({
  // Its own name: the skeleton's card.delete stays for code that has no groups or votes.
  name: 'card.deleteWithLinks',
  label: 'Delete card',
  tables: ['cards', 'groups', 'dots', 'practicabilityScores'],
  undoable: true,
  async run({ cardId }, w, { db, now }) {
    const card = await requireCard(db, cardId);
    const dots = await db.dots.where('cardId').equals(cardId).primaryKeys();
    for (const id of dots) await w.delete('dots', id);
    const scores = await db.practicabilityScores.where('cardId').equals(cardId).primaryKeys();
    for (const id of scores) await w.delete('practicabilityScores', id);
    for (const conclusion of await laneCards(db, card.propositionId, 'conclusions')) {
      if (conclusion.drawsOn?.includes(cardId))
        await w.put('cards', conclusion.id, {
          ...conclusion,
          drawsOn: conclusion.drawsOn.filter((id) => id !== cardId),
          updatedAt: now(),
        });
    }
    await w.delete('cards', cardId);
    await dropEmptyGroups(db, w, [card.groupId]);
    await touch(db, card.sessionId, now());
    return card;
  },
});
