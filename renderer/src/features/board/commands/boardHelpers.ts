import { CommandError } from '#renderer/commands/commandError';
import type { TxWriter } from '#renderer/commands/diff';
import type { ParleyDb } from '#renderer/db/database';
import { laneCardsQuery } from '#renderer/db/queries';
import { spreadOrders } from '#shared/board/ordering';
import type { CardGroup, GroupId } from '#shared/board/types';
import type { PropositionId } from '#shared/domain/ids';
import type { LaneId } from '#shared/domain/lanes';
import type { Card } from '#shared/domain/types';

// The shared guards, re-exported so board commands keep one import.
export { requireCard, requireSession, touchSession as touch } from '#renderer/commands/rowGuards';

export async function requireGroup(db: ParleyDb, id: GroupId): Promise<CardGroup> {
  const group = await db.groups.get(id);
  if (!group) throw new CommandError('not-found', 'That group has been removed.');
  return group;
}

/** One lane of one proposition in board order. */
export function laneCards(
  db: ParleyDb,
  propositionId: PropositionId,
  lane: LaneId,
): Promise<Card[]> {
  return laneCardsQuery(db, propositionId, lane).toArray();
}

/** Cards to write into a lane: `moving`, placed before `others[nextIndex]` (or at the end), with `patch` applied. */
export interface Placement {
  lane: LaneId;
  others: readonly Card[];
  moving: readonly Card[];
  nextIndex: number;
  patch: (card: Card) => Partial<Card>;
  at: number;
}

/**
 * Writes `moving` into `lane` in the given order, just before `next` (or at the end), with the
 * patch applied. Only the moved rows are written unless the fractional gap is exhausted, in
 * which case the whole lane is renumbered once (rare: after ~40 inserts into one gap).
 */
export async function placeCards(w: TxWriter, placement: Placement): Promise<Card[]> {
  const { lane, others, moving, nextIndex, patch, at } = placement;
  const orders = spreadOrders(
    others[nextIndex - 1]?.order,
    others[nextIndex]?.order,
    moving.length,
  );
  if (orders === null) return renumber(w, placement);
  const written: Card[] = [];
  for (let i = 0; i < moving.length; i++) {
    const card = moving[i]!;
    const row: Card = { ...card, ...patch(card), lane, order: orders[i]!, updatedAt: at };
    await w.put('cards', row.id, row);
    written.push(row);
  }
  return written;
}

async function renumber(
  w: TxWriter,
  { lane, others, moving, nextIndex, patch, at }: Placement,
): Promise<Card[]> {
  const movingIds = new Set(moving.map((c) => c.id));
  const sequence = [...others.slice(0, nextIndex), ...moving, ...others.slice(nextIndex)];
  const written: Card[] = [];
  for (let i = 0; i < sequence.length; i++) {
    const card = sequence[i]!;
    const isMoving = movingIds.has(card.id);
    if (!isMoving && card.order === i + 1) continue;
    const row: Card = isMoving
      ? { ...card, ...patch(card), lane, order: i + 1, updatedAt: at }
      : { ...card, order: i + 1 };
    await w.put('cards', row.id, row);
    if (isMoving) written.push(row);
  }
  return written;
}

/** A group none of whose cards are left in it is removed with the change that emptied it. */
export async function dropEmptyGroups(
  db: ParleyDb,
  w: TxWriter,
  groupIds: Iterable<string | null | undefined>,
): Promise<void> {
  for (const id of new Set(groupIds)) {
    if (!id) continue;
    const group = await db.groups.get(id as GroupId);
    if (!group) continue;
    const cards = await laneCards(db, group.propositionId, group.lane);
    if (!cards.some((c) => c.groupId === id)) await w.delete('groups', id);
  }
}
