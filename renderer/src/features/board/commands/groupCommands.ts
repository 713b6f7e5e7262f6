import { defineCommand } from '#renderer/commands/command';
import { CommandError } from '#renderer/commands/commandError';
import { GROUP_NAME_LIMIT, type CardGroup, type GroupId } from '#shared/board/types';
import { newId, type CardId } from '#shared/domain/ids';
import { checkText } from '#shared/domain/text';
import type { Card } from '#shared/domain/types';

import {
  dropEmptyGroups,
  laneCards,
  placeCards,
  requireCard,
  requireGroup,
  touch,
} from './boardHelpers';

function validName(raw: string): string {
  const check = checkText(raw, GROUP_NAME_LIMIT, 'group name');
  if (!check.ok)
    throw new CommandError(
      'invalid',
      check.reason === 'empty' ? 'Give the group a name.' : check.message,
    );
  return check.text;
}

export interface GroupCardsInput {
  /** The card the others were dropped on (or the first selected): the group forms in its lane. */
  targetCardId: CardId;
  cardIds: readonly CardId[];
  name?: string;
}

/**
 * Clusters cards under a name. If the target is already in a group the others join it;
 * otherwise a new group is made. The others move to the target's lane, right after the group.
 */
export const groupCards = defineCommand<GroupCardsInput, CardGroup>({
  name: 'group.create',
  label: 'Group cards',
  tables: ['cards', 'groups'],
  undoable: true,
  async run(input, w, { db, now }) {
    const target = await requireCard(db, input.targetCardId);
    const ids = [...new Set(input.cardIds)].filter((id) => id !== target.id);
    if (ids.length === 0) throw new CommandError('invalid', 'Choose at least two cards to group.');
    const moving: Card[] = [];
    for (const id of ids) {
      const card = await requireCard(db, id);
      if (card.propositionId !== target.propositionId)
        throw new CommandError('invalid', 'Cards of different propositions cannot be grouped.');
      moving.push(card);
    }
    const at = now();
    let group = target.groupId ? await db.groups.get(target.groupId as GroupId) : undefined;
    if (!group) {
      group = {
        id: newId<GroupId>(),
        sessionId: target.sessionId,
        propositionId: target.propositionId,
        lane: target.lane,
        name: input.name === undefined ? 'New group' : validName(input.name),
        collapsed: false,
        createdAt: at,
      };
      await w.put('groups', group.id, group);
      await w.put('cards', target.id, { ...target, groupId: group.id, updatedAt: at });
    }
    const movingIds = new Set(ids as readonly string[]);
    const others = (await laneCards(db, target.propositionId, target.lane)).filter(
      (c) => !movingIds.has(c.id),
    );
    const lastMember = others.findLastIndex((c) => c.groupId === group.id);
    const groupId = group.id;
    await placeCards(w, {
      lane: target.lane,
      others,
      moving,
      nextIndex: lastMember + 1,
      patch: () => ({ groupId }),
      at,
    });
    await dropEmptyGroups(
      db,
      w,
      moving.map((c) => c.groupId).filter((g) => g !== groupId),
    );
    await touch(db, target.sessionId, at);
    return group;
  },
});

export const renameGroup = defineCommand<{ groupId: GroupId; name: string }, CardGroup>({
  name: 'group.rename',
  label: 'Rename group',
  tables: ['groups'],
  undoable: true,
  async run(input, w, { db, now }) {
    const group = await requireGroup(db, input.groupId);
    const name = validName(input.name);
    if (name === group.name) return group;
    const next = { ...group, name };
    await w.put('groups', group.id, next);
    await touch(db, group.sessionId, now());
    return next;
  },
});

/**
 * Collapsing is a way of looking, not a change to the group's content, so it does not enter
 * the undo history: Ctrl+Z after a collapse should undo the last real edit. It is stored (not
 * kept in memory) so the projected board collapses too.
 */
export const setGroupCollapsed = defineCommand<{ groupId: GroupId; collapsed: boolean }, CardGroup>(
  {
    name: 'group.collapse',
    label: 'Collapse group',
    tables: ['groups'],
    undoable: false,
    async run(input, w, { db }) {
      const group = await requireGroup(db, input.groupId);
      const next = { ...group, collapsed: input.collapsed };
      await w.put('groups', group.id, next);
      return next;
    },
  },
);

/** Dissolves a group: its cards stay where they are, on their own. */
export const ungroupCards = defineCommand<{ groupId: GroupId }, number>({
  name: 'group.ungroup',
  label: 'Ungroup',
  tables: ['cards', 'groups'],
  undoable: true,
  async run({ groupId }, w, { db, now }) {
    const group = await requireGroup(db, groupId);
    const at = now();
    const members = (await laneCards(db, group.propositionId, group.lane)).filter(
      (c) => c.groupId === groupId,
    );
    for (const card of members)
      await w.put('cards', card.id, { ...card, groupId: null, updatedAt: at });
    await w.delete('groups', groupId);
    await touch(db, group.sessionId, at);
    return members.length;
  },
});
