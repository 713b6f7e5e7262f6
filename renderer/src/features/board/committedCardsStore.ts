import { create } from 'zustand';

import type { PropositionId } from '#shared/domain/ids';
import type { LaneId } from '#shared/domain/lanes';
import type { Card } from '#shared/domain/types';

/**
 * A card a command has just committed, kept until its lane has read it back. `seq` is the
 * window's commit count right after it was committed (db/commitCount.ts, commitsHeard): a lane
 * read started at or after it already holds the card, or its later fate.
 */
export interface CommittedCard {
  card: Card;
  seq: number;
}

/** Lane of one proposition: the key the committed cards are kept under. */
export function committedLaneKey(propositionId: PropositionId | string, lane: LaneId): string {
  return `${propositionId}|${lane}`;
}

/** More than a busy room sends in any frame; past it the oldest wait for their lane's read. */
export const MAX_COMMITTED_CARDS = 1000;

const NONE: readonly CommittedCard[] = [];

/**
 * Cards committed but not yet read back by their lane (committedCards.ts). Only a drawing
 * shortcut: Dexie stays the truth, and losing this on reload loses nothing.
 *
 * A store of its own, not a slice of the window store: every update of a store runs the
 * selectors of everything subscribed to it, and the window store has a handful per card in view.
 * A card added updates this twice (shown, then forgotten once read back), and the first is on the
 * way to the card's frame; here only the five lanes hear it (docs/architecture.md, "Performance
 * budgets"). Each window loads its own copy of this module, like its window store.
 */
export interface CommittedCardsState {
  committedCards: Readonly<Record<string, readonly CommittedCard[]>>;
  /** Adds a frame's worth of committed cards, all lanes in one update. */
  showCommittedCards(cards: readonly CommittedCard[]): void;
  /** Drops the given cards of one lane (read back, or superseded by a later read). */
  forgetCommittedCards(laneKey: string, ids: ReadonlySet<string>): void;
}

function capped(
  all: Record<string, readonly CommittedCard[]>,
): Record<string, readonly CommittedCard[]> {
  const count = Object.values(all).reduce((n, list) => n + list.length, 0);
  if (count <= MAX_COMMITTED_CARDS) return all;
  const oldestKept = Object.values(all)
    .flat()
    .map((c) => c.seq)
    .sort((a, b) => b - a)[MAX_COMMITTED_CARDS - 1]!;
  return Object.fromEntries(
    Object.entries(all).map(([key, list]) => [key, list.filter((c) => c.seq >= oldestKept)]),
  );
}

export const useCommittedCards = create<CommittedCardsState>()((set) => ({
  committedCards: {},
  showCommittedCards: (cards) =>
    set((s) => {
      if (cards.length === 0) return s;
      const next: Record<string, readonly CommittedCard[]> = { ...s.committedCards };
      for (const committed of cards) {
        const key = committedLaneKey(committed.card.propositionId, committed.card.lane);
        next[key] = [...(next[key] ?? NONE), committed];
      }
      return { committedCards: capped(next) };
    }),
  forgetCommittedCards: (laneKey, ids) =>
    set((s) => {
      const list = s.committedCards[laneKey];
      if (!list) return s;
      const kept = list.filter((c) => !ids.has(c.card.id));
      if (kept.length === list.length) return s;
      const next = { ...s.committedCards };
      if (kept.length > 0) next[laneKey] = kept;
      else delete next[laneKey];
      return { committedCards: next };
    }),
}));
