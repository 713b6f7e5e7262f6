import { describe, expect, it } from 'vitest';

import { cardMatcher, isFiltering, NO_FILTER, sortedByVotes } from '#shared/board/filter';
import { spreadOrders } from '#shared/board/ordering';
import { buildLaneRows } from '#shared/board/rows';
import type { CardGroup, Participant } from '#shared/board/types';
import type { Card } from '#shared/domain/types';

function card(id: string, order: number, extra: Partial<Card> = {}): Card {
  return {
    id,
    sessionId: 's',
    propositionId: 'p',
    lane: 'legitimacy',
    text: `text ${id}`,
    kind: 'point',
    order,
    createdAt: 0,
    updatedAt: 0,
    ...extra,
  } as Card;
}
const group = (id: string, collapsed = false) =>
  ({
    id,
    sessionId: 's',
    propositionId: 'p',
    lane: 'legitimacy',
    name: `G ${id}`,
    collapsed,
    createdAt: 0,
  }) as CardGroup;

describe('lane rows', () => {
  it('draws a group where its first card is, with all its cards under its header', () => {
    const cards = [
      card('a', 1, { groupId: 'g' }),
      card('b', 2),
      card('c', 3, { groupId: 'g', votes: 2 }),
    ];
    const rows = buildLaneRows(cards, new Map([['g', group('g')]]));
    expect(rows.map((r) => r.key)).toEqual(['g:g', 'a', 'c', 'b']);
    expect(rows[0]).toMatchObject({ type: 'group', size: 2, votes: 2 });
  });

  it('shows only the header of a collapsed group, and a card whose group is gone on its own', () => {
    const cards = [card('a', 1, { groupId: 'g' }), card('b', 2, { groupId: 'missing' })];
    const rows = buildLaneRows(cards, new Map([['g', group('g', true)]]));
    expect(rows.map((r) => r.key)).toEqual(['g:g', 'b']);
  });
});

describe('filters', () => {
  const people = [
    { id: 'u1', party: 'Residents' },
    { id: 'u2', party: 'Council' },
  ] as Participant[];
  const cards = [
    card('a', 1, { text: 'Consent of RESIDENTS', kind: 'concern', participantId: 'u1', votes: 3 }),
    card('b', 2, { text: 'Budget evidence', kind: 'evidence', participantId: 'u2', votes: 0 }),
    card('c', 3, { text: 'No author', kind: 'idea' }),
  ];
  const ids = (f: Partial<typeof NO_FILTER>) =>
    cards.filter(cardMatcher({ ...NO_FILTER, ...f }, people)).map((c) => c.id);

  it('matches text case-insensitively, by kind, by party and by votes, all together', () => {
    expect(ids({ text: 'residents' })).toEqual(['a']);
    expect(ids({ kind: 'evidence' })).toEqual(['b']);
    expect(ids({ party: 'Council' })).toEqual(['b']);
    expect(ids({ minVotes: 1 })).toEqual(['a']);
    expect(ids({ text: 'e', kind: 'concern', party: 'Residents', minVotes: 3 })).toEqual(['a']);
    expect(ids({})).toEqual(['a', 'b', 'c']);
  });

  it('knows when nothing is filtered', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, text: '  ' })).toBe(false);
    expect(isFiltering({ ...NO_FILTER, minVotes: 1 })).toBe(true);
  });

  it('sorts by votes, most first, ties in board order', () => {
    expect(
      sortedByVotes([
        card('a', 1, { votes: 1 }),
        card('b', 2, { votes: 4 }),
        card('c', 3, { votes: 1 }),
      ]).map((c) => c.id),
    ).toEqual(['b', 'a', 'c']);
  });
});

describe('fractional order', () => {
  it('spreads values between neighbours, before the first, after the last', () => {
    expect(spreadOrders(1, 2, 3)).toEqual([1.25, 1.5, 1.75]);
    expect(spreadOrders(undefined, 5, 2)).toEqual([3, 4]);
    expect(spreadOrders(7, undefined, 2)).toEqual([8, 9]);
    expect(spreadOrders(undefined, undefined, 1)).toEqual([1]);
  });

  it('gives up (so the lane is renumbered) when the gap is too small to split', () => {
    expect(spreadOrders(1, 1 + 1e-7, 1)).toBeNull();
  });
});
