import type { Card, CardKind } from '../domain/types';
import type { Participant } from './types';

export interface CardFilter {
  text: string;
  kind: CardKind | 'any';
  /** A party name, or 'any'. */
  party: string;
  /** Only cards with at least this many votes (0 = all). */
  minVotes: number;
}

export const NO_FILTER: CardFilter = { text: '', kind: 'any', party: 'any', minVotes: 0 };

export function isFiltering(f: CardFilter): boolean {
  return f.text.trim() !== '' || f.kind !== 'any' || f.party !== 'any' || f.minVotes > 0;
}

/**
 * Builds a predicate once per filter change (not per card): the lowered needle and the set of
 * participants in the chosen party are computed up front, so filtering 10,000 cards is a tight loop.
 */
export function cardMatcher(
  f: CardFilter,
  participants: readonly Participant[],
): (card: Card) => boolean {
  if (!isFiltering(f)) return () => true;
  const needle = f.text.trim().toLocaleLowerCase();
  const inParty =
    f.party === 'any'
      ? null
      : new Set(participants.filter((p) => p.party === f.party).map((p) => p.id as string));
  return (card) =>
    (needle === '' || card.text.toLocaleLowerCase().includes(needle)) &&
    (f.kind === 'any' || card.kind === f.kind) &&
    (inParty === null || (card.participantId != null && inParty.has(card.participantId))) &&
    (card.votes ?? 0) >= f.minVotes;
}

/** Lane order sorted by votes, most first; ties keep their board order (a stable sort). */
export function sortedByVotes<T extends Pick<Card, 'votes' | 'order'>>(cards: readonly T[]): T[] {
  return [...cards].sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0) || a.order - b.order);
}
