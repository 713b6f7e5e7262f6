import { describe, expect, it } from 'vitest';

import { unreadCommitted, withCommittedCards } from '#renderer/features/board/withCommittedCards';
import type { CardId, PropositionId, SessionId } from '#shared/domain/ids';
import type { Card } from '#shared/domain/types';

function card(id: string, order: number): Card {
  return {
    id: id as CardId,
    sessionId: 's' as SessionId,
    propositionId: 'p' as PropositionId,
    lane: 'legitimacy',
    text: `Card ${id}`,
    kind: 'point',
    order,
    createdAt: 1,
    updatedAt: 1,
  };
}

const read = [card('a', 1), card('b', 2)];

describe('a lane read with the cards committed since', () => {
  it('draws a card committed after the read, at its committed place', () => {
    const shown = withCommittedCards(read, 10, [{ card: card('c', 3), seq: 11 }]);
    expect(shown.map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps board order when several are committed, whatever order they were heard in', () => {
    const shown = withCommittedCards(read, 10, [
      { card: card('e', 5), seq: 12 },
      { card: card('d', 4), seq: 11 },
    ]);
    expect(shown.map((c) => c.id)).toEqual(['a', 'b', 'd', 'e']);
  });

  it('places a card committed between cards of the read at its place, not at the end', () => {
    const withLater = [...read, card('z', 9)];
    const shown = withCommittedCards(withLater, 10, [{ card: card('c', 3), seq: 11 }]);
    expect(shown.map((c) => c.id)).toEqual(['a', 'b', 'c', 'z']);
  });

  it('draws a card once when the read already holds it', () => {
    const confirmed = [...read, card('c', 3)];
    const shown = withCommittedCards(confirmed, 10, [{ card: card('c', 3), seq: 11 }]);
    expect(shown).toBe(confirmed);
  });

  it('forgets a card that a read begun after its commit does not hold (deleted since)', () => {
    expect(unreadCommitted(read, 11, [{ card: card('c', 3), seq: 11 }])).toEqual([]);
    expect(withCommittedCards(read, 11, [{ card: card('c', 3), seq: 11 }])).toBe(read);
  });

  it('hands back the read itself when nothing is waiting, so nothing downstream redraws', () => {
    expect(withCommittedCards(read, 10, [])).toBe(read);
  });
});
