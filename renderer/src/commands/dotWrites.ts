import { dotId, type ParticipantId } from '#shared/board/types';
import type { Card } from '#shared/domain/types';

import type { TxWriter } from './diff';

/**
 * Moves one voter's dots on a card by ±1 and keeps the card's vote total in step, in the caller's
 * transaction. Shared by the board's dots and the room's (docs/room.md), which differ only in who
 * votes and how the budget is checked.
 */
export async function writeDot(
  w: TxWriter,
  card: Card,
  participantId: ParticipantId,
  count: number,
  delta: 1 | -1,
  at: number,
): Promise<Card> {
  const id = dotId(card.id, participantId);
  if (count === 0) await w.delete('dots', id);
  else
    await w.put('dots', id, {
      id,
      sessionId: card.sessionId,
      propositionId: card.propositionId,
      cardId: card.id,
      participantId,
      count,
    });
  const next = { ...card, votes: Math.max(0, (card.votes ?? 0) + delta), updatedAt: at };
  await w.put('cards', card.id, next);
  return next;
}
