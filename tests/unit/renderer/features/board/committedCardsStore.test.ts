import { beforeEach, describe, expect, it } from 'vitest';

import {
  committedLaneKey,
  MAX_COMMITTED_CARDS,
  useCommittedCards,
} from '#renderer/features/board/committedCardsStore';
import { useWindowStore } from '#renderer/ui/windowStore';
import type { CardId, PropositionId, SessionId } from '#shared/domain/ids';
import type { LaneId } from '#shared/domain/lanes';
import type { Card } from '#shared/domain/types';

function card(id: string, lane: LaneId, order = 1): Card {
  return {
    id: id as CardId,
    sessionId: 's' as SessionId,
    propositionId: 'p' as PropositionId,
    lane,
    text: id,
    kind: 'point',
    order,
    createdAt: 1,
    updatedAt: 1,
  };
}

beforeEach(() => useCommittedCards.setState({ committedCards: {} }));

describe('the cards just committed, by lane', () => {
  it('files a batch under each lane in one update of the store', () => {
    let updates = 0;
    const stop = useCommittedCards.subscribe(() => updates++);
    useCommittedCards.getState().showCommittedCards([
      { card: card('a', 'legitimacy'), seq: 1 },
      { card: card('b', 'questions'), seq: 1 },
      { card: card('c', 'legitimacy', 2), seq: 1 },
    ]);
    stop();
    expect(updates).toBe(1);
    const all = useCommittedCards.getState().committedCards;
    expect(all[committedLaneKey('p', 'legitimacy')]!.map((c) => c.card.id)).toEqual(['a', 'c']);
    expect(all[committedLaneKey('p', 'questions')]!.map((c) => c.card.id)).toEqual(['b']);
  });

  it('leaves other lanes’ lists as they were, so their lanes do not redraw', () => {
    const store = useCommittedCards.getState();
    store.showCommittedCards([{ card: card('b', 'questions'), seq: 1 }]);
    const questions =
      useCommittedCards.getState().committedCards[committedLaneKey('p', 'questions')];
    store.showCommittedCards([{ card: card('a', 'legitimacy'), seq: 2 }]);
    expect(useCommittedCards.getState().committedCards[committedLaneKey('p', 'questions')]).toBe(
      questions,
    );
  });

  it('forgets the cards a lane has read back, and the lane once it is empty', () => {
    const store = useCommittedCards.getState();
    store.showCommittedCards([
      { card: card('a', 'legitimacy'), seq: 1 },
      { card: card('c', 'legitimacy', 2), seq: 2 },
    ]);
    const key = committedLaneKey('p', 'legitimacy');
    store.forgetCommittedCards(key, new Set(['a']));
    expect(useCommittedCards.getState().committedCards[key]!.map((c) => c.card.id)).toEqual(['c']);
    store.forgetCommittedCards(key, new Set(['c']));
    expect(useCommittedCards.getState().committedCards).toEqual({});
  });

  it('keeps at most MAX_COMMITTED_CARDS, dropping the oldest', () => {
    useCommittedCards.getState().showCommittedCards(
      Array.from({ length: MAX_COMMITTED_CARDS + 5 }, (_, i) => ({
        card: card(`c${i}`, 'legitimacy', i),
        seq: i,
      })),
    );
    const kept = useCommittedCards.getState().committedCards[committedLaneKey('p', 'legitimacy')]!;
    expect(kept).toHaveLength(MAX_COMMITTED_CARDS);
    expect(kept[0]!.card.id).toBe('c5');
  });

  it('is a store of its own: a card shown or forgotten wakes nothing subscribed to the window store', () => {
    let windowUpdates = 0;
    const stop = useWindowStore.subscribe(() => windowUpdates++);
    const key = committedLaneKey('p', 'legitimacy');
    useCommittedCards.getState().showCommittedCards([{ card: card('a', 'legitimacy'), seq: 1 }]);
    useCommittedCards.getState().forgetCommittedCards(key, new Set(['a']));
    stop();
    expect(windowUpdates).toBe(0);
    expect(useCommittedCards.getState().committedCards).toEqual({});
  });
});
