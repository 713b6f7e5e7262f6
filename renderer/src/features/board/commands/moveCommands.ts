import { defineCommand } from '#renderer/commands/command';
import { CommandError } from '#renderer/commands/commandError';
import { sortedByVotes } from '#shared/board/filter';
import type { GroupId } from '#shared/board/types';
import type { CardId, SessionId } from '#shared/domain/ids';
import { LANES, type LaneId } from '#shared/domain/lanes';
import type { Card } from '#shared/domain/types';

import {
  dropEmptyGroups,
  laneCards,
  placeCards,
  requireCard,
  requireSession,
  touch,
} from './boardHelpers';

export interface MoveCardInput {
  cardId: CardId;
  lane: LaneId;
  /** The card it lands in front of, or null for the end of the lane. */
  beforeCardId: CardId | null;
  /** Alternatively, the card it lands just after (a drop on the lower half of a card). */
  afterCardId?: CardId;
  /**
   * The group it lands in. Undefined lets the position decide: between two cards of one group
   * it joins that group, anywhere else it stands on its own.
   */
  groupId?: GroupId | null;
}

/** Moves a card within or between lanes. One row is written (the lane is renumbered only when a gap runs out). */
export const moveCard = defineCommand<MoveCardInput, Card>({
  name: 'card.move',
  label: 'Move card',
  tables: ['cards', 'groups'],
  undoable: true,
  async run(input, w, { db, now }) {
    const card = await requireCard(db, input.cardId);
    if (input.beforeCardId === card.id || input.afterCardId === card.id) return card;
    const others = (await laneCards(db, card.propositionId, input.lane)).filter(
      (c) => c.id !== card.id,
    );
    const index = input.afterCardId
      ? others.findIndex((c) => c.id === input.afterCardId) + 1 || -1
      : input.beforeCardId === null
        ? others.length
        : others.findIndex((c) => c.id === input.beforeCardId);
    if (index < 0)
      throw new CommandError('not-found', 'The card it was dropped next to has been deleted.');
    const prev = others[index - 1];
    const next = others[index];
    let groupId: string | null =
      input.groupId === undefined
        ? prev?.groupId && prev.groupId === next?.groupId
          ? prev.groupId
          : null
        : input.groupId;
    if (groupId) {
      const group = await db.groups.get(groupId as GroupId);
      // A group lives in one lane; a stale id from a drag that raced a move is ignored, not obeyed.
      if (!group || group.lane !== input.lane || group.propositionId !== card.propositionId)
        groupId = null;
    }
    const unchanged =
      card.lane === input.lane &&
      (card.groupId ?? null) === groupId &&
      prev?.order !== undefined &&
      next?.order !== undefined &&
      card.order > prev.order &&
      card.order < next.order;
    if (unchanged) return card;
    const at = now();
    const [moved] = await placeCards(w, {
      lane: input.lane,
      others,
      moving: [card],
      nextIndex: index,
      patch: () => ({ groupId }),
      at,
    });
    await dropEmptyGroups(db, w, [card.groupId]);
    await touch(db, card.sessionId, at);
    return moved!;
  },
});

/** Reorders a lane by votes, most first (ties keep their order). One undo step restores the old order. */
export const sortLaneByVotes = defineCommand<{ sessionId: SessionId; lane: LaneId }, number>({
  name: 'lane.sortByVotes',
  label: 'Sort lane by votes',
  tables: ['cards'],
  undoable: true,
  async run({ sessionId, lane }, w, { db, now }) {
    if (!LANES[lane]) throw new CommandError('invalid', 'There is no such lane.');
    const session = await requireSession(db, sessionId);
    const cards = await laneCards(db, session.activePropositionId, lane);
    const sorted = sortedByVotes(cards);
    let changed = 0;
    for (let i = 0; i < sorted.length; i++) {
      const card = sorted[i]!;
      if (card.order === i + 1) continue;
      await w.put('cards', card.id, { ...card, order: i + 1 });
      changed++;
    }
    if (changed > 0) await touch(db, sessionId, now());
    return changed;
  },
});
