import type { Card } from '../domain/types';
import type { CardGroup, GroupId } from './types';

/** What a lane list draws, one row each: a group header or a card (possibly inside a group). */
export type LaneRow =
  | {
      type: 'group';
      key: string;
      group: CardGroup;
      size: number;
      votes: number;
      firstCardId: Card['id'];
    }
  | { type: 'card'; key: string; card: Card; groupId: GroupId | null };

/**
 * Flattens a lane's cards (in board order) into rows. A group is drawn where its first card
 * is, with all its cards after its header, so grouping never needs a second ordering. A
 * collapsed group shows only its header. Cards whose group row is missing show ungrouped.
 */
export function buildLaneRows(
  cards: readonly Card[],
  groups: ReadonlyMap<string, CardGroup>,
): LaneRow[] {
  const members = new Map<string, Card[]>();
  for (const card of cards) {
    if (card.groupId && groups.has(card.groupId)) {
      const list = members.get(card.groupId);
      if (list) list.push(card);
      else members.set(card.groupId, [card]);
    }
  }
  const rows: LaneRow[] = [];
  const drawn = new Set<string>();
  for (const card of cards) {
    const group = card.groupId ? groups.get(card.groupId) : undefined;
    if (!group) {
      rows.push({ type: 'card', key: card.id, card, groupId: null });
      continue;
    }
    if (drawn.has(group.id)) continue;
    drawn.add(group.id);
    const list = members.get(group.id) ?? [];
    rows.push({
      type: 'group',
      key: `g:${group.id}`,
      group,
      size: list.length,
      votes: list.reduce((n, c) => n + (c.votes ?? 0), 0),
      firstCardId: card.id,
    });
    if (!group.collapsed)
      for (const member of list)
        rows.push({ type: 'card', key: member.id, card: member, groupId: group.id });
  }
  return rows;
}
