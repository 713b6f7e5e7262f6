import { defineCommand } from '#renderer/commands/command';
import { CommandError } from '#renderer/commands/commandError';
import { writeDot } from '#renderer/commands/dotWrites';
import { requireCard, touchSession } from '#renderer/commands/rowGuards';
import type { ParleyDb } from '#renderer/db/database';
import { dotId, type ParticipantId } from '#shared/board/types';
import type { CardId, PropositionId } from '#shared/domain/ids';
import type { Card } from '#shared/domain/types';
import { roomVoice } from '#shared/room/roomVoice';

/** A phone votes as a participant of its own, never listed with the session's participants. */
export function roomVoter(phoneId: string): ParticipantId {
  return roomVoice(phoneId) as ParticipantId;
}

/**
 * A phone's dots on the cards of one proposition, card id → count. Dots on a card deleted since
 * are left out: they count neither on the phone nor against its budget (an undo brings them back
 * with the card).
 */
export async function roomDotsOf(
  db: ParleyDb,
  phoneId: string,
  propositionId: PropositionId,
): Promise<Record<string, number>> {
  const rows = await db.dots
    .where('[participantId+propositionId]')
    .equals([roomVoter(phoneId), propositionId])
    .toArray();
  const cards = await db.cards.bulkGet(rows.map((d) => d.cardId));
  return Object.fromEntries(rows.filter((_, i) => cards[i]).map((d) => [d.cardId, d.count]));
}

/**
 * A phone places or takes back a dot, within the budget of the open vote. Tallies on the board
 * follow (the card's vote total is updated in the same transaction). Like a point, it is the
 * room's action and stays out of the facilitator's undo history.
 */
export const placeRoomDot = defineCommand<
  { phoneId: string; cardId: CardId; action: 'place' | 'take'; budget: number },
  Card
>({
  name: 'room.dot',
  label: 'Dot from the room',
  tables: ['cards', 'dots'],
  undoable: false,
  async run({ phoneId, cardId, action, budget }, w, { db, now }) {
    const card = await requireCard(db, cardId);
    const voter = roomVoter(phoneId);
    const id = dotId(cardId, voter);
    const count = ((await db.dots.get(id))?.count ?? 0) + (action === 'place' ? 1 : -1);
    if (count < 0) throw new CommandError('invalid', 'You have no dot on that card to take back.');
    if (action === 'place') {
      const used = Object.values(await roomDotsOf(db, phoneId, card.propositionId)).reduce(
        (n, c) => n + c,
        0,
      );
      if (used >= budget)
        throw new CommandError(
          'invalid',
          `You have used all ${budget} dots. Take one back from another card first.`,
        );
    }
    const at = now();
    const next = await writeDot(w, card, voter, count, action === 'place' ? 1 : -1, at);
    await touchSession(db, card.sessionId, at);
    return next;
  },
});
