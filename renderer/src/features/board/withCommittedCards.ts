import type { Card } from '#shared/domain/types';

import type { CommittedCard } from './committedCardsStore';

/** Board order as the lane index gives it: by order, then by id (IndexedDB's tie-break). */
function boardOrder(a: Card, b: Card): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The committed cards a lane read does not hold yet: committed after the read, not in it. */
export function unreadCommitted(
  cards: readonly Card[],
  readAt: number,
  committed: readonly CommittedCard[],
): Card[] {
  const newer = committed.filter((c) => c.seq > readAt);
  // Usually none: a lane is read within milliseconds of a commit. Only then is the read scanned.
  if (newer.length === 0) return [];
  const read = new Set(cards.map((c) => c.id));
  return newer.filter((c) => !read.has(c.card.id)).map((c) => c.card);
}

/**
 * A lane as read (`cards`, started when the window had heard of `readAt` commits) with the cards
 * committed since drawn in their committed order. The same array when there are none, so nothing
 * downstream redraws when the read catches up.
 */
export function withCommittedCards(
  cards: Card[],
  readAt: number,
  committed: readonly CommittedCard[],
): Card[] {
  const extra = unreadCommitted(cards, readAt, committed).sort(boardOrder);
  if (extra.length === 0) return cards;
  const last = cards.at(-1);
  // Capture appends: then the lane is the read and the new cards after it, with no sort of the
  // whole lane on the way to the card's frame.
  if (!last || boardOrder(last, extra[0]!) < 0) return [...cards, ...extra];
  return [...cards, ...extra].sort(boardOrder);
}
