import { defineCommand } from '#renderer/commands/command';
import { CommandError } from '#renderer/commands/commandError';
import type { CardId } from '#shared/domain/ids';
import type { LaneId } from '#shared/domain/lanes';

import { deleteBoardCard } from './cardDetailCommands';
import { moveCard } from './moveCommands';

// Actions on the selected cards: each is ONE command, so it runs in one transaction (a crash or
// a refused write leaves every card as it was) and is one undo step. Each card goes through the
// single-card command's own rules, inside that transaction.

function distinct(cardIds: readonly CardId[]): CardId[] {
  const ids = [...new Set(cardIds)];
  if (ids.length === 0) throw new CommandError('invalid', 'Select some cards first.');
  return ids;
}

export const deleteSelectedCards = defineCommand<{ cardIds: readonly CardId[] }, number>({
  name: 'selection.delete',
  label: 'Delete selected cards',
  tables: deleteBoardCard.tables,
  undoable: true,
  async run({ cardIds }, w, ctx) {
    const ids = distinct(cardIds);
    for (const cardId of ids) await deleteBoardCard.run({ cardId }, w, ctx);
    return ids.length;
  },
});

/** Moves the selected cards, in the order given, to the end of a lane (out of any group). */
export const moveSelectedCards = defineCommand<
  { cardIds: readonly CardId[]; lane: LaneId },
  number
>({
  name: 'selection.move',
  label: 'Move selected cards',
  tables: moveCard.tables,
  undoable: true,
  async run({ cardIds, lane }, w, ctx) {
    const ids = distinct(cardIds);
    for (const cardId of ids)
      await moveCard.run({ cardId, lane, beforeCardId: null, groupId: null }, w, ctx);
    return ids.length;
  },
});
